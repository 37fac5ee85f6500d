import { afterEach, describe, expect, it } from '@jest/globals';
import { SqliteEventStore, type EventStore } from '@certflow/event-store';
import { foldProjection } from '@certflow/testing';
import { appendTallyEvents, entries, tallies, TEST_PROJECTIONS, type Tally } from './contract/test-projections.js';
import { MemoryReadModelStore } from './memory/memory-store.js';
import type { Projection, ReadModelDocument } from './projection.js';
import { Projector, ProjectorStoppedError, ReadModelsTimeoutError, ReadModelWatcher, projectBatch } from './projector.js';
import { ReadModelConflictError, type ReadModelStore } from './store.js';

const open: { events?: EventStore; projector?: Projector }[] = [];
afterEach(async () => {
  for (const { events, projector } of open.splice(0)) {
    await projector?.stop();
    await events?.close();
  }
});

function setup(options: { store?: ReadModelStore } = {}) {
  const events = new SqliteEventStore({ filename: ':memory:' });
  const store = options.store ?? new MemoryReadModelStore();
  const projector = new Projector(events, store, TEST_PROJECTIONS, { pollIntervalMs: 10, retryDelayMs: 10, onError: () => {} });
  open.push({ events, projector });
  return { events, store, projector };
}

async function expectProjected(events: EventStore, store: ReadModelStore, projection: Projection<ReadModelDocument>): Promise<void> {
  const log = await events.readAll({ limit: 10_000 });
  const expected = foldProjection(projection, log);
  const keys = [...new Set(log.flatMap((event) => projection.keys(event)))];
  const stored = await store.load(projection.collection, keys);
  expect(stored).toEqual(expected);
}

describe('Projector', () => {
  it('rebuilds the memory store from the log at start, then follows new events', async () => {
    const { events, store, projector } = setup();
    await appendTallyEvents(events, 1_200, { streams: 50 });
    await projector.start();
    for (const projection of TEST_PROJECTIONS) await expectProjected(events, store, projection);

    const written = await events.append('tally-new', [{ type: 'Tally.Added', data: { amount: 5, note: '新' } }]);
    await projector.waitFor(written.lastPosition, 2_000);
    expect((await store.load<Tally>(tallies.collection, ['tally-new'])).get('tally-new')).toMatchObject({ count: 1, sum: 5 });
    for (const projection of TEST_PROJECTIONS) await expectProjected(events, store, projection);
    expect(await store.loadCheckpoint(tallies.name)).toMatchObject({ cursor: { position: written.lastPosition }, position: written.lastPosition });
  });

  it('moves its generation after each checkpoint, before a waiter hears of it; none while stopped', async () => {
    const { events, projector } = setup();
    await appendTallyEvents(events, 200, { streams: 10 });
    expect(projector.generation(tallies.name)).toBeUndefined();
    await projector.start();
    const before = projector.generation(tallies.name);
    expect(before).toBeDefined();
    const written = await events.append('tally-generation', [{ type: 'Tally.Added', data: { amount: 2, note: 'g' } }]);
    await projector.waitFor(written.lastPosition, 2_000);
    expect(projector.generation(tallies.name)).toBeGreaterThan(before!);
    await projector.stop();
    expect(projector.generation(tallies.name)).toBeUndefined();
  });

  it('reports each projection position and lag behind the log', async () => {
    const { events, projector } = setup();
    await appendTallyEvents(events, 300, { streams: 10 });
    await projector.start();
    expect(await projector.status()).toEqual([
      { name: tallies.name, position: 300, lag: 0 },
      { name: entries.name, position: 300, lag: 0 },
    ]);
    await projector.stop();
    await events.append('tally-late', [{ type: 'Tally.Added', data: { amount: 1, note: 'x' } }]);
    expect(await projector.status()).toEqual([
      { name: tallies.name, position: 300, lag: 1 },
      { name: entries.name, position: 300, lag: 1 },
    ]);
  });

  it('lets a reader wait, bounded, for a position; a timeout names who is behind', async () => {
    const { events, projector } = setup();
    await appendTallyEvents(events, 10, { streams: 2 });
    await projector.start();
    await expect(projector.waitFor(10, 50)).resolves.toBeUndefined();
    const late = projector.waitFor(11, 60);
    await expect(late).rejects.toBeInstanceOf(ReadModelsTimeoutError);
    await expect(late).rejects.toMatchObject({ code: 'read-models.timeout', minPosition: 11, behind: [{ name: tallies.name, position: 10 }, { name: entries.name, position: 10 }] });
    const pending = projector.waitFor(12, 5_000);
    await projector.stop();
    await expect(pending).rejects.toBeInstanceOf(ProjectorStoppedError);
  });

  it('wakes a waiting reader as soon as the write it waits for is projected', async () => {
    const { events, projector } = setup();
    await projector.start();
    const waiting = projector.waitFor(1, 2_000);
    await events.append('tally-1', [{ type: 'Tally.Added', data: { amount: 1, note: 'x' } }]);
    await expect(waiting).resolves.toBeUndefined();
  });

  it('resumes from the checkpoint kept in the store, and a replay from an older checkpoint changes nothing', async () => {
    const { events, store, projector } = setup();
    await appendTallyEvents(events, 500, { streams: 20 });
    await projector.start();
    await projector.stop();
    await appendTallyEvents(events, 200, { streams: 20, prefix: 'later' });
    // The checkpoint goes back as if the last batches' checkpoint had never been saved.
    await store.saveCheckpoint(tallies.name, { cursor: { position: 100 }, position: 100 });
    const again = new Projector(events, store, TEST_PROJECTIONS, { pollIntervalMs: 10 });
    open.push({ projector: again });
    await again.start();
    await again.waitFor(700, 2_000);
    for (const projection of TEST_PROJECTIONS) await expectProjected(events, store, projection);
  });

  it('catches up through the rebuild path when far behind', async () => {
    const { events, store, projector } = setup();
    await appendTallyEvents(events, 100, { streams: 5 });
    await projector.start();
    await projector.stop();
    await appendTallyEvents(events, 300, { streams: 5, prefix: 'far' });
    const progress: number[] = [];
    const again = new Projector(events, store, TEST_PROJECTIONS, { bulkCatchUpThreshold: 50, onRebuildProgress: (p) => progress.push(p.events) });
    open.push({ projector: again });
    await again.start();
    expect(progress.length).toBeGreaterThan(0);
    expect(await again.status()).toEqual([
      { name: tallies.name, position: 400, lag: 0 },
      { name: entries.name, position: 400, lag: 0 },
    ]);
    for (const projection of TEST_PROJECTIONS) await expectProjected(events, store, projection);
  });
});

