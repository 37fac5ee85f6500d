import { afterEach, describe, expect, it } from '@jest/globals';
import { SqliteEventStore } from '@certflow/event-store';
import { MemoryReadModelStore, type ReadModelStore } from '@certflow/read-models';
import { appendTallyEvents, tallies, TEST_PROJECTIONS } from '../../../libs/read-models/src/contract/test-projections.js';
import { startWorker, type RunningWorker } from './worker.js';

const running: { worker: RunningWorker; events: SqliteEventStore }[] = [];
afterEach(async () => {
  for (const { worker, events } of running.splice(0)) {
    await worker.stop();
    await events.close();
  }
});

/**
 * A read model near the head is not rebuilt at start: its subscription reads the rest. The
 * worker says "read models up to date" on `caughtUp`, which must then be true (it once said so on
 * `ready`, with the audit trail 7,500 events behind on FerretDB).
 */
describe('the worker at start (read models near the head)', () => {
  async function nearTheHead(count = 2_000): Promise<{ events: SqliteEventStore; readModels: ReadModelStore }> {
    const events = new SqliteEventStore({ filename: ':memory:' });
    await appendTallyEvents(events, count, { streams: 20 });
    const readModels = new MemoryReadModelStore();
    // Checkpoints with nothing applied yet, `count` events behind: under the bulk threshold, so followed, not rebuilt.
    for (const projection of TEST_PROJECTIONS) await readModels.saveCheckpoint(projection.name, { cursor: { position: 0 }, position: 0 });
    return { events, readModels };
  }

  it('is caught up only once every read model has applied the log as it stood when it was ready', async () => {
    const { events, readModels } = await nearTheHead();
    const worker = startWorker({ eventStore: events, readModels, projections: TEST_PROJECTIONS, log: () => undefined });
    running.push({ worker, events });
    await worker.caughtUp;
    expect((await worker.projector.status()).map((status) => [status.name, status.position, status.lag])).toEqual(TEST_PROJECTIONS.map((p) => [p.name, 2_000, 0]));
    expect((await readModels.loadCheckpoint(tallies.name))?.cursor.position).toBe(2_000);
  });

  it('a stop during the catch-up ends it (rejected), without hanging', async () => {
    // Nearly the bulk threshold behind (10,000): more reads than the turns between ready and the stop.
    const { events, readModels } = await nearTheHead(9_900);
    const worker = startWorker({ eventStore: events, readModels, projections: TEST_PROJECTIONS, log: () => undefined });
    await worker.ready;
    await worker.stop();
    await expect(worker.caughtUp).rejects.toThrow(/stopped/);
    await events.close();
  });
});
