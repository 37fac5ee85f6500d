import { expect } from '@jest/globals';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, selectors, type Browser, type Locator, type Page } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer, type ServerOptions } from '@certflow/composition';
import { loadConfig } from '@certflow/config';
import { testLogger } from '@certflow/testing';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Debian's Chromium, installed by deploy/local/chromium.sh when missing (as root, like the other
 * local services); Playwright drives it through executablePath and never downloads a browser.
 */
export function chromiumPath(): string {
  const result = spawnSync('bash', [join(root, 'deploy', 'local', 'chromium.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const path = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !existsSync(path)) {
    throw new Error('Chromium is missing and could not be installed: run `sudo bash deploy/local/chromium.sh` (apt-get install chromium)');
  }
  return path;
}

function newest(folder: string): number {
  return Math.max(
    ...readdirSync(folder, { withFileTypes: true }).map((entry) =>
      entry.isDirectory() ? newest(join(folder, entry.name)) : statSync(join(folder, entry.name)).mtimeMs,
    ),
  );
}

/**
 * The console as `npm run build` leaves it in dist/console. CI builds it in `npm ci` (prepare);
 * a run after editing the console's sources builds it again, so a browser test never drives a
 * stale build.
 */
export function ensureConsoleBuilt(): void {
  const index = join(root, 'dist', 'console', 'index.html');
  const sources = join(root, 'apps', 'console');
  if (existsSync(index) && statSync(index).mtimeMs >= newest(sources)) return;
  const result = spawnSync('npm', ['run', 'console:build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run console:build failed (see above)');
}

/** WCAG 2.1 A and AA, as axe-core tags them: no violation on the page (or the part of it named). */
export async function expectAccessible(page: Page, include?: string): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  expect(violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }))).toEqual([]);
}

/** Keyboard only: Tab until the control is focused (WCAG 2.1.1), failing when it is never reached. */
export async function tabTo(page: Page, testId: string, most = 60): Promise<void> {
  for (let presses = 0; presses < most; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((id) => (globalThis as unknown as { document: { activeElement: { getAttribute(name: string): string | null } | null } }).document.activeElement?.getAttribute('data-test') === id, testId)) return;
  }
  throw new Error(`${testId} is not reachable with the Tab key`);
}

/**
 * A fresh browser context (its own sessionStorage: one person) with short waits, whose script
 * errors and console errors are collected in `errors`. Chromium logs every 4xx answer as an
 * error ("Failed to load resource"); the console expects some (a refusal it shows), so those are left out.
 */
export async function newPage(browser: Browser, errors: string[], timeoutMs = 10_000): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  context.setDefaultTimeout(timeoutMs);
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  return page;
}

/** Numbered full-page screenshots of a suite's steps, kept as CI artifacts under test-results/console/. */
export function screenshots(prefix = ''): (page: Page, name: string) => Promise<void> {
  const folder = join(process.cwd(), 'test-results', 'console');
  mkdirSync(folder, { recursive: true });
  let step = 0;
  return async (page, name) => {
    step += 1;
    await page.screenshot({ path: join(folder, `${prefix}${String(step).padStart(2, '0')}-${name}.png`), fullPage: true });
  };
}

/**
 * Clicks a document link of the console: the console fetches the file with the person's token and
 * opens it in a new tab as an object URL. Answers the bytes the server sent, as text, read on
 * their way through (the tab's blob: URL is out of the test's reach: the CSP's connect-src is 'self').
 */
export async function openedDocument(page: Page, link: Locator): Promise<string> {
  const pattern = '**/api/v1/documents/*';
  let sent: { status: number; body: Buffer } | undefined;
  await page.route(pattern, async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    sent = { status: response.status(), body };
    await route.fulfill({ response, body });
  });
  try {
    const [tab] = await Promise.all([page.waitForEvent('popup'), link.click()]);
    expect(tab.url()).toMatch(/^blob:/);
    await tab.close();
  } finally {
    await page.unroute(pattern);
  }
  expect(sent?.status).toBe(200);
  return sent!.body.toString('utf8');
}

export interface ConsoleUnderTest {
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly base: string;
  close(): Promise<void>;
}

/**
 * `certflow serve` on a fresh data folder with the simulated clock and no rate limits (a suite
 * plays several people from one address), beside Debian's Chromium. The `data-test` attribute
 * names what the suites click.
 */
export async function startConsole(folderPrefix: string, environment: Record<string, string> = {}, options?: ServerOptions): Promise<ConsoleUnderTest> {
  selectors.setTestIdAttribute('data-test');
  ensureConsoleBuilt();
  const executablePath = chromiumPath();
  const dataDir = mkdtempSync(join(tmpdir(), folderPrefix));
  const config = loadConfig({
    CERTFLOW_DATA_DIR: dataDir,
    PORT: '0',
    CERTFLOW_SIMULATED_CLOCK: '1',
    CERTFLOW_RATE_LIMIT_ANONYMOUS: '0',
    CERTFLOW_RATE_LIMIT_AUTHENTICATED: '0',
    ...environment,
  });
  const [server, browser] = await Promise.all([startServer(config, 'all', testLogger(), options), chromium.launch({ executablePath, args: ['--no-sandbox'] })]);
  await server.app.listen(0, '127.0.0.1');
  return {
    server,
    browser,
    base: `http://127.0.0.1:${(server.app.getHttpServer().address() as { port: number }).port}`,
    async close() {
      await browser.close();
      await server.stopBackground();
      await server.app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
