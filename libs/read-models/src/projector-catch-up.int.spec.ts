import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { SqliteEventStore, type RecordedEvent } from '@certflow/event-store';
import { foldProjection } from '@certflow/testing';
import { createMongoTestDatabase, type MongoTestDatabase } from './contract/mongo-test-database.js';
import { appendTallyEvents, entries, tallies, TEST_PROJECTIONS } from './contract/test-projections.js';
import { MemoryReadModelStore } from './memory/memory-store.js';
import type { MongoReadModelStore } from './mongodb/mongodb-store.js';
import type { Projection, ReadModelDocument } from './projection.js';
import { Projector } from './projector.js';
import type { KeyedChange, ProjectionCheckpoint, ReadModelStore } from './store.js';

/**
 * Read models a few thousand events behind the head at start catch up through their
 * subscriptions (under the bulk threshold): a page of the log at a time, one write and then one
 * checkpoint per page. On MongoDB (FerretDB here) and in memory alike, the result must be what
 * applying the whole log gives, and every checkpoint must describe exactly the documents
 * written before it: never ahead of a write, never after a later page's.
 */
const EVENTS = 2_000;
const BEHIND = 1_500;
const PAGE = 500;
/** FerretDB on a loaded two-core machine. */
const TIMEOUT_MS = 180_000;

class Crash extends Error {}

let events: SqliteEventStore;
let log: RecordedEvent[];
let database: MongoTestDatabase;

beforeAll(async () => {
  events = new SqliteEventStore({ filename: ':memory:' });
  // Tallies over 100 streams change on every page; the closes at the end delete some.
  await appendTallyEvents(events, EVENTS, { streams: 100, close: true });
  log = await events.readAll({ after: 0, limit: EVENTS });
  database = await createMongoTestDatabase('certflow_catch_up');
});
afterAll(async () => {
  await events?.close();
  await database?.drop();
});

const opened: ReadModelStore[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

const stores: [string, () => Promise<ReadModelStore>][] = [
  ['memory', async () => new MemoryReadModelStore()],
  [
    'mongodb',
    async () => {
      const store = await database.open();
      await store.db.dropDatabase();
      return store;
    },
  ],
];

/** The store as a projector `behind` events from the head left it: each read model applied up to there, checkpoint saved. */
async function behindTheHead(open: () => Promise<ReadModelStore>, behind: number): Promise<ReadModelStore> {
  const store = await open();
  opened.push(store);
  await store.init(TEST_PROJECTIONS);
  const upTo = log.filter((event) => event.globalPosition <= EVENTS - behind);
  for (const projection of TEST_PROJECTIONS) {
    const documents = [...foldProjection(projection, upTo).values()];
    const changes = documents.map((document): KeyedChange<ReadModelDocument> => ({ key: document._id, change: { put: document }, expected: null }));
    if (changes.length > 0) await store.write(projection.collection, changes);
    const highest = Math.max(0, ...documents.map((document) => document.lastPosition));
    await store.saveCheckpoint(projection.name, { cursor: { position: EVENTS - behind }, position: highest });
  }
  return store;
}

async function contents(store: ReadModelStore, projection: Projection<ReadModelDocument>): Promise<ReadModelDocument[]> {
  const documents =
    store.kind === 'memory'
      ? [...(store as MemoryReadModelStore).documents(projection.collection)]
      : ((await (store as MongoReadModelStore).db.collection(projection.collection).find({}).toArray()) as unknown as ReadModelDocument[]);
  return documents.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
}

function expected(projection: Projection<ReadModelDocument>, upTo = EVENTS): ReadModelDocument[] {
  const documents = [...foldProjection(projection, log.filter((event) => event.globalPosition <= upTo)).values()];
  return documents.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
}

async function catchUp(store: ReadModelStore, options: { onError?: (projection: string, error: unknown) => void } = {}): Promise<Projector> {
  const projector = new Projector(events, store, TEST_PROJECTIONS, {
    bulkCatchUpThreshold: Number.POSITIVE_INFINITY,
    batchSize: PAGE,
    retryDelayMs: 10,
    pollIntervalMs: 20,
    onError: options.onError ?? ((_projection, error) => {
      throw error;
    }),
  });
  await projector.start();
  await projector.waitFor(EVENTS, TIMEOUT_MS);
  await projector.stop();
  return projector;
}

describe.each(stores)('catching up through the subscriptions (%s)', (_name, open) => {
  it(`from ${BEHIND} events behind ends where applying the whole log ends`, async () => {
    const store = await behindTheHead(open, BEHIND);
    await catchUp(store);
    for (const projection of TEST_PROJECTIONS) {
      expect(await contents(store, projection)).toEqual(expected(projection));
      expect((await store.loadCheckpoint(projection.name))?.cursor).toEqual({ position: EVENTS });
    }
    // Closed tallies are gone: the catch-up deleted documents it did not create.
    expect(expected(tallies).length).toBeLessThan(100);
  }, TIMEOUT_MS);

  it('saves each checkpoint over exactly the documents of the log up to it, page after page', async () => {
    const inner = await behindTheHead(open, BEHIND);
    const seen: { projection: string; position: number; matches: boolean }[] = [];
    const checking = Object.assign(Object.create(inner) as ReadModelStore, {
      // Writes land late, so that a checkpoint saved before its page's write had ended would see the store without it.
      async write(collection: string, changes: readonly KeyedChange<ReadModelDocument>[]) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        return inner.write(collection, changes);
      },
      async saveCheckpoint(projection: string, checkpoint: ProjectionCheckpoint) {
        const which = TEST_PROJECTIONS.find((p) => p.name === projection)!;
        const stored = await contents(inner, which);
        seen.push({ projection, position: checkpoint.cursor.position, matches: JSON.stringify(stored) === JSON.stringify(expected(which, checkpoint.cursor.position)) });
        return inner.saveCheckpoint(projection, checkpoint);
      },
    });
    await catchUp(checking);
    for (const projection of TEST_PROJECTIONS) {
      const saved = seen.filter((s) => s.projection === projection.name);
      // One checkpoint per page read, in log order, each over what the log up to it gives.
      expect(saved.map((s) => s.position)).toEqual([1_000, 1_500, 2_000]);
      expect(saved.filter((s) => !s.matches)).toEqual([]);
    }
  }, TIMEOUT_MS);

  it('a write cut short (a crash halfway through a page) is finished by the retry, the checkpoint staying behind it', async () => {
    const inner = await behindTheHead(open, BEHIND);
    const cut = new Set<string>();
    const crashing = Object.assign(Object.create(inner) as ReadModelStore, {
      async write(collection: string, changes: readonly KeyedChange<ReadModelDocument>[]) {
        // The second page of each collection: half its changes land, then the write fails.
        if (changes.length > 10 && !cut.has(collection) && (await inner.loadCheckpoint(collection === tallies.collection ? tallies.name : entries.name))!.cursor.position > EVENTS - BEHIND) {
          cut.add(collection);
          await inner.write(collection, changes.slice(0, Math.floor(changes.length / 2)));
          throw new Crash('killed halfway through a write');
        }
        return inner.write(collection, changes);
      },
    });
    const errors: unknown[] = [];
    await catchUp(crashing, { onError: (_projection, error) => errors.push(error) });
    expect(cut).toEqual(new Set([tallies.collection, entries.collection]));
    expect(errors.every((error) => error instanceof Crash)).toBe(true);
    for (const projection of TEST_PROJECTIONS) expect(await contents(inner, projection)).toEqual(expected(projection));
  }, TIMEOUT_MS);
});

