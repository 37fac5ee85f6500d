import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SqliteEventStore, sqliteFile, type RecordedEvent } from '@certflow/event-store';
import {
  ALL_PROJECTIONS,
  MemoryReadModelStore,
  MongoReadModelStore,
  Projector,
  ReadModelsTimeoutError,
  projectBatch,
  type ProjectorOptions,
  type Projection,
  type ReadModelDocument,
} from '@certflow/read-models';
import { writeCertificationLog } from './rebuild-log.js';
import { benchSetting, type BenchSetting } from './settings.js';

/**
 * How fast MongoDB read models a few thousand events behind the head catch up at start: through
 * their subscriptions (what the projector does under its bulk threshold) against the rebuild's
 * bulk path from the same checkpoints, in the same run, on the same server. The log is a
 * certification history through the real deciders; the read models are the real ones, stood at
 * `head - behind` by folding the log up to there and writing the documents as inserts.
 */
export interface CatchUpBenchOptions {
  readonly json: boolean;
  readonly log: (line: string) => void;
  /** Events behind the head; BENCH_CATCH_UP_BEHIND (comma separated) or 5,000 and 9,999. */
  readonly behind?: readonly number[];
  /** Events in the log before the lag (BENCH_CATCH_UP_BASE, default 20,000). */
  readonly base?: number;
}

interface ResultLine {
  readonly bench: 'catch-up';
  readonly store: 'mongodb';
  readonly behind: number;
  readonly log_events: number;
  /** The projector as it starts by default: the store chooses, per read model, to catch up or rebuild. */
  readonly default_eps: number;
  /** Every read model caught up through its subscription (no rebuild whatever the lag). */
  readonly subscription_eps: number;
  /** Every read model through the rebuild's bulk path from its checkpoint (what a lag past the bulk threshold takes). */
  readonly bulk_eps: number;
  readonly vs_bulk: number;
  readonly default_s: number;
  readonly subscription_s: number;
  readonly bulk_s: number;
  /** BENCH_CATCH_UP_BEFORE=1: the subscriptions as they were (pages of 500, every key looked up), for comparison. */
  readonly before_eps?: number;
  readonly before_s?: number;
  readonly server?: string;
}

/** The projections as they were before writesOnce: every document looked up before its write. */
const LOOKING_UP = ALL_PROJECTIONS.map((projection) => ({ ...projection, writesOnce: false }));

