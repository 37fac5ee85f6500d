import type { EventStore, RecordedEvent } from '@certflow/event-store';
import type { Projection, ReadModelDocument } from '../projection.js';

/**
 * Small projections over synthetic events (`Tally.Added`, `Tally.Closed`), for the projector
 * and rebuild tests: one keeps a document per stream that every event changes (like a
 * platform's history), one writes a document per event and never touches it again (like the
 * audit trail), and closing a stream deletes its tally.
 */
export interface Tally extends ReadModelDocument {
  readonly streamId: string;
  readonly count: number;
  readonly sum: number;
  readonly last: string;
  readonly history: readonly number[];
}

export interface Entry extends ReadModelDocument {
  readonly streamId: string;
  readonly amount: number;
  readonly note: string;
}

export const TALLY_EVENTS = ['Tally.Added', 'Tally.Closed'] as const;

export const tallies: Projection<Tally> = {
  name: 'test-tallies',
  collection: 'test_tallies',
  eventTypes: TALLY_EVENTS,
  indexes: [{ count: 1 }],
  keys: (event: RecordedEvent) => [event.streamId],
  apply(document, event, key) {
    if (event.type === 'Tally.Closed') return document ? { delete: true } : undefined;
    const { amount, note } = event.data as { amount: number; note: string };
    return {
      put: {
        _id: key,
        lastPosition: event.globalPosition,
        streamId: event.streamId,
        count: (document?.count ?? 0) + 1,
        sum: (document?.sum ?? 0) + amount,
        last: note,
        // Keeps the document growing, as a review history does; only the last 20 are kept.
        history: [...(document?.history ?? []), amount].slice(-20),
      },
    };
  },
};

export const entries: Projection<Entry> = {
  name: 'test-entries',
  collection: 'test_entries',
  eventTypes: ['Tally.Added'],
  indexes: [{ streamId: 1 }],
  writesOnce: true,
  keys: (event: RecordedEvent) => [event.eventId],
  apply(document, event, key) {
    if (document) return undefined;
    const { amount, note } = event.data as { amount: number; note: string };
    return { put: { _id: key, lastPosition: event.globalPosition, streamId: event.streamId, amount, note } };
  },
};

export const TEST_PROJECTIONS = [tallies, entries] as unknown as Projection<ReadModelDocument>[];

/**
 * Appends `count` events over `streams` streams, round robin (so every batch touches many
 * tallies), in concurrent appends. With `close`, the last events close every 97th stream (a
 * deleted document: replaying a stream's events after its close would bring it back, so only a
 * rebuild from the start, not a replay, is exact for them).
 */
export async function appendTallyEvents(
  store: EventStore,
  count: number,
  options: { streams?: number; prefix?: string; close?: boolean } = {},
): Promise<void> {
  const streams = options.streams ?? 1_000;
  const prefix = options.prefix ?? 'tally';
  const closing: number[] = [];
  for (let s = 0; s < streams; s += 97) closing.push(s);
  const closes = options.close && count > 2 * closing.length ? closing.length : 0;
  const appends: Promise<unknown>[] = [];
  for (let i = 0; i < count; i += 1) {
    const closeIndex = i - (count - closes);
    const [streamId, event] =
      closeIndex >= 0
        ? [`${prefix}-${closing[closeIndex]}`, { type: 'Tally.Closed', data: { reason: '结清' } }]
        : [`${prefix}-${i % streams}`, { type: 'Tally.Added', data: { amount: (i * 7919) % 1000, note: `第${i}笔 · 赣州` } }];
    appends.push(store.append(streamId, [event]));
    if (appends.length >= 512) await Promise.all(appends.splice(0));
  }
  await Promise.all(appends);
}
