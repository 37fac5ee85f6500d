import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PostgresEventStore, SqliteEventStore } from '@certflow/event-store';
import { createLogger } from '@certflow/observability';
import { createTestDatabase, type TestDatabase } from '@certflow/testing';
import { warnOfRefusedAppends } from './refused-appends.js';

describe('the start-up warning of a PostgreSQL log restored into a cluster behind it', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  const captured = () => {
    const lines: { level: number; code?: string; newest?: string; msg: string }[] = [];
    const logger = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(JSON.parse(line)) } });
    return { lines, logger };
  };

  it('names the refusal and both ids once the log is ahead of the cluster, and says nothing before', async () => {
    const first = await PostgresEventStore.open({ connectionString: database.url });
    const quiet = captured();
    try {
      await first.append('restored', [{ type: 'Restored.Event', data: {} }]);
      warnOfRefusedAppends(first, quiet.logger);
    } finally {
      await first.close();
    }
    expect(quiet.lines).toEqual([]);

    // As a pg_restore into a new cluster leaves it: the log's ids ahead of the cluster's next one.
    const { rows } = await database.admin.query<{ next: string }>('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS next');
    const ahead = (BigInt(rows[0]!.next) + 1000n).toString();
    await database.admin.query('UPDATE certflow.events SET transaction_id = $1::xid8', [ahead]);
    const restored = await PostgresEventStore.open({ connectionString: database.url });
    const warned = captured();
    try {
      warnOfRefusedAppends(restored, warned.logger);
    } finally {
      await restored.close();
    }
    expect(warned.lines).toHaveLength(1);
    expect(warned.lines[0]).toMatchObject({ level: 40, code: 'event-store.transaction-ids-behind', newest: ahead });
    expect(warned.lines[0]!.msg).toMatch(/^this PostgreSQL cluster hands out transaction id \d+ next, while the log already holds \d+: new events would sort before the log, so appends are refused/);
    expect(warned.lines[0]!.msg).toContain(`holds ${ahead}`);
  });

  it('says nothing of a SQLite store', async () => {
    const sqlite = new SqliteEventStore({ filename: ':memory:' });
    const quiet = captured();
    try {
      warnOfRefusedAppends(sqlite, quiet.logger);
    } finally {
      await sqlite.close();
    }
    expect(quiet.lines).toEqual([]);
  });
});