export async function catchUpBench(options: CatchUpBenchOptions): Promise<void> {
  const behindList = options.behind ?? listFromEnv('BENCH_CATCH_UP_BEHIND') ?? [5_000, 9_999];
  const base = options.base ?? Number(process.env.BENCH_CATCH_UP_BASE ?? 20_000);
  const withBefore = process.env.BENCH_CATCH_UP_BEFORE === '1';
  const url = benchSetting('MONGODB_URL' as BenchSetting);
  const folder = mkdtempSync(join(tmpdir(), 'certflow-bench-catch-up-'));
  const events = new SqliteEventStore({ filename: sqliteFile(folder) });
  try {
    const written = await writeCertificationLog(events, { events: base + Math.max(...behindList) });
    const head = await events.headPosition();
    const log = await readLog(events);
    if (!options.json) options.log(`log: ${written.events.toLocaleString('en-US')} events, ${written.platforms.toLocaleString('en-US')} platforms`);
    for (const behind of behindList) {
      const from = head - behind;
      const seed = await foldUpTo(log, from);
      const run = (projector: ProjectorOptions, projections = ALL_PROJECTIONS) => timeCatchUp(url, events, seed, from, head, projector, projections);
      const before = withBefore ? await run({ bulkCatchUpThreshold: Number.POSITIVE_INFINITY, batchSize: 500 }, LOOKING_UP) : undefined;
      if (process.env.BENCH_CATCH_UP_ONLY_BEFORE === '1') {
        options.log(JSON.stringify({ bench: 'catch-up', store: 'mongodb', behind, log_events: head, before_eps: before!.ms ? Math.round(behind / (before!.ms / 1000)) : null, before_s: before!.ms ? Math.round(before!.ms / 100) / 10 : null, ...before }));
        continue;
      }
      const chosen = await run({});
      const subscription = await run({ bulkCatchUpThreshold: Number.POSITIVE_INFINITY });
      const bulk = await run({ bulkCatchUpThreshold: 0 });
      const eps = (ms: number) => Math.round(behind / (ms / 1000));
      const s = (ms: number) => Math.round(ms / 100) / 10;
      const line: ResultLine = {
        bench: 'catch-up',
        store: 'mongodb',
        behind,
        log_events: head,
        default_eps: eps(chosen.ms),
        subscription_eps: eps(subscription.ms),
        bulk_eps: eps(bulk.ms),
        vs_bulk: Math.round((bulk.ms / chosen.ms) * 1000) / 1000,
        default_s: s(chosen.ms),
        subscription_s: s(subscription.ms),
        bulk_s: s(bulk.ms),
        ...(before ? { before_eps: eps(before.ms), before_s: s(before.ms) } : {}),
        ...(chosen.server ? { server: chosen.server } : {}),
      };
      options.log(
        options.json
          ? JSON.stringify(line)
          : `catch-up mongodb ${behind} events behind: default ${line.default_eps} events/s (${line.default_s} s), subscriptions ${line.subscription_eps} events/s (${line.subscription_s} s), bulk ${line.bulk_eps} events/s (${line.bulk_s} s)` +
              (before ? `, before ${line.before_eps} events/s (${line.before_s} s)` : '') +
              `, default ${line.vs_bulk}x bulk`,
      );
    }
  } finally {
    await events.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function readLog(events: SqliteEventStore): Promise<RecordedEvent[]> {
  const log: RecordedEvent[] = [];
  for (let after = 0; ; ) {
    const page = await events.readAll({ after, limit: 10_000 });
    if (page.length === 0) return log;
    log.push(...page);
    after = page.at(-1)!.globalPosition;
  }
}

interface Seed {
  readonly store: MemoryReadModelStore;
  readonly highest: Map<string, number>;
}

/** The read models as they stood at `position`: each projection folded over the log up to there. */
async function foldUpTo(log: readonly RecordedEvent[], position: number): Promise<Seed> {
  const store = new MemoryReadModelStore();
  await store.init(ALL_PROJECTIONS);
  const upTo = log.filter((event) => event.globalPosition <= position);
  const highest = new Map<string, number>();
  for (const projection of ALL_PROJECTIONS) {
    let top = 0;
    for (let start = 0; start < upTo.length; start += 5_000) top = Math.max(top, await projectBatch(store, projection, upTo.slice(start, start + 5_000)));
    highest.set(projection.name, top);
  }
  return { store, highest };
}

async function timeCatchUp(
  url: string,
  events: SqliteEventStore,
  seed: Seed,
  from: number,
  head: number,
  options: ProjectorOptions,
  projections: readonly Projection<ReadModelDocument>[],
): Promise<{ ms: number; server?: string; unfinished_after_s?: number; positions?: Record<string, number> }> {
  const database = `certflow_bench_catch_up_${randomBytes(4).toString('hex')}`;
  const store = await MongoReadModelStore.open({ url, database });
  try {
    await store.init(projections);
    for (const projection of projections) await copyDocuments(seed.store, store, projection);
    for (const projection of projections) {
      await store.saveCheckpoint(projection.name, { cursor: { position: from }, position: seed.highest.get(projection.name)! });
    }
    const projector = new Projector(events, store, projections, options);
    const started = performance.now();
    await projector.start();
    const limitMs = Number(process.env.BENCH_CATCH_UP_LIMIT_S ?? 1_800) * 1000;
    const reached = await projector.waitFor(head, limitMs).then(
      () => true,
      (error: unknown) => {
        if (!(error instanceof ReadModelsTimeoutError)) throw error;
        return false;
      },
    );
    const ms = performance.now() - started;
    const positions = Object.fromEntries((await projector.status()).map((status) => [status.name, status.position]));
    await projector.stop();
    // Not caught up within the limit: no rate, the positions reached instead.
    return { ms: reached ? ms : 0, ...(reached ? {} : { unfinished_after_s: Math.round(ms / 1000), positions }), ...(store.ferretdb ? { server: 'ferretdb' } : {}) };
  } finally {
    await store.db.dropDatabase().catch(() => undefined);
    await store.close();
  }
}

async function copyDocuments(from: MemoryReadModelStore, to: MongoReadModelStore, projection: Projection<ReadModelDocument>): Promise<void> {
  const documents = [...from.documents(projection.collection)];
  for (let start = 0; start < documents.length; start += 5_000) {
    await to.write(
      projection.collection,
      documents.slice(start, start + 5_000).map((document) => ({ key: document._id, change: { put: document }, expected: null })),
    );
  }
}

function listFromEnv(name: string): number[] | undefined {
  const value = process.env[name];
  if (!value) return undefined;
  return value
    .split(',')
    .map((item) => Number(item.trim().replace(/_/g, '')))
    .filter((n) => Number.isInteger(n) && n > 0);
}
