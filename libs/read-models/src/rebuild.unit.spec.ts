import { afterEach, describe, expect, it } from '@jest/globals';
import { SqliteEventStore, type EventStore } from '@certflow/event-store';
import { foldProjection } from '@certflow/testing';
import { appendTallyEvents, entries, tallies, TEST_PROJECTIONS } from './contract/test-projections.js';
import { MemoryReadModelStore } from './memory/memory-store.js';
import type { Projection, ReadModelDocument } from './projection.js';
import { rebuild, type RebuildProgress } from './rebuild.js';
import { barLine, plainLine, progressReporter } from './rebuild-progress.js';
import type { ReadModelStore } from './store.js';

const stores: EventStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

async function logOf(count: number, streams = 40): Promise<EventStore> {
  const events = new SqliteEventStore({ filename: ':memory:' });
  stores.push(events);
  await appendTallyEvents(events, count, { streams, close: true });
  return events;
}

async function expectRebuilt(events: EventStore, store: ReadModelStore): Promise<void> {
  const log = await events.readAll({ limit: 10_000 });
  for (const projection of TEST_PROJECTIONS) {
    const keys = [...new Set(log.flatMap((event) => projection.keys(event)))];
    expect(await store.load(projection.collection, keys)).toEqual(foldProjection(projection as Projection<ReadModelDocument>, log));
  }
}

describe('rebuild into the memory store', () => {
  it('drops what was there and replays the log into every projection', async () => {
    const events = await logOf(2_345);
    const store = new MemoryReadModelStore();
    await store.write(tallies.collection, [{ key: 'stale', change: { put: { _id: 'stale', lastPosition: 1 } as never } }]);
    const reports: RebuildProgress[] = [];
    const result = await rebuild(events, store, TEST_PROJECTIONS, { pageSize: 500, onProgress: (p) => reports.push(p), progressIntervalMs: 0 });
    expect(result).toMatchObject({ projections: [tallies.name, entries.name], events: 2_345, eventsRead: 2_345, passes: 1, position: 2_345, aborted: false });
    expect(await store.load(tallies.collection, ['stale'])).toEqual(new Map());
    await expectRebuilt(events, store);
    expect(await store.loadCheckpoint(tallies.name)).toEqual({ cursor: { position: 2_345 }, position: 2_345 });
    expect(reports.at(-1)).toMatchObject({ finished: true, events: 2_345 });
    expect(reports.filter((r) => !r.finished).map((r) => r.events)).toEqual([500, 1_000, 1_500, 2_000, 2_345]);
  });

  it('continues from the saved checkpoint when resumed, to the same documents', async () => {
    const events = await logOf(1_500);
    const store = new MemoryReadModelStore();
    const controller = new AbortController();
    const first = await rebuild(events, store, TEST_PROJECTIONS, {
      pageSize: 200,
      signal: controller.signal,
      onProgress: (p) => p.events >= 600 && controller.abort(),
      progressIntervalMs: 0,
    });
    expect(first.aborted).toBe(true);
    const saved = await store.loadCheckpoint(tallies.name);
    expect(saved!.cursor.position).toBeGreaterThanOrEqual(600);
    expect(saved!.cursor.position).toBeLessThan(1_500);
    const second = await rebuild(events, store, TEST_PROJECTIONS, { resume: true, pageSize: 200 });
    expect(second.events).toBe(1_500 - saved!.cursor.position);
    await expectRebuilt(events, store);
  });

  it('rebuilds only the projections it is given', async () => {
    const events = await logOf(100);
    const store = new MemoryReadModelStore();
    await rebuild(events, store, TEST_PROJECTIONS);
    await store.write(entries.collection, [{ key: 'kept', change: { put: { _id: 'kept', lastPosition: 1 } as never } }]);
    await rebuild(events, store, [tallies as unknown as Projection<ReadModelDocument>]);
    expect((await store.load(entries.collection, ['kept'])).size).toBe(1);
  });

  it('finishes at once on an empty log', async () => {
    const events = new SqliteEventStore({ filename: ':memory:' });
    stores.push(events);
    const store = new MemoryReadModelStore();
    await expect(rebuild(events, store, TEST_PROJECTIONS)).resolves.toMatchObject({ events: 0, position: 0 });
    expect(await store.loadCheckpoint(tallies.name)).toEqual({ cursor: { position: 0 }, position: 0 });
  });
});

describe('rebuild progress output', () => {
  const progress = (events: number, finished = false): RebuildProgress => ({
    pass: 1,
    passes: 1,
    events,
    total: 100_000,
    eventsPerSecond: 12_345.6,
    etaSeconds: finished ? 0 : (100_000 - events) / 12_345.6,
    elapsedMs: events / 12.3456,
    finished,
  });

  it('draws one bar line in place on a terminal', () => {
    let out = '';
    let time = 0;
    const report = progressReporter({ isTTY: true, columns: 100, write: (text: string) => (out += text) }, { now: () => time });
    report(progress(10_000));
    time += 50;
    report(progress(11_000));
    time += 200;
    report(progress(45_000));
    report(progress(100_000, true));
    const draws = out.split('\r\x1b[2K').filter(Boolean);
    expect(draws).toHaveLength(3);
    expect(draws[1]).toBe('rebuild [##################----------------------]  45% 45,000/100,000 · 12,346 ev/s · 0:04 left');
    expect(draws[2]).toMatch(/^rebuild \[#+\] 100,000 events in 0:08, 12,346\/s\n$/);
    expect(out.split('\n')).toHaveLength(2);
  });

  it('writes plain lines every few seconds elsewhere, and a last one', () => {
    const lines: string[] = [];
    let time = 0;
    const report = progressReporter({ write: (text: string) => lines.push(text) }, { now: () => time, lineIntervalMs: 5_000 });
    report(progress(1_000));
    time += 1_000;
    report(progress(20_000));
    time += 5_000;
    report(progress(70_000));
    report(progress(100_000, true));
    expect(lines).toEqual([
      'rebuild: 1,000/100,000 events (1%), 12,346 events/s, 0:08 left\n',
      'rebuild: 70,000/100,000 events (70%), 12,346 events/s, 0:02 left\n',
      'rebuild: done, 100,000 events in 0:08 (12,346 events/s)\n',
    ]);
  });

  it('keeps the bar within the terminal width', () => {
    expect(barLine('rebuild', progress(50_000), 60).length).toBeLessThanOrEqual(80);
    expect(plainLine('rebuild', { ...progress(50_000), etaSeconds: undefined })).toContain('? left');
  });
});
