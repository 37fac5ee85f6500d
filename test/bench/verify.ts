import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import {
  loadOrCreateLogKey,
  LogSealer,
  PostgresEventStore,
  SqliteEventStore,
  verifyLogBeside,
  type ChainAlgorithm,
  type EventStore,
  type StoreSettings,
} from '@certflow/event-store';
import { benchSetting } from './settings.js';

/**
 * `verify`: `certflow audit verify`'s work (every hash chain, then the Merkle tree against its
 * signed head) over a log of BENCH_VERIFY_EVENTS events (1,000,000 by default), against a plain
 * sequential read of the same log through the store's readAll, in the same run. One JSON line
 * per store (BENCH_VERIFY_STORES, default sqlite,postgres). BENCH_VERIFY_CHAIN_HASH=sm3 writes and
 * checks SM3 links instead of SHA-256 ones; the line then says `"chain":"sm3"`.
 */
export async function verifyBench(options: { json: boolean; log: (line: string) => void }): Promise<void> {
  const events = Number(process.env.BENCH_VERIFY_EVENTS ?? 1_000_000);
  const stores = (process.env.BENCH_VERIFY_STORES ?? 'sqlite,postgres').split(',');
  const chainAlgorithm: ChainAlgorithm = process.env.BENCH_VERIFY_CHAIN_HASH === 'sm3' ? 'sm3' : 'sha256';
  const folder = mkdtempSync(join(tmpdir(), 'certflow-bench-verify-'));
  try {
    for (const kind of stores) {
      const { store, dispose, settings } =
        kind === 'postgres'
          ? await scratchPostgres(chainAlgorithm)
          : { store: new SqliteEventStore({ filename: join(folder, 'events.sqlite'), chainAlgorithm }), dispose: async () => undefined, settings: { store: 'sqlite', dataDir: folder } as StoreSettings };
      try {
        await fill(store, events);
        const signer = loadOrCreateLogKey(folder);
        await new LogSealer(store.log, signer).seal({ forceHead: true });
        // Mirrored order (read, verify, verify, read) so that drift weighs on both alike.
        const read1 = await timed(() => plainRead(store));
        const verify1 = await timed(() => verifyAll(store, settings, signer.publicKeyPem));
        const verify2 = await timed(() => verifyAll(store, settings, signer.publicKeyPem));
        const read2 = await timed(() => plainRead(store));
        const eps = Math.round((2 * events) / ((verify1 + verify2) / 1000));
        const rawEps = Math.round((2 * events) / ((read1 + read2) / 1000));
        const line = { bench: 'verify', store: kind, ...(chainAlgorithm === 'sm3' ? { chain: 'sm3' } : {}), events, eps, raw_eps: rawEps, vs_raw: Math.round((eps / rawEps) * 100) / 100, peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024) };
        options.log(options.json ? JSON.stringify(line) : `${kind}: verify ${eps} events/s, plain read ${rawEps} events/s (${line.vs_raw}x), peak RSS ${line.peak_rss_mb} MB over ${events} events`);
      } finally {
        await store.close();
        await dispose();
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** As `certflow audit verify` does it: the tree on a thread of its own while the chains are checked here. */
async function verifyAll(store: EventStore, settings: StoreSettings, publicKeyPem: string): Promise<void> {
  const tree = verifyLogBeside(settings, store.log, { publicKeyPem });
  const chains = await store.verifyChains();
  const log = await tree;
  if (chains.breaks.length > 0 || log.breaks.length > 0) throw new Error('the benchmark log does not verify');
}

async function plainRead(store: EventStore): Promise<number> {
  let count = 0;
  for (let after = 0; ; ) {
    const page = await store.readAll({ after, limit: 10_000 });
    count += page.length;
    if (page.length < 10_000) return count;
    after = page.at(-1)!.globalPosition;
  }
}

/** Events shaped like the platform log's, 1,000 streams, written through the store itself (so hashes are real). */
async function fill(store: EventStore, total: number): Promise<void> {
  const perAppend = 100;
  const inFlight: Promise<unknown>[] = [];
  for (let written = 0, n = 0; written < total; n += 1) {
    const count = Math.min(perAppend, total - written);
    const events = Array.from({ length: count }, (_, i) => ({
      type: 'AnnualSummarySubmitted',
      data: { year: 2027 + (i % 3), summary: { name: '年度工作总结.pdf', sha256: 'ab'.repeat(32), sizeBytes: 123_456 + i, mediaType: 'application/pdf', location: `docs://2027/p-${n}/${i}.pdf` }, submittedOn: '2028-01-20' },
      metadata: { actorId: `operator-${n % 1000}`, role: 'applicant', occurredAt: '2028-01-20T01:30:00.000Z' },
    }));
    inFlight.push(store.append(`platform-bench-${n % 1000}`, events));
    written += count;
    if (inFlight.length >= 16) await Promise.all(inFlight.splice(0));
  }
  await Promise.all(inFlight);
}

async function scratchPostgres(chainAlgorithm: ChainAlgorithm): Promise<{ store: EventStore; settings: StoreSettings; dispose: () => Promise<void> }> {
  const serverUrl = benchSetting('DATABASE_URL');
  const name = `certflow_bench_verify_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const store = await PostgresEventStore.open({ connectionString: url.toString(), chainAlgorithm });
  return {
    store,
    settings: { store: 'postgres', dataDir: tmpdir(), databaseUrl: url.toString(), chainHash: chainAlgorithm },
    async dispose() {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
