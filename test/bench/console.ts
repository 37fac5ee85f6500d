import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer, { type Page } from 'puppeteer-core';
import { startServer } from '@certflow/composition';
import { loadConfig } from '@certflow/config';
import { SqliteEventStore, sqliteFile } from '@certflow/event-store';
import { writeCertificationLog } from './rebuild-log.js';
import { benchLogger } from './settings.js';

/**
 * Lighthouse (the npm package, on Debian's Chromium through chrome-launcher) on the public
 * registry page, a platform's public page and on the city's review queue, over a server holding 500 platforms' histories;
 * plus the JavaScript a first load of each page fetches, gzipped. Lighthouse's default: a mobile
 * device on a simulated slow 4G network.
 */
interface ResultLine {
  readonly bench: 'console';
  readonly page: 'registry' | 'platform-page' | 'review-queue';
  readonly performance: number;
  readonly accessibility: number;
  readonly best_practices: number;
  readonly js_kb_gzip: number;
  readonly platforms: number;
}

const PLATFORMS = 500;

export async function consoleBench(options: { json: boolean; log: (line: string) => void }): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'certflow-bench-console-'));
  const chromePath = spawnSync('bash', ['deploy/local/chromium.sh'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).stdout.trim();
  const writer = new SqliteEventStore({ filename: sqliteFile(folder) });
  const history = await writeCertificationLog(writer, { events: PLATFORMS * 25, platforms: PLATFORMS });
  await writer.close();
  const config = loadConfig({ CERTFLOW_DATA_DIR: folder, PORT: '0', CERTFLOW_RATE_LIMIT_ANONYMOUS: '0', CERTFLOW_RATE_LIMIT_AUTHENTICATED: '0' });
  const server = await startServer(config, 'all', benchLogger(folder));
  await server.app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(server.app.getHttpServer().address() as { port: number }).port}`;
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox'] });
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  try {
    const results: ResultLine[] = [];
    const audit = async (name: ResultLine['page'], url: string, page: Page) => {
      // The console keeps its sign-in in sessionStorage: Lighthouse must not wipe it.
      const flags = { port: chrome.port, output: 'json' as const, logLevel: 'error' as const, onlyCategories: ['performance', 'accessibility', 'best-practices'], disableStorageReset: true };
      // A trace Lighthouse could not record (NO_NAVSTART, NO_FCP on a machine too loaded to paint in
      // its window) scores 0; Lighthouse's own advice is to run again, as this does, twice at most.
      let run = await lighthouse(url, flags, undefined, page);
      for (let attempt = 1; attempt < 3 && run?.lhr.runtimeError; attempt++) {
        process.stderr.write(`${name}: Lighthouse runtime error ${run.lhr.runtimeError.code}, running again\n`);
        run = await lighthouse(url, flags, undefined, page);
      }
      if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits } = run.lhr;
      const requests = ((audits['network-requests']?.details as { items?: { url: string; resourceType?: string }[] } | undefined)?.items ?? []).filter(
        (item) => item.resourceType === 'Script',
      );
      let gzipped = 0;
      for (const request of requests) gzipped += gzipSync(Buffer.from(await (await fetch(request.url)).arrayBuffer())).length;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      // What the performance score is made of, on stderr: the line on stdout keeps its shape.
      const metric = (id: string) => audits[id]?.displayValue ?? '?';
      if (run.lhr.runtimeError) process.stderr.write(`${name}: Lighthouse runtime error ${run.lhr.runtimeError.code}: ${run.lhr.runtimeError.message}\n`);
      process.stderr.write(
        `${name}: FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, ` +
          `CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}\n`,
      );
      results.push({
        bench: 'console',
        page: name,
        performance: score('performance'),
        accessibility: score('accessibility'),
        best_practices: score('best-practices'),
        js_kb_gzip: Math.round(gzipped / 102.4) / 10,
        platforms: history.platforms,
      });
    };
    const page = await browser.newPage();
    await audit('registry', `${base}/`, page);
    // A platform's public page (/p/{id}): the one listed last, so the page reads every registry page to find it.
    const listed = (page: number) => fetch(`${base}/api/v1/registry?pageSize=200&page=${page}`).then((answer) => answer.json() as Promise<{ items: { platformId: string }[]; total: number }>);
    const last = (await listed(Math.max(1, Math.ceil((await listed(1)).total / 200)))).items.at(-1)?.platformId;
    if (last) await audit('platform-page', `${base}/p/${last}`, page);
    // Signed in as the city through the console's development sign-in, then the queue of 2027.
    await page.goto(`${base}/console/sign-in`);
    // The form shows once the server said it offers the development sign-in.
    await page.waitForSelector('[data-test=role]');
    await page.select('[data-test=role]', 'city');
    await Promise.all([page.waitForNavigation().catch(() => undefined), page.click('[data-test=sign-in]')]);
    await page.waitForFunction(() => !(globalThis as unknown as { location: { pathname: string } }).location.pathname.endsWith('/sign-in'));
    await audit('review-queue', `${base}/console/review`, page);
    for (const line of results) {
      options.log(
        options.json
          ? JSON.stringify(line)
          : `${line.page}: performance ${line.performance}, accessibility ${line.accessibility}, best practices ${line.best_practices}, JavaScript ${line.js_kb_gzip} KB gzip (${line.platforms} platforms)`,
      );
    }
  } finally {
    await browser.disconnect();
    chrome.kill();
    await server.stopBackground();
    await server.app.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
