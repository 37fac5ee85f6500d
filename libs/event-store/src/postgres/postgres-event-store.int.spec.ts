import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import pg from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTestDatabase, usePostgresStore, type TestDatabase } from '@certflow/testing';
import type { RecordedEvent } from '../envelope.js';
import { eventStoreContract } from '../contract/event-store.contract.js';
import { EventStoreClosedError, InvalidReadError } from '../errors.js';
import { binaryTextArray, PostgresEventStore } from './postgres-event-store.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';

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
  const postgres = usePostgresStore();

  it('delivers a transaction that took its position first but committed last, in order, exactly once', async () => {
    const { store, database } = postgres;
    const delivered: RecordedEvent[] = [];
    const subscription = store.subscribe('late-commit', (batch) => void delivered.push(...batch), { pollIntervalMs: 10 });
    await subscription.caughtUp();

    const slow = await database.admin.connect();
    try {
      await slow.query('BEGIN');
      const body = (type: string) =>
        JSON.stringify({ data: { slow: true }, eventId: crypto.randomUUID(), metadata: {}, schemaVersion: 1, streamId: 'slow', type });
      const { rows } = await slow.query<{ first_position: string }>(
        'SELECT first_position FROM certflow.append_batch($1, $2, $3, $4, $5)',
        [['slow'], ['any'], [null], [1], [body('Slow.First')]],
      );
      const slowPosition = Number(rows[0]!.first_position);

      const fast = await store.append('fast', [{ type: 'Fast.Committed', data: {} }]);
      expect(fast.firstPosition).toBeGreaterThan(slowPosition);
      await sleep(300);
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
    const { database } = postgres;
    const [a, b] = await Promise.all([
      PostgresEventStore.open({ connectionString: database.url, schema: 'twice' }),
      PostgresEventStore.open({ connectionString: database.url, schema: 'twice' }),
    ]);
    await a.close();
    await b.close();
    const { rows } = await database.admin.query('SELECT version FROM twice.schema_migrations ORDER BY version');
    expect(rows).toEqual(POSTGRES_MIGRATIONS.map(({ version }) => ({ version })));
  });
});

describe('postgres log restored into a cluster whose transaction ids are behind it', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('refuses appends with event-store.transaction-ids-behind (they would sort before the log) and still reads; accepts them once the ids pass', async () => {
    const first = await PostgresEventStore.open({ connectionString: database.url });
    await first.append('restored', [{ type: 'Restored.Event', data: { n: 1 } }]);
    await first.close();
    // As a pg_restore into a new cluster leaves it: the log's ids ahead of the cluster's next one.
    const { rows } = await database.admin.query<{ next: string }>('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS next');
    const ahead = (BigInt(rows[0]!.next) + 1000n).toString();
    await database.admin.query('UPDATE certflow.events SET transaction_id = $1::xid8', [ahead]);

    const restored = await PostgresEventStore.open({ connectionString: database.url });
    try {
      const refused = await restored.append('after-restore', [{ type: 'New.Event', data: {} }]).catch((error: unknown) => error);
      expect(refused).toMatchObject({ code: 'event-store.transaction-ids-behind' });
      expect((refused as Error).message).toContain(`holds ${ahead}`);
      expect(await restored.readStream('after-restore')).toEqual([]);
      expect((await restored.readStream('restored')).map((event) => event.data)).toEqual([{ n: 1 }]);
      // Once the cluster's ids are past the log's (here: the log's put back below them), appends
      // go on in the same process, within a second.
      await database.admin.query("UPDATE certflow.events SET transaction_id = '1'::xid8");
      await sleep(1100);
      await expect(restored.append('after-restore', [{ type: 'New.Event', data: {} }])).resolves.toMatchObject({ streamVersion: 1 });
    } finally {
      await restored.close();
    }
  });
});

