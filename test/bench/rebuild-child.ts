// One measured rebuild, in a process of its own so that its peak RSS is the rebuild's alone.
// Prints one JSON line: the rebuild, then the raw bulk write of the documents it produced.
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { BSON, type Db, type Document } from 'mongodb';
import { SqliteEventStore } from '@certflow/event-store';
import { ALL_PROJECTIONS, MemoryReadModelStore, MongoReadModelStore, rebuild } from '@certflow/read-models';

export interface ChildResult {
  readonly events: number;
  readonly documents: number;
  readonly passes: number;
  readonly rebuildMs: number;
  readonly rawMs: number;
  /** Reading the whole log, a page at a time, with nothing done with the events: the floor under any rebuild. */
  readonly readMs: number;
  readonly peakRssMb: number;
  readonly atPeak: { readonly heapMb: number; readonly externalMb: number };
  readonly server?: string;
}

const { values } = parseArgs({
  options: {
    store: { type: 'string' },
    log: { type: 'string' },
    url: { type: 'string' },
    database: { type: 'string' },
    budget: { type: 'string' },
  },
});

const INSERT_CHUNK = 1_000;
/** The rebuild's default page. */
const READ_PAGE = 5_000;
/** The rebuild writes documents this many at a time. */
const WRITE_CHUNK = 5_000;
const INSERT_CHUNK_BYTES = 4 * 1024 * 1024;

let peakRss = 0;
/** Where the memory was when RSS peaked: the JavaScript heap, and buffers outside it (BSON, sockets). */
let atPeak = { heapMb: 0, externalMb: 0 };
const sample = () => {
  const usage = process.memoryUsage();
  if (usage.rss <= peakRss) return;
  peakRss = usage.rss;
  atPeak = { heapMb: usage.heapUsed / 1e6, externalMb: usage.external / 1e6 };
};
// The memory store's rebuild may never yield to timers, so progress reports sample too.
const sampler = setInterval(sample, 50);
const progress = { onProgress: sample, progressIntervalMs: 50 };

const events = new SqliteEventStore({ filename: values.log! });
const readMs = await readWholeLog();
const result = values.store === 'memory' ? await memory() : await mongodb();
clearInterval(sampler);
await events.close();
process.stdout.write(`${JSON.stringify({ ...result, readMs, atPeak })}\n`);

async function readWholeLog(): Promise<number> {
  const started = performance.now();
  for (let after = 0; ; ) {
    const page = await events.readAll({ after, limit: READ_PAGE });
    if (page.length === 0) break;
    after = page.at(-1)!.globalPosition;
  }
  return performance.now() - started;
}

async function memory(): Promise<Omit<ChildResult, 'readMs' | 'atPeak'>> {
  const store = new MemoryReadModelStore();
  const started = performance.now();
  const outcome = await rebuild(events, store, ALL_PROJECTIONS, progress);
  const rebuildMs = performance.now() - started;
  sample();
  const peakRssMb = peakRss / 1e6;
  // Raw: the same final documents written into a fresh store of the same kind, as inserts in
  // the rebuild's chunks, through the same write path.
  const copies = ALL_PROJECTIONS.map((projection) => [projection, [...store.documents(projection.collection)]] as const);
  const raw = new MemoryReadModelStore();
  await raw.init(ALL_PROJECTIONS);
  const rawStarted = performance.now();
  for (const [projection, documents] of copies) {
    for (let start = 0; start < documents.length; start += WRITE_CHUNK) {
      const chunk = documents.slice(start, start + WRITE_CHUNK).map((document) => ({ key: document._id, change: { put: document }, expected: null }));
      await raw.write(projection.collection, chunk);
    }
  }
  const rawMs = performance.now() - rawStarted;
  const documents = copies.reduce((n, [, d]) => n + d.length, 0);
  return { events: outcome.events, documents, passes: outcome.passes, rebuildMs, rawMs, peakRssMb };
}

async function mongodb(): Promise<Omit<ChildResult, 'readMs' | 'atPeak'>> {
  const store = await MongoReadModelStore.open({ url: values.url!, database: values.database! });
  const rawDb = store.client.db(`${values.database}_raw`);
  try {
    const started = performance.now();
    const outcome = await rebuild(events, store, ALL_PROJECTIONS, { ...progress, memoryBudgetMb: Number(values.budget ?? 160) });
    const rebuildMs = performance.now() - started;
    sample();
    const peakRssMb = peakRss / 1e6;
    clearInterval(sampler);
    // Raw: the documents the rebuild produced, read back (not timed) and inserted into a fresh
    // database the way a bulk load would: insertMany in chunks, two at a time, no conditions.
    await rawDb.dropDatabase();
    let rawMs = 0;
    let documents = 0;
    for (const projection of ALL_PROJECTIONS) {
      const target = rawDb.collection(projection.collection);
      const cursor = store.db.collection(projection.collection).find({}).batchSize(1_000);
      let batch: Document[] = [];
      const flush = async () => {
        const timed = performance.now();
        await insertChunks(rawDb, target.collectionName, batch);
        rawMs += performance.now() - timed;
        documents += batch.length;
        batch = [];
      };
      for await (const document of cursor) {
        batch.push(document);
        if (batch.length >= 2 * INSERT_CHUNK) await flush();
      }
      if (batch.length > 0) await flush();
    }
    const info = await store.client.db('admin').command({ buildInfo: 1 });
    const server = typeof info.ferretdbVersion === 'string' ? `ferretdb ${info.ferretdbVersion}` : `mongodb ${info.version}`;
    return { events: outcome.events, documents, passes: outcome.passes, rebuildMs, rawMs, peakRssMb, server };
  } finally {
    await rawDb.dropDatabase().catch(() => undefined);
    await store.db.dropDatabase().catch(() => undefined);
    await store.close();
  }
}

async function insertChunks(db: Db, collection: string, documents: readonly Document[]): Promise<void> {
  const chunks: Document[][] = [];
  for (let start = 0; start < documents.length; ) {
    const count = Math.max(10, Math.min(INSERT_CHUNK, Math.floor(INSERT_CHUNK_BYTES / BSON.calculateObjectSize(documents[start]!))));
    chunks.push(documents.slice(start, start + count));
    start += count;
  }
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const chunk = chunks[next]!;
      next += 1;
      await db.collection(collection).insertMany(chunk, { ordered: false });
    }
  };
  await Promise.all([worker(), worker()]);
}
