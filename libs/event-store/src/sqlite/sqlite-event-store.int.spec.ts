import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { eventStoreContract } from '../contract/event-store.contract.js';
import { SqliteEventStore } from './sqlite-event-store.js';

eventStoreContract('sqlite', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'certflow-sqlite-'));
  const filename = join(folder, 'events.sqlite');
  return {
    async open(options) {
      return new SqliteEventStore({ filename, ...options });
    },
    async corrupt(streamId, version) {
      const db = new Database(filename);
      const row = db.prepare('SELECT data FROM events WHERE stream_id = ? AND stream_version = ?').get(streamId, version) as {
        data: string;
      };
      const changed = row.data.replace(/\d(?=\D*$)/, (digit) => String((Number(digit) + 1) % 10));
      db.prepare('UPDATE events SET data = ? WHERE stream_id = ? AND stream_version = ?').run(changed, streamId, version);
      db.close();
    },
    childArguments: () => ['sqlite', filename],
    async dispose() {
      rmSync(folder, { recursive: true, force: true });
    },
  };
});

describe('sqlite group commit', () => {
  it('shares one transaction between concurrent appends, yet refuses each conflict alone', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'certflow-sqlite-'));
    const store = new SqliteEventStore({ filename: join(folder, 'events.sqlite') });
    try {
      const outcomes = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) => store.append('shared', [{ type: 'T', data: { i } }], { expectedVersion: 'no-stream' })),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(9);
      const others = await Promise.all(Array.from({ length: 10 }, (_, i) => store.append(`s-${i}`, [{ type: 'T', data: { i } }])));
      expect(others.map((r) => r.streamVersion)).toEqual(Array(10).fill(1));
      expect(await store.readStream('shared')).toHaveLength(1);
    } finally {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