describe('projectBatch', () => {
  it('loads, applies in order carrying each document through the batch, and writes each document once', async () => {
    const events = new SqliteEventStore({ filename: ':memory:' });
    open.push({ events });
    const writes: number[] = [];
    const store = new MemoryReadModelStore();
    const counting: ReadModelStore = Object.assign(Object.create(store) as ReadModelStore, {
      write: async (collection: string, changes: readonly unknown[]) => {
        writes.push(changes.length);
        return store.write(collection, changes as never);
      },
    });
    await appendTallyEvents(events, 30, { streams: 3 });
    const log = await events.readAll();
    expect(await projectBatch(counting, tallies, log)).toBe(30);
    expect(writes).toEqual([3]);
    expect(await projectBatch(counting, tallies, log)).toBe(0);
    expect(writes).toEqual([3]);
    await expectProjected(events, store, tallies as unknown as Projection<ReadModelDocument>);
  });

  it('refuses to overwrite a document another writer changed since it was loaded', async () => {
    const events = new SqliteEventStore({ filename: ':memory:' });
    open.push({ events });
    const store = new MemoryReadModelStore();
    await appendTallyEvents(events, 4, { streams: 1 });
    const [first, ...rest] = await events.readAll();
    await projectBatch(store, tallies, [first!]);
    const racing: ReadModelStore = Object.assign(Object.create(store) as ReadModelStore, {
      load: async (collection: string, keys: readonly string[]) => {
        const loaded = await store.load(collection, keys);
        await projectBatch(store, tallies, rest.slice(0, 1));
        return loaded;
      },
    });
    await expect(projectBatch(racing, tallies, rest)).rejects.toBeInstanceOf(ReadModelConflictError);
  });

  it('inserts the documents of a written-once projection without looking them up, and looks up only when one is stored', async () => {
    const events = new SqliteEventStore({ filename: ':memory:' });
    open.push({ events });
    const store = new MemoryReadModelStore();
    await appendTallyEvents(events, 30, { streams: 3 });
    const log = await events.readAll();
    const loads: number[] = [];
    const counting: ReadModelStore = Object.assign(Object.create(store) as ReadModelStore, {
      load: (collection: string, keys: readonly string[]) => {
        loads.push(keys.length);
        return store.load(collection, keys);
      },
    });
    expect(await projectBatch(counting, entries, log.slice(0, 20))).toBe(20);
    expect(loads).toEqual([]);
    // Replayed after a crash that cut a write short: ten of these twenty are stored already.
    expect(await projectBatch(counting, entries, log.slice(10))).toBe(30);
    expect(loads).toEqual([20]);
    expect(await store.load(entries.collection, log.map((event) => event.eventId))).toEqual(foldProjection(entries, log));
  });
});

describe('ReadModelWatcher', () => {
  it('follows the checkpoints a projector in another process saves', async () => {
    const { events, store, projector } = setup();
    await appendTallyEvents(events, 20, { streams: 2 });
    const watcher = new ReadModelWatcher(events, store, TEST_PROJECTIONS, 5);
    expect(await watcher.status()).toEqual([
      { name: tallies.name, position: 0, lag: 20 },
      { name: entries.name, position: 0, lag: 20 },
    ]);
    await expect(watcher.waitFor(20, 30)).rejects.toBeInstanceOf(ReadModelsTimeoutError);
    await projector.start();
    await expect(watcher.waitFor(20, 1_000)).resolves.toBeUndefined();
  });
});