describe('postgres group commit', () => {
  const postgres = usePostgresStore({ maxInFlight: 1 });

  it('appends waiting together share a transaction, yet each is refused alone', async () => {
    const outcomes = await Promise.allSettled([
      ...Array.from({ length: 10 }, (_, i) => postgres.store.append('shared', [{ type: 'T', data: { i } }], { expectedVersion: 'no-stream' })),
      ...Array.from({ length: 10 }, (_, i) => postgres.store.append(`own-${i}`, [{ type: 'T', data: { i } }], { expectedVersion: 'no-stream' })),
    ]);
    expect(outcomes.slice(0, 10).filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.slice(0, 10).filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason)).toEqual(
      Array(9).fill(expect.objectContaining({ code: 'event-store.wrong-expected-version', actual: 1 })),
    );
    expect(outcomes.slice(10).every((o) => o.status === 'fulfilled')).toBe(true);
    // With one batch in flight, the 19 that waited behind the first left in one transaction.
    const { rows } = await postgres.database.admin.query<{ transactions: string }>(
      "SELECT count(DISTINCT transaction_id) AS transactions FROM certflow.events WHERE stream_id LIKE 'own-%'",
    );
    expect(Number(rows[0]!.transactions)).toBeLessThanOrEqual(2);
  });

  it('reads asked for in one turn leave as one query and answer each as alone: ranges, as-of, missing streams, repeats', async () => {
    await postgres.store.append('read-a', [1, 2, 3].map((i) => ({ type: 'T', data: { i } })));
    await postgres.store.append('read-b', [{ type: 'T', data: { b: true } }]);
    const [first] = await postgres.store.readStream('read-a');
    await sleep(5);
    await postgres.store.append('read-a', [{ type: 'T', data: { i: 4 } }]);
    const asks = [
      ['read-a', undefined],
      ['read-b', undefined],
      ['read-none', undefined],
      ['read-a', { fromVersion: 2 }],
      ['read-a', { toVersion: 2 }],
      ['read-a', { asOf: first!.recordedAt }],
      ['read-a', undefined],
    ] as const;
    const together = await Promise.all(asks.map(([id, options]) => postgres.store.readStream(id, options)));
    const alone = [];
    for (const [id, options] of asks) alone.push(await postgres.store.readStream(id, options));
    expect(together).toEqual(alone);
    expect(together.map((events) => events.map((e) => e.streamVersion))).toEqual([[1, 2, 3, 4], [1], [], [2, 3, 4], [1, 2], [1, 2, 3], [1, 2, 3, 4]]);
    // One turn, one query: a connection of the pool would otherwise be taken by each read.
    const spy = jest.spyOn(pg.Pool.prototype, 'query');
    try {
      await Promise.all(asks.map(([id, options]) => postgres.store.readStream(id, options)));
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
    await expect(Promise.all([postgres.store.readStream('read-a'), postgres.store.readStream('read-b', { fromVersion: -1 })])).rejects.toMatchObject({ code: 'event-store.invalid-read' });
  });

  it('a duplicate event id in a shared batch fails only its own append', async () => {
    const eventId = crypto.randomUUID();
    await postgres.store.append('dup-first', [{ type: 'T', data: {}, eventId }]);
    const outcomes = await Promise.allSettled([
      postgres.store.append('dup-a', [{ type: 'T', data: {} }]),
      postgres.store.append('dup-b', [{ type: 'T', data: {} }]),
      postgres.store.append('dup-c', [{ type: 'T', data: {}, eventId }]),
      postgres.store.append('dup-d', [{ type: 'T', data: {} }]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[2] as PromiseRejectedResult).reason).toMatchObject({ code: 'event-store.duplicate-event-id' });
    expect(await postgres.store.readStream('dup-c')).toEqual([]);
  });
});

describe('postgres command path costs', () => {
  // One connection, so that the prepared statements looked at below are the ones the reads used.
  const postgres = usePostgresStore({ poolSize: 1 });

  it('a binary text array arrives as the strings it was made of', async () => {
    const values = ['', 'plain', '{"a":"b\\"c"}', 'NULL', '{,}', '\\x00', '赣州 𠀀 😀', 'a'.repeat(70_000)];
    const { rows } = await postgres.database.admin.query<{ values: string[]; dims: string }>(
      'SELECT $1::text[] AS values, array_dims($1::text[]) AS dims',
      [binaryTextArray(values)],
    );
    expect(rows[0]!.values).toEqual(values);
    expect(rows[0]!.dims).toBe(`[1:${values.length}]`);
  });

  it('bodies sent together keep every quote, backslash and character outside the BMP, and their links verify', async () => {
    const data = (i: number) => ({ i, quoted: 'say "hi" \\ {x,y} NULL', text: '赣州市 𠀀𠀁 😀', nested: { list: ['"', '\\', ''] } });
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => postgres.store.append(`binary-${i % 3}`, [{ type: 'T', data: data(i) }, { type: 'U', data: { i } }])));
    expect(new Set(results.map((r) => r.streamId)).size).toBe(3);
    for (let s = 0; s < 3; s += 1) {
      const events = await postgres.store.readStream(`binary-${s}`);
      expect(events.map((e) => e.data)).toEqual([data(s), { i: s }, data(s + 3), { i: s + 3 }]);
    }
    const report = await postgres.store.verifyChains();
    expect(report.breaks).toEqual([]);
    expect([report.streams, report.events]).toEqual([3, 12]);
  });

  it('reads asked for by separate callbacks of one pass of the event loop (requests that arrived together) share a query', async () => {
    await postgres.store.append('together-a', [{ type: 'T', data: { a: 1 } }]);
    await postgres.store.append('together-b', [{ type: 'T', data: { b: 1 } }]);
    const spy = jest.spyOn(pg.Pool.prototype, 'query');
    try {
      // Immediates, not 0 ms timers: two timers may fall due in different passes on a busy machine.
      const ask = (streamId: string) => new Promise<RecordedEvent[]>((resolve, reject) => setImmediate(() => postgres.store.readStream(streamId).then(resolve, reject)));
      const [a, b] = await Promise.all([ask('together-a'), ask('together-b')]);
      expect([a.map((e) => e.data), b.map((e) => e.data)]).toEqual([[{ a: 1 }], [{ b: 1 }]]);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('a read the server would refuse fails alone: its neighbours in the same query still answer', async () => {
    await postgres.store.append('neighbour', [{ type: 'T', data: { n: 1 } }]);
    // Refused or answered before any query: a year-0 asOf (no such timestamptz) and a version past int4.
    await expect(postgres.store.readStream('neighbour', { asOf: '0001-01-01T00:00:00+08:00' })).rejects.toBeInstanceOf(InvalidReadError);
    const [past, near] = await Promise.all([postgres.store.readStream('neighbour', { fromVersion: 2 ** 31 }), postgres.store.readStream('neighbour')]);
    expect([past, near.map((e) => e.data)]).toEqual([[], [{ n: 1 }]]);
    // Whatever else the server refuses: the group is sent again read by read.
    type Read = { streamId: string; fromVersion: number; toVersion: number; asOf: string | null; resolve: (events: RecordedEvent[]) => void; reject: (error: unknown) => void };
    const group = (postgres.store as unknown as { sendReadGroup(reads: Read[]): Promise<void> }).sendReadGroup.bind(postgres.store);
    const outcome = (fromVersion: number) =>
      new Promise<RecordedEvent[] | Error>((resolve) => {
        void group.call(postgres.store, [
          { streamId: 'neighbour', fromVersion: 1, toVersion: 10, asOf: null, resolve: (events) => resolve(events), reject: () => resolve(new Error('neighbour failed')) },
          { streamId: 'neighbour', fromVersion, toVersion: 10, asOf: null, resolve: () => undefined, reject: () => undefined },
        ]);
      });
    const answered = await outcome(2 ** 40);
    expect(answered instanceof Error ? answered.message : answered.map((e) => e.data)).toEqual([{ n: 1 }]);
  });

  it('reads still gathering when the store closes are refused as closed, not with the pool\'s own error', async () => {
    const closing = await PostgresEventStore.open({ connectionString: postgres.database.url, poolSize: 1 });
    const read = closing.readStream('neighbour');
    await closing.close();
    await expect(read).rejects.toBeInstanceOf(EventStoreClosedError);
  });

  it("a command's reads of two streams are planned once per connection, not at every call", async () => {
    await postgres.store.append('planned-platform', [{ type: 'T', data: {} }]);
    await postgres.store.append('planned-cycle', [{ type: 'T', data: {} }]);
    for (let i = 0; i < 12; i += 1) {
      const [platform, cycle] = await Promise.all([postgres.store.readStream('planned-platform', { fromVersion: 2 }), postgres.store.readStream('planned-cycle')]);
      expect([platform.length, cycle.length]).toEqual([0, 1]);
    }
    const pool = (postgres.store as unknown as { pool: pg.Pool }).pool;
    const { rows } = await pool.query<{ generic_plans: string; custom_plans: string }>(
      "SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE name LIKE 'certflow-read-streams-2-%'",
    );
    expect(rows).toHaveLength(1);
    // The server tries five custom plans before it settles on the generic one; it kept
    // planning again at every call when the read was an unnest of arrays.
    expect(Number(rows[0]!.custom_plans)).toBeLessThanOrEqual(5);
    expect(Number(rows[0]!.generic_plans)).toBeGreaterThanOrEqual(7);
  });
});
