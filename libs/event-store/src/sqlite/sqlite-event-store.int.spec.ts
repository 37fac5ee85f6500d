import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { eventStoreContract } from '../contract/event-store.contract.js';
import { SqliteEventStore } from './sqlite-event-store.js';

// Both writers (CERTFLOW_SQLITE_WRITER) keep the whole contract, a kill in the middle of appends included.
for (const writer of ['inline', 'thread'] as const) {
eventStoreContract(writer === 'inline' ? 'sqlite' : 'sqlite (writer thread)', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'certflow-sqlite-'));
  const filename = join(folder, 'events.sqlite');
  return {
    async open(options) {
      return new SqliteEventStore({ filename, writer, ...options });
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
    childArguments: () => [writer === 'inline' ? 'sqlite' : 'sqlite-thread', filename],
    async dispose() {
      rmSync(folder, { recursive: true, force: true });
    },
  };
});
}

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

describe('sqlite writer thread', () => {
  it('writes the same rows, chain links and refusals on its own thread as inline', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'certflow-sqlite-'));
    const clock = () => new Date('2027-03-01T00:00:00.000Z');
    const run = async (writer: 'thread' | 'inline') => {
      const store = new SqliteEventStore({ filename: join(folder, `${writer}.sqlite`), clock, writer, chainAlgorithm: 'sm3' });
      try {
        const ids = ['0190a000-0000-7000-8000-000000000001', '0190a000-0000-7000-8000-000000000002', '0190a000-0000-7000-8000-000000000003'];
        const outcomes = await Promise.allSettled([
          store.append('s', [{ type: 'A', eventId: ids[0], data: { 中: 1, b: [true, null] } }], { expectedVersion: 'no-stream', metadata: { commandId: 'c1' } }),
          store.append('s', [{ type: 'B', eventId: ids[1], data: {} }], { expectedVersion: 'no-stream' }),
          store.append('t', [{ type: 'C', eventId: ids[2], data: { x: 'y' } }], { metadata: { commandId: 'c1' } }),
          store.append('s', [{ type: 'A', eventId: ids[0], data: { 中: 1, b: [true, null] } }], { expectedVersion: 'no-stream', metadata: { commandId: 'c1' } }),
        ]);
        const described = outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as { code: string }).code));
        return { described, events: await store.readAll(), report: await store.verifyChains() };
      } finally {
        await store.close();
      }
    };
    try {
      const [thread, inline] = [await run('thread'), await run('inline')];
      expect(thread.described).toEqual([
        { streamId: 's', streamVersion: 1, firstPosition: 1, lastPosition: 1, duplicate: false },
        'event-store.wrong-expected-version',
        'event-store.command-id-reused',
        { streamId: 's', streamVersion: 1, firstPosition: 1, lastPosition: 1, duplicate: true },
      ]);
      expect(thread.events).toHaveLength(1);
      expect(thread.events[0]!.hash).toMatch(/^sm3:/);
      expect(thread).toEqual(inline);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("writes checkpoints, seals and tree heads on the thread: while another connection holds the write lock, the event loop runs on", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'certflow-sqlite-'));
    const filename = join(folder, 'events.sqlite');
    const store = new SqliteEventStore({ filename, writer: 'thread' });
    const blocker = new Database(filename);
    try {
      await store.append('s', [{ type: 'A', data: { n: 1 } }]);
      const head = { treeSize: 1, rootHash: 'ab'.repeat(32), timestamp: '2027-03-01T00:00:00.000Z', algorithm: 'Ed25519' as const, keyId: 'k', signature: 'c2ln' };
      blocker.exec('BEGIN IMMEDIATE');
      const settled: string[] = [];
      // Before the writes start: inline, the busy wait would be over before a later reading.
      const started = Date.now();
      const writes = [
        store.saveCheckpoint('projector', { position: 1 }).then(() => settled.push('checkpoint')),
        store.log.seal().then((sealed) => settled.push(`seal ${sealed.added}/${sealed.size}`)),
        store.log.saveHead(head).then(() => settled.push('head')),
      ];
      // Inline on this connection, each would hold the event loop in SQLite's busy wait (5 s) and then fail.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(Date.now() - started).toBeLessThan(1000);
      expect(settled).toEqual([]);
      blocker.exec('COMMIT');
      await Promise.all(writes);
      expect(settled).toEqual(['checkpoint', 'seal 1/1', 'head']);
      expect(await store.loadCheckpoint('projector')).toEqual({ position: 1 });
      expect(await store.log.size()).toBe(1);
      expect(await store.log.heads()).toEqual([head]);
    } finally {
      blocker.close();
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    }
    await expect(store.saveCheckpoint('projector', { position: 2 })).rejects.toMatchObject({ code: 'event-store.closed' });
  });

  it('a writer thread that died is replaced at the next append, which is written and chained as any other', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'certflow-sqlite-'));
    const store = new SqliteEventStore({ filename: join(folder, 'events.sqlite'), writer: 'thread' });
    try {
      await store.append('s', [{ type: 'A', data: { n: 1 } }]);
      const thread = (store as unknown as { thread: { worker: { terminate(): Promise<number> } } }).thread;
      await thread.worker.terminate();
      await expect(store.append('s', [{ type: 'A', data: { n: 2 } }])).resolves.toMatchObject({ streamVersion: 2 });
      expect((store as unknown as { thread: unknown }).thread).not.toBe(thread);
      expect((await store.readStream('s')).map((e) => e.data)).toEqual([{ n: 1 }, { n: 2 }]);
      expect(await store.verifyChains()).toMatchObject({ events: 2, breaks: [] });
    } finally {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
