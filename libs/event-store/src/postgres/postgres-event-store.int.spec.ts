import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTestDatabase, type TestDatabase } from '@certflow/testing';
import type { RecordedEvent } from '../envelope.js';
import { eventStoreContract } from '../contract/event-store.contract.js';
import { PostgresEventStore } from './postgres-event-store.js';

eventStoreContract('postgres', async () => {
  const database = await createTestDatabase();
  return {
    open: (options) => PostgresEventStore.open({ connectionString: database.url, ...options }),
    async corrupt(streamId, version) {
      // Rewrites the jsonb with one digit changed, as someone editing the table by hand would.
      const { rows } = await database.admin.query<{ data: string }>(
        'SELECT data::text AS data FROM certflow.events WHERE stream_id = $1 AND stream_version = $2',
        [streamId, version],
      );
      const changed = rows[0]!.data.replace(/\d(?=\D*$)/, (digit) => String((Number(digit) + 1) % 10));
      await database.admin.query('UPDATE certflow.events SET data = $3::jsonb WHERE stream_id = $1 AND stream_version = $2', [
        streamId,
        version,
        changed,
      ]);
    },
    childArguments: () => ['postgres', database.url],
    dispose: () => database.drop(),
  };
});

describe('postgres subscriptions and late commits', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    store = await PostgresEventStore.open({ connectionString: database.url });
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it('delivers a transaction that took its position first but committed last, in order, exactly once', async () => {
    const delivered: RecordedEvent[] = [];
    const subscription = store.subscribe('late-commit', (batch) => void delivered.push(...batch), { pollIntervalMs: 10 });
    await subscription.caughtUp();

    const slow = await database.admin.connect();
    try {
      await slow.query('BEGIN');
      const body = (type: string) =>
        JSON.stringify({ data: { slow: true }, eventId: crypto.randomUUID(), metadata: {}, schemaVersion: 1, streamId: 'slow', type });
      const { rows } = await slow.query<{ first_position: string }>(
        'SELECT first_position FROM certflow.append_events($1, $2, NULL, $3)',
        ['slow', 'any', [body('Slow.First')]],
      );
      const slowPosition = Number(rows[0]!.first_position);

      const fast = await store.append('fast', [{ type: 'Fast.Committed', data: {} }]);
      expect(fast.firstPosition).toBeGreaterThan(slowPosition);
      await sleep(150);
      await subscription.caughtUp();
      // The fast event is committed but waits behind the open transaction rather than being
      // delivered and checkpointed past the slow one's lower position.
      expect(delivered.map((e) => e.type)).toEqual([]);

      await slow.query('COMMIT');
      const until = Date.now() + 5000;
      while (delivered.length < 2 && Date.now() < until) await sleep(10);
      await subscription.caughtUp();
      expect(delivered.map((e) => [e.type, e.globalPosition])).toEqual([
        ['Slow.First', slowPosition],
        ['Fast.Committed', fast.firstPosition],
      ]);
    } finally {
      slow.release();
      await subscription.stop();
    }
  });

  it('migrations run once even when two stores open at the same time', async () => {
    const [a, b] = await Promise.all([
      PostgresEventStore.open({ connectionString: database.url, schema: 'twice' }),
      PostgresEventStore.open({ connectionString: database.url, schema: 'twice' }),
    ]);
    await a.close();
    await b.close();
    const { rows } = await database.admin.query('SELECT version FROM twice.schema_migrations');
    expect(rows).toEqual([{ version: 1 }]);
  });
});
