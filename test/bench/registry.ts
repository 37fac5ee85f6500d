import { Controller, Get, type INestApplication } from '@nestjs/common';
import type autocannon from 'autocannon';
import { getRound } from './http-round.js';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '@certflow/application';
import { GANZHOU_COUNTIES, SERVICE_CATEGORIES } from '@certflow/domain';
import { SqliteEventStore, sqliteFile } from '@certflow/event-store';
import { ALL_PROJECTIONS, MemoryReadModelStore, MongoReadModelStore, rebuild, type ReadModelStore } from '@certflow/read-models';
import { createApp, loadOrCreateSigningKey, Public, startWorker } from '@certflow/composition';
import { instantOf } from '../../apps/cli/src/demo/scenario.js';
import { writeCertificationLog, type CertificationLog } from './rebuild-log.js';
import { benchLogger, benchSetting, type BenchSetting } from './settings.js';

/**
 * Public registry reads per second over HTTP (autocannon), against a no-op GET of the same app
 * that is public too, so both pass the same guard and filter: the ratio isolates what a registry
 * read costs. The read models are rebuilt from a certification history written through the real
 * deciders, then followed by the projector as `certflow serve` does. The route keeps the pages
 * it answered until the projector moves on, so the timed run measures that steady state; the
 * first answer to each query, timed one at a time beforehand, shows what a store query costs.
 */
export interface RegistryBenchOptions {
  readonly json: boolean;
  readonly log: (line: string) => void;
}

type StoreKind = 'memory' | 'mongodb';

const CONNECTIONS = 16;
const HTTP_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const EVENTS = Number((process.env.BENCH_REGISTRY_EVENTS ?? '100000').replace(/_/g, ''));
/** Name fragments a visitor types: industries and county names the platform names are made of. */
const TEXT_FRAGMENTS = ['稀土', '脐橙', '家具', '电子信息', '章贡', '瑞金', '物流', '服务平台', '新能源', '钨业'];

@Public()
@Controller('api/v1/bench')
class NoopController {
  @Get('noop')
  noop() {
    return { ok: true };
  }
}

interface ResultLine {
  readonly bench: 'registry';
  readonly store: StoreKind;
  readonly rps: number;
  readonly p99_ms: number;
  readonly noop_rps: number;
  readonly noop_p99_ms: number;
  readonly vs_noop: number;
  readonly platforms: number;
  readonly events: number;
  readonly queries: number;
  readonly avg_response_kb: number;
  /** Each query's first answer, one at a time: the store queried, nothing kept yet. */
  readonly miss_p50_ms: number;
  readonly miss_max_ms: number;
  readonly server?: string;
}

