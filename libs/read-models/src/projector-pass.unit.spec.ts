import { afterEach, describe, expect, it } from '@jest/globals';
import { SqliteEventStore, type Cursor, type EventStore, type SubscriptionOptions } from '@certflow/event-store';
import { appendTallyEvents, TEST_PROJECTIONS } from './contract/test-projections.js';
import { MemoryReadModelStore } from './memory/memory-store.js';
import { Projector, ProjectorStoppedError } from './projector.js';

/**
 * The Projector's passes over the log, where only the log can say whether a read model reached a
 * position (PostgreSQL: positions are taken before commit). The real store is SQLite; its
 * subscriptions' cursors are given a transaction id as they are saved, and the question to the
 * log is answered by the test: `late` holds positions that committed after the cursors passed
 * them, so that anything at or above one of them is still to be read.
 */
interface AskedStore {
  store: EventStore;
  readonly events: SqliteEventStore;
  /** Every position the log was asked about, in order. */
  readonly asked: number[];
  readonly late: Set<number>;
  /** While set, each question waits for it; the answer is the one true when the question was asked. */
  gate: Promise<void> | undefined;
  /** Questions to refuse before answering again. */
  failures: number;
}

function askedStore(): AskedStore {
  const events = new SqliteEventStore({ filename: ':memory:' });
  const state: AskedStore = { store: undefined as unknown as EventStore, events, asked: [], late: new Set(), gate: undefined, failures: 0 };
  const hasPendingUpTo = async (cursor: Cursor, position: number): Promise<boolean> => {
    state.asked.push(position);
    if (state.failures > 0) {
      state.failures -= 1;
      throw new Error('connection reset by the test');
    }
    const pending = position > cursor.position || [...state.late].some((late) => late <= position);
    await state.gate;
    return pending;
  };
  const subscribe = (name: string, handler: Parameters<SqliteEventStore['subscribe']>[1], options?: SubscriptionOptions) => {
    const checkpoints = options?.checkpoints;
    return events.subscribe(name, handler, {
      ...options,
      ...(checkpoints ? { checkpoints: { load: checkpoints.load, save: (n: string, cursor: Cursor) => checkpoints.save(n, { ...cursor, transactionId: '7' }) } } : {}),
    });
  };
  state.store = new Proxy(events, {
    get(target, property) {
      if (property === 'hasPendingUpTo') return hasPendingUpTo;
      if (property === 'subscribe') return subscribe;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  }) as EventStore;
  return state;
}

const open: { events: EventStore; projector: Projector }[] = [];
afterEach(async () => {
  for (const { events, projector } of open.splice(0)) {
    await projector.stop();
    await events.close();
  }
});

/** A projector whose cursors carry a transaction id: `count` events, then one more read by the subscriptions. */
async function started(count: number) {
  const log = askedStore();
  const projector = new Projector(log.store, new MemoryReadModelStore(), TEST_PROJECTIONS, { pollIntervalMs: 5, retryDelayMs: 10, onError: () => {} });
  open.push({ events: log.events, projector });
  await appendTallyEvents(log.events, count, { streams: 4 });
  await projector.start();
  const last = await log.events.append('tally-last', [{ type: 'Tally.Added', data: { amount: 1, note: 'last' } }]);
  await projector.waitFor(last.lastPosition, 2_000);
  log.asked.length = 0;
  return { log, projector, head: last.lastPosition };
}

/** Which of the reads have been answered once the event loop has turned a few times. */
async function settled(reads: readonly Promise<unknown>[]): Promise<boolean[]> {
  const done = reads.map(() => false);
  reads.forEach((read, index) => void read.then(() => (done[index] = true), () => undefined));
  for (let turn = 0; turn < 20; turn += 1) await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('Projector passes over the log (positions that commit out of order)', () => {
  it('answers many reads at once by asking about the highest and bisecting the rest, a few questions per read model', async () => {
    const { log, projector } = await started(40);
    log.late.add(25);
    const reads = Array.from({ length: 40 }, (_, index) => projector.waitFor(index + 1, 5_000));
    const done = await settled(reads);
    // Reads below the event committed late are answered; from it on they wait.
    expect(done).toEqual(Array.from({ length: 40 }, (_, index) => index + 1 < 25));
    // One question per read and read model would be 80 a pass; two passes at most here (the
    // first read starts one, the other 39 arrive during it), each 1 + log2(40) per read model.
    expect(log.asked.length).toBeLessThanOrEqual(2 * 2 * (1 + Math.ceil(Math.log2(40))));
    log.late.clear();
    await log.events.append('tally-after', [{ type: 'Tally.Added', data: { amount: 1, note: 'after' } }]);
    await expect(Promise.all(reads)).resolves.toHaveLength(40);
  });

  it('does not answer a read from a pass that began before the read came', async () => {
    const { log, projector } = await started(40);
    let release!: () => void;
    log.gate = new Promise((resolve) => (release = resolve));
    const first = projector.waitFor(30, 5_000);
    // The pass has asked about 30 and heard "nothing pending"; then event 20 commits late.
    await new Promise((resolve) => setImmediate(resolve));
    expect(log.asked).toEqual([30, 30]);
    log.late.add(20);
    const second = projector.waitFor(25, 5_000);
    log.gate = undefined;
    release();
    expect(await settled([first, second])).toEqual([true, false]);
    // The second pass, called for by the read that came during the first, asked about 25.
    expect(log.asked.slice(2)).toContain(25);
    log.late.clear();
    await log.events.append('tally-after', [{ type: 'Tally.Added', data: { amount: 1, note: 'after' } }]);
    await expect(second).resolves.toBeUndefined();
  });

  it('asks again after a question to the log failed, and answers the read then', async () => {
    const { log, projector } = await started(10);
    log.failures = 1;
    const asked = Date.now();
    await expect(projector.waitFor(5, 2_000)).resolves.toBeUndefined();
    // The failed pass is tried again after retryDelayMs (10 ms), not at the next save.
    expect(log.asked.length).toBeGreaterThanOrEqual(3);
    expect(Date.now() - asked).toBeLessThan(1_000);
  });

  it('stop() waits for a pass in flight, then refuses the reads still waiting', async () => {
    const { log, projector } = await started(10);
    let release!: () => void;
    log.gate = new Promise((resolve) => (release = resolve));
    log.late.add(3);
    const waiting = projector.waitFor(8, 5_000);
    waiting.catch(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));
    expect(log.asked.length).toBeGreaterThan(0);
    let stopped = false;
    const stopping = projector.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    release();
    await stopping;
    await expect(waiting).rejects.toBeInstanceOf(ProjectorStoppedError);
  });
});
