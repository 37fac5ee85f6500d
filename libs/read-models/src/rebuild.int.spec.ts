import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, type RecordedEvent } from '@certflow/event-store';
import { foldProjection } from '@certflow/testing';
import { createMongoTestDatabase, type MongoTestDatabase } from './contract/mongo-test-database.js';
import { appendTallyEvents, entries, tallies, TEST_PROJECTIONS } from './contract/test-projections.js';
import type { MongoReadModelStore } from './mongodb/mongodb-store.js';
import type { ReadModelDocument } from './projection.js';
import { rebuild } from './rebuild.js';
import type { KeyedChange, ReadModelStore } from './store.js';

class Crash extends Error {}

/** The store, except that one chosen write stops halfway, as a process killed mid-write would. */
function crashingOn(store: ReadModelStore, shouldCrash: (collection: string, changes: readonly KeyedChange<ReadModelDocument>[]) => boolean): ReadModelStore {
  let crashed = false;
  return Object.assign(Object.create(store) as ReadModelStore, {
    async write(collection: string, changes: readonly KeyedChange<ReadModelDocument>[]) {
      if (!crashed && shouldCrash(collection, changes)) {
        crashed = true;
        await store.write(collection, changes.slice(0, Math.floor(changes.length / 2)));
        throw new Crash('killed halfway through a write');
      }
      return store.write(collection, changes);
    },
  });
}

/**
 * A crash test rebuilds in tiny slices twice (crash, then resume) into a MongoDB-compatible server:
 * FerretDB on a loaded two-core machine needs more than Jest's default minute for it.
 */
const CRASH_TEST_TIMEOUT_MS = 180_000;

describe('rebuild into MongoDB', () => {
  const folder = mkdtempSync(join(tmpdir(), 'certflow-rebuild-'));
  let database: MongoTestDatabase;
  let store: MongoReadModelStore;
  let events: SqliteEventStore;
  let log: RecordedEvent[];

  beforeAll(async () => {
    database = await createMongoTestDatabase('certflow_rebuild');
    store = await database.open();
    events = new SqliteEventStore({ filename: join(folder, 'events.sqlite') });
    await appendTallyEvents(events, 20_000, { streams: 1_500, close: true });
    log = [];
    for (let after = 0; ; ) {
      const page = await events.readAll({ after, limit: 10_000 });
      if (page.length === 0) break;
      log.push(...page);
      after = page.at(-1)!.globalPosition;
    }
  });
  afterAll(async () => {
    await events?.close();
    await store?.close();
    await database?.drop();
    rmSync(folder, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await store.db.dropDatabase();
  });

  async function expectRebuilt(): Promise<void> {
    for (const projection of TEST_PROJECTIONS) {
      const stored = await store.db.collection(projection.collection).find({}).sort({ _id: 1 }).toArray();
      const expected = [...foldProjection(projection, log).values()].sort((a, b) => (a._id < b._id ? -1 : 1));
      expect(stored).toEqual(expected);
      expect(await store.loadCheckpoint(projection.name)).toEqual({ cursor: { position: 20_000 }, position: expect.any(Number) });
    }
  }

  it('writes everything once when the documents fit in memory', async () => {
    const written: number[] = [];
    const counting = Object.assign(Object.create(store) as ReadModelStore, {
      write: async (collection: string, changes: readonly KeyedChange<ReadModelDocument>[]) => {
        written.push(...changes.map((change) => (change.expected === null ? 1 : 0)));
        return store.write(collection, changes);
      },
    });
    const result = await rebuild(events, counting, TEST_PROJECTIONS);
    expect(result).toMatchObject({ passes: 1, events: 20_000, position: 20_000 });
    const documents = foldProjection(tallies, log).size + foldProjection(entries, log).size;
    expect(written).toEqual(Array(documents).fill(1));
    await expectRebuilt();
  });

  it.each([
    ['from a scratch copy of the log', {} as { scratchDir?: false }],
    ['by reading the log again', { scratchDir: false } as { scratchDir?: false }],
  ])('streams the documents written once and builds the others in slices when memory is short (%s)', async (_how, scratch) => {
    const result = await rebuild(events, store, TEST_PROJECTIONS, { memoryBudgetMb: 0.3, ...scratch });
    expect(result.passes).toBeGreaterThan(2);
    expect(result.events).toBe(20_000);
    if (scratch.scratchDir === false) expect(result.eventsRead).toBeGreaterThan(40_000);
    else expect(result.eventsRead).toBeLessThan(45_000);
    await expectRebuilt();
  });

  it('resumes after a crash halfway through writing a slice, replacing what that write left', async () => {
    let slices = 0;
    const crashing = crashingOn(store, (collection, changes) => collection === tallies.collection && changes.length > 10 && ++slices === 2);
    await expect(rebuild(events, crashing, TEST_PROJECTIONS, { memoryBudgetMb: 0.3 })).rejects.toBeInstanceOf(Crash);
    const checkpoint = await store.loadCheckpoint(tallies.name);
    expect(checkpoint).toMatchObject({ cursor: { position: 0 }, rebuild: { done: expect.any(Number), end: { position: 20_000 } } });
    expect(checkpoint!.rebuild!.done).toBeGreaterThan(0);
    await rebuild(events, store, TEST_PROJECTIONS, { resume: true, memoryBudgetMb: 0.3 });
    await expectRebuilt();
  }, CRASH_TEST_TIMEOUT_MS);

  it('resumes after a crash halfway through a stream flush, from the checkpoint it saved before', async () => {
    let flushes = 0;
    const crashing = crashingOn(store, (collection) => collection === entries.collection && ++flushes === 4);
    await expect(rebuild(events, crashing, TEST_PROJECTIONS, { memoryBudgetMb: 0.3 })).rejects.toBeInstanceOf(Crash);
    const checkpoint = await store.loadCheckpoint(entries.name);
    expect(checkpoint!.position).toBeGreaterThan(checkpoint!.cursor.position);
    await rebuild(events, store, TEST_PROJECTIONS, { resume: true, memoryBudgetMb: 0.3 });
    await expectRebuilt();
  }, CRASH_TEST_TIMEOUT_MS);

  it('leaves nothing of what was there before a rebuild that is not resumed', async () => {
    await store.write(tallies.collection, [{ key: 'stale', change: { put: { _id: 'stale', lastPosition: 99_999 } as never } }]);
    await store.saveCheckpoint(tallies.name, { cursor: { position: 5 }, position: 5 });
    await rebuild(events, store, TEST_PROJECTIONS);
    await expectRebuilt();
  });
});
