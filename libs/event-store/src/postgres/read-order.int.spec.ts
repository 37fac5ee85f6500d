import { describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { usePostgresStore } from '@certflow/testing';
import { START, type Cursor } from '../subscription.js';
import { PostgresEventStore } from './postgres-event-store.js';

/**
 * Subscribers and the log sealer read the log in (transaction id, position) order. The ids came
 * back as text under their own name, and an unqualified ORDER BY sorted by that text: '10000'
 * before '9998'. A page that straddled a power of ten ended on the wrong row and the next page
 * began after it, so read models, the Kafka relay and the scheduler never saw the events in
 * between, and the sealer sealed out of order, then failed on every round after (a 20,000-platform
 * cycle on PostgreSQL stopped sealing at leaf 13,887).
 */
describe('reading the log in transaction order across a power of ten of transaction ids', () => {
  const postgres = usePostgresStore();

  it('reads every event once, in order, at every page size, and seals them all in that order', async () => {
    const { store, database } = postgres;
    // Ids cannot be chosen, and reaching a power of ten would mean using up to millions of them
    // (and holding every other test's subscriptions back meanwhile): the events keep their order
    // and are given ids on both sides of one, below every id still running.
    const positions = await straddling(store, database.admin, 'order', 8, 4n);

    for (const limit of [1, 2, 3, 5]) {
      const read: number[] = [];
      let cursor: Cursor = START;
      for (;;) {
        const page = await store.readAfter(cursor, limit);
        if (page.events.length === 0) break;
        read.push(...page.events.map((event) => event.globalPosition));
        cursor = page.cursor;
      }
      expect({ limit, read }).toEqual({ limit, read: positions });
    }

    for (let round = 0; round < 100; round += 1) if ((await store.log.seal(2)).added === 0) break;
    const leaves = await store.log.leaves(0, positions.length + 1);
    expect(leaves.map((leaf) => leaf.globalPosition)).toEqual(positions);
    expect(await store.log.unsealed()).toBe(0);
  });

  it('goes on sealing a log whose leaves an older version sealed out of order (10000 before 9998)', async () => {
    const { store, database } = postgres;
    const before = (await store.log.leaves(0, 1_000)).length;
    const positions = await straddling(store, database.admin, 'stuck', 6, 2n);
    // As the text order sealed them: the two ids past the boundary first, then the two before it.
    const textOrder = [positions[2]!, positions[3]!, positions[0]!, positions[1]!];
    await sealedByHand(database.admin, before, textOrder);
    await expect(store.log.seal()).resolves.toMatchObject({ added: 2, size: before + 6 });
    const leaves = await store.log.leaves(before, 10);
    expect(leaves.map((leaf) => leaf.globalPosition)).toEqual([...textOrder, positions[4], positions[5]]);
    expect(await store.log.unsealed()).toBe(0);
  });

  it('seals, at the first round of a process, what an older version left behind the last leaf', async () => {
    const { store, database } = postgres;
    const before = (await store.log.leaves(0, 1_000)).length;
    const positions = await straddling(store, database.admin, 'behind', 5, 2n);
    // A round of two that took the text order: the ids past the boundary, never those before it.
    await sealedByHand(database.admin, before, [positions[2]!, positions[3]!]);
    expect(await store.log.unsealed()).toBe(3);
    // This process looked from the start already (the tests above): a new one does so once.
    const restarted = await PostgresEventStore.open({ connectionString: database.url });
    try {
      await expect(restarted.log.seal(2)).resolves.toMatchObject({ added: 2, size: before + 4 });
      await expect(restarted.log.seal(2)).resolves.toMatchObject({ added: 1, size: before + 5 });
      await expect(restarted.log.seal(2)).resolves.toMatchObject({ added: 0 });
    } finally {
      await restarted.close();
    }
    const leaves = await store.log.leaves(before, 10);
    expect(leaves.map((leaf) => leaf.globalPosition)).toEqual([positions[2], positions[3], positions[0], positions[1], positions[4]]);
    expect(await store.log.unsealed()).toBe(0);
  });

  // Last in the file: it leaves the log ahead of the cluster.
  it('refuses appends when the log holds an id past the cluster\'s next one, whatever its digits', async () => {
    const { store, database } = postgres;
    const first = await store.append('restored-1', [{ type: 'Ordered', data: {} }]);
    const second = await store.append('restored-2', [{ type: 'Ordered', data: {} }]);
    const next = BigInt((await database.admin.query<{ next: string }>('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS next')).rows[0]!.next);
    // As after a restore into a cluster whose counter is behind: one id ahead, with more digits
    // than an old one, so that as text the old one ('9') would count as the newest.
    await database.admin.query("UPDATE certflow.events SET transaction_id = '9' WHERE global_position = $1", [first.lastPosition]);
    await database.admin.query('UPDATE certflow.events SET transaction_id = $1::xid8 WHERE global_position = $2', [String(next * 10n), second.lastPosition]);
    const restored = await PostgresEventStore.open({ connectionString: database.url });
    try {
      await expect(restored.append('after-restore', [{ type: 'Ordered', data: {} }])).rejects.toMatchObject({ code: 'event-store.transaction-ids-behind', newest: String(next * 10n) });
    } finally {
      await restored.close();
    }
  });
});

/**
 * `count` events appended one by one, then given ids in the same order from `below` under a
 * power of ten that every running transaction has passed; returns their positions.
 */
async function straddling(store: PostgresEventStore, admin: pg.Pool, name: string, count: number, below: bigint): Promise<number[]> {
  const positions: number[] = [];
  for (let n = 0; n < count; n += 1) positions.push((await store.append(`${name}-${n}`, [{ type: 'Ordered', data: { n } }])).lastPosition);
  const boundary = await powerOfTenBehind(admin);
  for (const [index, position] of positions.entries()) {
    await admin.query('UPDATE certflow.events SET transaction_id = $1::xid8 WHERE global_position = $2', [String(boundary - below + BigInt(index)), position]);
  }
  return positions;
}

/** Leaves written as an older version would have, in the order given, from leaf `from`. */
async function sealedByHand(admin: pg.Pool, from: number, positions: readonly number[]): Promise<void> {
  await admin.query(
    `INSERT INTO certflow.log_leaves (leaf_index, transaction_id, global_position, stream_id, stream_version, leaf_hash)
     SELECT $1::bigint + o.i - 1, e.transaction_id, e.global_position, e.stream_id, e.stream_version, 'not checked here'
       FROM unnest($2::bigint[]) WITH ORDINALITY AS o(p, i) JOIN certflow.events e ON e.global_position = o.p`,
    [from, positions],
  );
}

/** The largest power of ten that every transaction still running has passed, by more than 10. */
async function powerOfTenBehind(admin: pg.Pool): Promise<bigint> {
  const oldest = async () => BigInt((await admin.query<{ xmin: string }>('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin')).rows[0]!.xmin);
  let boundary = 10n;
  while (boundary * 10n + 10n < (await oldest())) boundary *= 10n;
  return boundary;
}