/**
 * Where replacing a document scans its collection (FerretDB v1), a read model whose documents
 * change is rebuilt from nothing past the store's `rebuildPast`; one written once (a document
 * per event) is still caught up, as that takes inserts only.
 */
describe.each(stores)('the store chooses between catching up and rebuilding (%s)', (_name, open) => {
  async function startBehind(behind: number, rebuildPast: number, readsServedElsewhere = false): Promise<{ store: ReadModelStore; dropped: string[] }> {
    const inner = await behindTheHead(open, behind);
    const dropped: string[] = [];
    const store = Object.assign(Object.create(inner) as ReadModelStore, {
      rebuildPast,
      async drop(projection: Projection<ReadModelDocument>) {
        dropped.push(projection.name);
        return inner.drop(projection);
      },
    });
    const projector = new Projector(events, store, TEST_PROJECTIONS, { pollIntervalMs: 20, retryDelayMs: 10, readsServedElsewhere });
    await projector.start();
    await projector.waitFor(EVENTS, TIMEOUT_MS);
    await projector.stop();
    for (const projection of TEST_PROJECTIONS) expect(await contents(inner, projection)).toEqual(expected(projection));
    return { store: inner, dropped };
  }

  it('catches up a read model exactly rebuildPast events behind', async () => {
    expect((await startBehind(800, 800)).dropped).toEqual([]);
  }, TIMEOUT_MS);

  it('rebuilds the changing read model one event further behind, and still catches up the one written once', async () => {
    expect((await startBehind(801, 800)).dropped).toEqual([tallies.name]);
  }, TIMEOUT_MS);

  it('drops nothing when another process serves reads from the read models (certflow worker beside serve --only api)', async () => {
    expect((await startBehind(801, 800, true)).dropped).toEqual([]);
  }, TIMEOUT_MS);
});

it('the MongoDB store asks for rebuilds past 500 events on FerretDB only (its replacements scan the collection)', async () => {
  const store = await database.open();
  opened.push(store);
  expect(store.rebuildPast).toBe(store.ferretdb ? 500 : undefined);
});