export async function registryBench(options: RegistryBenchOptions): Promise<void> {
  const stores = (process.env.BENCH_REGISTRY_STORES ?? 'memory,mongodb').split(',').map((s) => s.trim());
  const unknown = stores.filter((store) => store !== 'memory' && store !== 'mongodb');
  if (unknown.length > 0) throw new Error(`BENCH_REGISTRY_STORES names unknown stores: ${unknown.join(', ')}; known: memory, mongodb`);
  const folder = mkdtempSync(join(tmpdir(), 'certflow-bench-registry-'));
  try {
    const filename = sqliteFile(folder);
    const writer = new SqliteEventStore({ filename });
    const started = performance.now();
    const log = await writeCertificationLog(writer, { events: EVENTS });
    await writer.close();
    if (!options.json) {
      options.log(
        `log: ${log.events.toLocaleString('en-US')} events, ${log.platforms.toLocaleString('en-US')} platforms, ${log.years} years, written in ${Math.round(performance.now() - started) / 1000} s`,
      );
    }
    for (const kind of stores as StoreKind[]) {
      const line = await measure(kind, filename, log, folder);
      options.log(options.json ? JSON.stringify(line) : human(line));
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function measure(kind: StoreKind, filename: string, log: CertificationLog, folder: string): Promise<ResultLine> {
  const opened = await openStore(kind);
  const readModels = opened.store;
  // The app closes the event store it was given when it shuts down.
  const eventStore = new SqliteEventStore({ filename });
  let app: INestApplication | undefined;
  try {
    await rebuild(eventStore, readModels, ALL_PROJECTIONS);
    const worker = startWorker({ eventStore, readModels, log: (line) => console.error(line) });
    await worker.ready;
    try {
      app = await createApp(
        {
          store: eventStore,
          signingKey: loadOrCreateSigningKey(folder),
          clock: new ManualClock(instantOf('2037-09-01')),
          readModels: worker.projector,
          // Measured is the read path, not the rate limiter's refusals.
          rateLimits: { anonymousPerMinute: 0, authenticatedPerMinute: 0 },
          logger: benchLogger(folder),
        },
        [NoopController],
      );
      await app.listen(0, '127.0.0.1');
      const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
      const { paths, platforms, averageBytes, missMs } = await registryPaths(url);
      const noop = await run(url, ['/api/v1/bench/noop']);
      if (process.env.BENCH_MARK) console.error(`MARK start ${process.hrtime.bigint() / 1000n}`);
      const registry = await run(url, paths);
      if (process.env.BENCH_MARK) console.error(`MARK end ${process.hrtime.bigint() / 1000n}`);
      return {
        bench: 'registry',
        store: kind,
        rps: Math.round(registry.requests.average),
        p99_ms: registry.latency.p99,
        noop_rps: Math.round(noop.requests.average),
        noop_p99_ms: noop.latency.p99,
        vs_noop: Math.round((registry.requests.average / noop.requests.average) * 100) / 100,
        platforms,
        events: log.events,
        queries: paths.length,
        avg_response_kb: Math.round(averageBytes / 102.4) / 10,
        miss_p50_ms: round1(missMs[Math.floor(missMs.length / 2)]!),
        miss_max_ms: round1(missMs.at(-1)!),
        ...(opened.server ? { server: opened.server } : {}),
      };
    } finally {
      await worker.stop();
    }
  } finally {
    if (app) await app.close();
    else await eventStore.close();
    await opened.cleanup();
  }
}

async function openStore(kind: StoreKind): Promise<{ store: ReadModelStore; server?: string; cleanup: () => Promise<void> }> {
  if (kind === 'memory') {
    const store = new MemoryReadModelStore();
    return { store, cleanup: () => store.close() };
  }
  // settings.ts reads any variable of deploy/local/.state/services.env; its type names the one the other benches need.
  const url = benchSetting('MONGODB_URL' as BenchSetting);
  const store = await MongoReadModelStore.open({ url, database: `certflow_bench_registry_${randomBytes(4).toString('hex')}` });
  const info = await store.client.db('admin').command({ buildInfo: 1 });
  const server = typeof info.ferretdbVersion === 'string' ? `ferretdb ${info.ferretdbVersion}` : `mongodb ${info.version}`;
  return {
    store,
    server,
    cleanup: async () => {
      try {
        await store.db.dropDatabase();
      } finally {
        await store.close();
      }
    },
  };
}

/**
 * What visitors of the public list ask for: the first pages unfiltered, one county, one
 * category, the currently certified, a name fragment, and a few of those combined. Each is
 * asked once beforehand, so that a route answering an empty list or an error stops the bench
 * before it measures anything; that first answer is timed, as nothing was kept for it yet.
 */
async function registryPaths(url: string): Promise<{ paths: string[]; platforms: number; averageBytes: number; missMs: number[] }> {
  const missMs: number[] = [];
  const get = async (query: string) => {
    const started = performance.now();
    const response = await fetch(`${url}/api/v1/registry${query}`);
    const body = await response.text();
    missMs.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`GET /api/v1/registry${query} answered ${response.status}: ${body.slice(0, 300)}`);
    return { total: (JSON.parse(body) as { total: number }).total, bytes: Buffer.byteLength(body) };
  };
  const everything = await get('');
  if (everything.total === 0) throw new Error('the registry is empty: the log certified no platform');
  const pages = Math.ceil(everything.total / 20);
  const queries: string[] = [''];
  for (let n = 2; n <= Math.min(pages, 10); n += 1) queries.push(`?page=${n}`);
  queries.push(`?page=${Math.max(1, Math.floor(pages / 2))}`, `?page=${pages}`);
  for (const county of GANZHOU_COUNTIES) queries.push(`?county=${county.code}`);
  for (const category of SERVICE_CATEGORIES) queries.push(`?category=${category}`);
  queries.push('?status=certified', '?status=certified&page=2', '?status=under-recheck', '?status=revoked');
  for (const text of TEXT_FRAGMENTS) queries.push(`?text=${encodeURIComponent(text)}`);
  queries.push(
    `?county=${GANZHOU_COUNTIES[0]!.code}&category=${SERVICE_CATEGORIES[0]}`,
    `?county=${GANZHOU_COUNTIES[3]!.code}&status=certified`,
    `?text=${encodeURIComponent('脐橙')}&status=certified`,
    `?category=${SERVICE_CATEGORIES[1]}&page=2`,
    '?pageSize=50',
  );
  let bytes = everything.bytes;
  let found = 1;
  for (const query of queries.slice(1)) {
    const answer = await get(query);
    bytes += answer.bytes;
    if (answer.total > 0) found += 1;
  }
  if (found < queries.length / 2) throw new Error(`only ${found} of ${queries.length} registry queries find anything: the log is not a realistic registry`);
  missMs.sort((a, b) => a - b);
  return { paths: queries.map((query) => `/api/v1/registry${query}`), platforms: everything.total, averageBytes: bytes / queries.length, missMs };
}

function run(url: string, paths: readonly string[]): Promise<autocannon.Result> {
  return getRound({ url, paths, seconds: HTTP_SECONDS, connections: CONNECTIONS });
}

function human(line: ResultLine): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return (
    `registry ${line.store.padEnd(7)} ${n(line.rps)} req/s (p99 ${line.p99_ms} ms) vs no-op ${n(line.noop_rps)} req/s (p99 ${line.noop_p99_ms} ms): ` +
    `${line.vs_noop}x, ${n(line.platforms)} listed platforms from ${n(line.events)} events, ${line.queries} queries averaging ${line.avg_response_kb} kB, ` +
    `first answer p50 ${line.miss_p50_ms} ms (max ${line.miss_max_ms} ms)` +
    `${line.server ? `, ${line.server}` : ''}`
  );
}

function round1(ms: number): number {
  return Math.round(ms * 10) / 10;
}
