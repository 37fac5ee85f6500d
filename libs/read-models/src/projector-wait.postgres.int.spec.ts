import { describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { CatchUpSubscription, type Cursor, type EventStore, type PostgresEventStore } from '@certflow/event-store';
import { usePostgresStore } from '@certflow/testing';
import { entries, TEST_PROJECTIONS, tallies, type Tally } from './contract/test-projections.js';
import { MemoryReadModelStore } from './memory/memory-store.js';
import { Projector, ReadModelWatcher } from './projector.js';

/**
 * On PostgreSQL positions are taken before commit and read in transaction order, so a
 * projection's cursor may stand below the head for good, or above an event it has not read.
 * Waiting for a position must go by what the log holds after the cursor, not by its position.
 * (A CI run once waited 60 s for position 3,000 with every read model at 2,996, all read.)
 */
async function sums(readModels: MemoryReadModelStore, stream: string): Promise<number[]> {
  const documents = await readModels.load<Tally>(tallies.collection, [`${stream}-fast`, `${stream}-slow`]);
  return [...documents.values()].map((document) => document.sum).sort();
}

describe('waiting for the read models on PostgreSQL, where positions commit out of order', () => {
  const postgres = usePostgresStore();

  /**
   * A transaction that took its id first and its position last: read in transaction order, the
   * log ends at the other transaction's lower position. Returns [that lower position, the head].
   */
  async function idFirstPositionLast(stream: string): Promise<[number, number]> {
    const { store } = postgres;
    const slow: pg.PoolClient = await postgres.database.admin.connect();
    try {
      await slow.query('BEGIN');
      await slow.query('SELECT pg_current_xact_id()');
      const fast = await store.append(`${stream}-fast`, [{ type: 'Tally.Added', data: { amount: 1, note: 'committed first' } }]);
      const body = JSON.stringify({ data: { amount: 2, note: 'committed last' }, eventId: crypto.randomUUID(), metadata: {}, schemaVersion: 1, streamId: `${stream}-slow`, type: 'Tally.Added' });
      const { rows } = await slow.query<{ last_position: string }>('SELECT last_position FROM certflow.append_batch($1, $2, $3, $4, $5)', [[`${stream}-slow`], ['any'], [null], [1], [body]]);
      await slow.query('COMMIT');
      const head = Number(rows[0]!.last_position);
      expect(head).toBeGreaterThan(fast.lastPosition);
      return [fast.lastPosition, head];
    } finally {
      slow.release();
    }
  }

  it('the head is reached when the last transaction read took a lower position (it used to wait forever)', async () => {
    const { store } = postgres;
    const readModels = new MemoryReadModelStore();
    const projector = new Projector(store, readModels, TEST_PROJECTIONS, { pollIntervalMs: 10 });
    await projector.start();
    try {
      const [lower, head] = await idFirstPositionLast('stands-lower');
      await projector.waitFor(lower, 10_000);
      await expect(projector.waitFor(head, 10_000)).resolves.toBeUndefined();
      // Both events applied, whichever order they committed in.
      expect(await sums(readModels, 'stands-lower')).toEqual([1, 2]);
      // The position the cursor stands at is the lower one: by position alone this was never reached.
      expect((await readModels.loadCheckpoint(tallies.name))?.cursor.position).toBe(lower);
      // An API beside a worker waits on the checkpoints the same way.
      const watcher = new ReadModelWatcher(store, readModels, TEST_PROJECTIONS, 10);
      await expect(watcher.waitFor(head, 10_000)).resolves.toBeUndefined();
      // And /health shows no lag that would never clear.
      for (const status of [await projector.status(), await watcher.status()]) {
        expect(status.map(({ position, lag }) => ({ position, lag }))).toEqual(TEST_PROJECTIONS.map(() => ({ position: head, lag: 0 })));
      }
    } finally {
      await projector.stop();
    }
  });

  /**
   * The store, its subscriptions halting before their second page past `caughtUp.at` (as a page
   * boundary between two transactions would) until `release()`; `failing` questions to the log
   * fail first, as a dropped connection would.
   */
  function halting(store: PostgresEventStore) {
    let release!: () => void;
    const halted = new Promise<void>((resolve) => (release = resolve));
    const control = { caughtUp: undefined as Cursor | undefined, failing: 0, asked: 0, release: () => release() };
    const same = (a: Cursor, b: Cursor) => a.position === b.position && a.transactionId === b.transactionId;
    const source = {
      loadCheckpoint: (name: string) => store.loadCheckpoint(name),
      saveCheckpoint: (name: string, cursor: Cursor) => store.saveCheckpoint(name, cursor),
      readAfter: async (cursor: Cursor, limit: number) => {
        if (control.caughtUp && !same(cursor, control.caughtUp)) await halted;
        return store.readAfter(cursor, limit);
      },
      headPosition: () => store.headPosition(),
      hasPendingUpTo: (cursor: Cursor, position: number) => store.hasPendingUpTo(cursor, position),
      onAppended: (listener: () => void) => store.onAppended(listener),
    };
    const events: EventStore = {
      kind: store.kind,
      log: store.log,
      append: (...args) => store.append(...args),
      readStream: (...args) => store.readStream(...args),
      readAll: (...args) => store.readAll(...args),
      readEvent: (...args) => store.readEvent(...args),
      headPosition: () => store.headPosition(),
      findCommand: (...args) => store.findCommand(...args),
      subscribe: (name, handler, options) => new CatchUpSubscription(name, source, handler, options),
      hasPendingUpTo: async (...args) => {
        control.asked += 1;
        if (control.failing > 0) {
          control.failing -= 1;
          throw new Error('Connection terminated unexpectedly');
        }
        return store.hasPendingUpTo(...args);
      },
      verifyChains: (...args) => store.verifyChains(...args),
      close: async () => undefined,
    };
    return { events, control };
  }

  const settledWithin = (promise: Promise<unknown>, ms: number) =>
    Promise.race([promise.then(() => 'reached', () => 'refused'), new Promise((resolve) => setTimeout(() => resolve('still waiting'), ms))]);

  it('a position is not reached while an event at or below it is still ahead of the cursor, whatever position the cursor stands at', async () => {
    const { store } = postgres;
    const { events: halted, control } = halting(store);
    const readModels = new MemoryReadModelStore();
    const projector = new Projector(halted, readModels, [tallies] as typeof TEST_PROJECTIONS, { batchSize: 1, pollIntervalMs: 10 });
    await projector.start();
    await projector.waitFor(await store.headPosition(), 10_000);
    control.caughtUp = (await readModels.loadCheckpoint(tallies.name))!.cursor;
    try {
      const [lower, head] = await idFirstPositionLast('stands-higher');
      // The first page holds the slow transaction's event, at the head: the cursor stands there.
      for (let waited = 0; (await readModels.loadCheckpoint(tallies.name))?.cursor.position !== head && waited < 10_000; waited += 10) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect((await readModels.loadCheckpoint(tallies.name))?.cursor.position).toBe(head);
      const waiting = projector.waitFor(lower, 10_000).then(() => 'reached');
      // Reads waiting together are settled apart: one for a position read before is answered.
      await expect(projector.waitFor(control.caughtUp.position, 10_000)).resolves.toBeUndefined();
      const watcher = new ReadModelWatcher(store, readModels, [tallies] as typeof TEST_PROJECTIONS, 10).waitFor(lower, 300).then(
        () => 'reached',
        () => 'not reached',
      );
      expect(await Promise.race([waiting, new Promise((resolve) => setTimeout(() => resolve('still waiting'), 300))])).toBe('still waiting');
      expect(await watcher).toBe('not reached');
      control.release();
      await expect(waiting).resolves.toBe('reached');
      expect(await sums(readModels, 'stands-higher')).toEqual([1, 2]);
    } finally {
      control.release();
      await projector.stop();
    }
  });

  it('reads waiting at once on two read models are each answered when the log says so, and a question that failed is asked again', async () => {
    const { store } = postgres;
    const { events: halted, control } = halting(store);
    const readModels = new MemoryReadModelStore();
    const projector = new Projector(halted, readModels, TEST_PROJECTIONS, { batchSize: 1, pollIntervalMs: 10, retryDelayMs: 50 });
    await projector.start();
    await projector.waitFor(await store.headPosition(), 10_000);
    const before = (await readModels.loadCheckpoint(tallies.name))!.cursor;
    control.caughtUp = before;
    try {
      const [lower, head] = await idFirstPositionLast('several');
      for (let waited = 0; (await readModels.loadCheckpoint(entries.name))?.cursor.position !== head && waited < 10_000; waited += 10) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      control.failing = 1;
      const asked = control.asked;
      const [earlier, atLower, atHead] = [before.position, lower, head].map((position) => projector.waitFor(position, 10_000));
      // The first question fails; the pass is tried again and answers the read it can.
      await expect(earlier).resolves.toBeUndefined();
      expect(control.failing).toBe(0);
      // Both read models asked, at most a few questions each however many reads wait.
      expect(control.asked - asked).toBeGreaterThanOrEqual(3);
      expect(await settledWithin(atLower, 300)).toBe('still waiting');
      expect(await settledWithin(atHead, 1)).toBe('still waiting');
      control.release();
      await expect(Promise.all([atLower, atHead])).resolves.toEqual([undefined, undefined]);
    } finally {
      control.release();
      await projector.stop();
    }
  });
});
