import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Actor } from '@certflow/domain';
import { loadOrCreateSigningKey, mintToken } from '@certflow/composition';
import { benchDocuments, lifeOf, OPEN_2027 } from './commands.js';
import { benchSetting } from './settings.js';

/**
 * The whole yearly cycle over HTTP against `certflow serve` in a child process (what `npm start`
 * runs: memory read models rebuilt from the log): every platform submits, is recommended and
 * certified, the city closes the review and publishes; then the server is stopped and started
 * again on the same log. Peak RSS is the child's high-water mark (VmHWM) over the whole run.
 */
export interface CycleBenchOptions {
  readonly json: boolean;
  readonly log: (line: string) => void;
  readonly platforms: number;
}

const CONCURRENCY = 16;
const COUNTY = '360702';
const MAIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'apps', 'cli', 'src', 'main.js');

export async function cycleBench(options: CycleBenchOptions): Promise<void> {
  const stores = (process.env.BENCH_STORES ?? 'sqlite,postgres').split(',') as ('sqlite' | 'postgres')[];
  for (const store of stores) await measure(store, options);
}

async function measure(kind: 'sqlite' | 'postgres', options: CycleBenchOptions): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'certflow-bench-cycle-'));
  const database = kind === 'postgres' ? await createDatabase() : undefined;
  let server: Server | undefined;
  try {
    await benchDocuments(folder);
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      CERTFLOW_DATA_DIR: folder,
      CERTFLOW_EVENT_STORE: kind,
      CERTFLOW_READ_MODELS: 'memory',
      PORT: String(port),
      HOST: '127.0.0.1',
      CERTFLOW_RATE_LIMIT_ANONYMOUS: '0',
      CERTFLOW_RATE_LIMIT_AUTHENTICATED: '0',
      LOG_LEVEL: 'warn',
      LOG_PRETTY: '0',
      ...(database ? { DATABASE_URL: database.url } : {}),
    };
    delete env.KAFKA_BROKERS;
    const url = `http://127.0.0.1:${port}`;
    server = await startServer(env, url);
    const key = loadOrCreateSigningKey(folder);
    const city = await mintToken(key, { role: 'city' });
    const county = await mintToken(key, { role: 'county', county: COUNTY });
    // Each command carries an Idempotency-Key, so that one whose connection the server closed
    // under load (a keep-alive socket it timed out) is sent again safely.
    const post = async (path: string, token: string, body: unknown) => {
      const key = crypto.randomUUID();
      for (let attempt = 1; ; attempt += 1) {
        try {
          const response = await fetch(`${url}${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': key },
            body: JSON.stringify(body),
          });
          const text = await response.text();
          if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${text.slice(0, 500)}`);
          return text;
        } catch (error) {
          if (!(error instanceof TypeError) || attempt >= 5) throw error;
        }
      }
    };
    await post('/api/v1/cycles/2027/open-cycle', city, { ...OPEN_2027.data, year: undefined });
    const ids = Array.from({ length: options.platforms }, (_, i) => `cyc-${i}`);
    const applicants = new Map<string, string>();
    for (const id of ids) applicants.set(id, await mintToken(key, { role: 'applicant', platformId: id }));
    const tokenOf = (actor: Actor, id: string) => (actor.role === 'applicant' ? applicants.get(id)! : actor.role === 'county' ? county : city);
    const phase = async (step: 0 | 1 | 2) => {
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let i = next++; i < ids.length; i = next++) {
            const id = ids[i]!;
            const { actor, command } = lifeOf(id, i)[step]!;
            const route = command.type.replace(/[A-Z]/g, (c, at: number) => `${at ? '-' : ''}${c.toLowerCase()}`);
            await post(`/api/v1/platforms/${id}/${route}`, tokenOf(actor, id), command.data);
          }
        }),
      );
      return Math.round(ids.length / ((performance.now() - started) / 1000));
    };
    const submit = await phase(0);
    const recommend = await phase(1);
    const certify = await phase(2);
    await post('/api/v1/cycles/2027/close-review', city, {});
    const publishStarted = performance.now();
    await post('/api/v1/cycles/2027/publish-results', city, {});
    const publishMs = Math.round(performance.now() - publishStarted);
    // The registry is read once so that its sorted list is part of the peak.
    const registry = await fetch(`${url}/api/v1/registry?year=2027&pageSize=20`);
    if (!registry.ok) throw new Error(`registry: ${registry.status}`);
    const peakBefore = server.peakRssMb();
    await server.stop();
    const restartStarted = performance.now();
    server = await startServer(env, url);
    const restartMs = Math.round(performance.now() - restartStarted);
    const peakRestart = server.peakRssMb();
    // Beside the line (stderr): which of the two runs set the peak.
    process.stderr.write(`cycle ${kind}: peak RSS ${peakBefore} MB over the cycle, ${peakRestart} MB over the restart\n`);
    const peak = Math.max(peakBefore, peakRestart);
    await server.stop();
    server = undefined;
    options.log(
      line(
        { bench: 'cycle', store: kind, platforms: options.platforms, submit_cps: submit, recommend_cps: recommend, certify_cps: certify, publish_ms: publishMs, peak_rss_mb: peak, restart_ms: restartMs },
        options.json,
      ),
    );
  } finally {
    await server?.stop();
    // BENCH_KEEP=1 leaves the data folder (its log, keys and documents) and the PostgreSQL
    // database, so that a restart can be profiled afterwards on the same history.
    if (process.env.BENCH_KEEP === '1') {
      const kept = database ? new URL(database.url) : undefined;
      if (kept) kept.password = kept.password ? '***' : '';
      options.log(`kept ${folder}${kept ? ` and ${kept.toString()}` : ''}`);
    } else {
      await database?.drop();
      rmSync(folder, { recursive: true, force: true });
    }
  }
}

interface Server {
  peakRssMb(): number;
  stop(): Promise<void>;
}

/** Starts `certflow serve` and resolves once it answers /health (the read models are rebuilt before it listens). */
async function startServer(env: NodeJS.ProcessEnv, url: string): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, [MAIN, 'serve'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`certflow serve exited with ${child.exitCode}: ${stderr}`);
    const ok = await fetch(`${url}/health`).then((response) => response.status < 500, () => false);
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    peakRssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024);
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      // A server that has not shut down within 20 s is killed: the bench never leaves one behind.
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function createDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = benchSetting('DATABASE_URL');
  const name = `certflow_bench_cycle_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: server });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

function line(record: Record<string, unknown>, json: boolean): string {
  if (json) return JSON.stringify(record);
  return Object.entries(record)
    .map(([key, value]) => `${key}=${value}`)
    .join('  ');
}
