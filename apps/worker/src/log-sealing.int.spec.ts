import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadOrCreateLogKey, SqliteEventStore, verifyLog } from '@certflow/event-store';
import { MemoryReadModelStore } from '@certflow/read-models';
import { startWorker } from './worker.js';

describe('the worker seals the log', () => {
  it('puts every appended event into the Merkle tree after it commits, and signs a head every N events', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'certflow-sealing-'));
    const store = new SqliteEventStore({ filename: join(folder, 'events.sqlite') });
    const signer = loadOrCreateLogKey(folder);
    const worker = startWorker({ eventStore: store, readModels: new MemoryReadModelStore(), projections: [], logSealing: { signer, policy: { everyEvents: 10, everyMs: 3_600_000 } } });
    try {
      await worker.ready;
      for (let i = 0; i < 25; i += 1) await store.append(`platform-p-${i % 3}`, [{ type: 'AnnualSummarySubmitted', data: { i } }]);
      const deadline = Date.now() + 20_000;
      while ((await store.log.size()) < 25 && Date.now() < deadline) await sleep(50);
      expect(await store.log.size()).toBe(25);
      const heads = await store.log.heads();
      // Heads come at least every 10 sealed events; how many depends on how the batches fell.
      expect(heads.length).toBeGreaterThanOrEqual(2);
      expect(heads.every((head, i) => i === 0 || head.treeSize - heads[i - 1]!.treeSize >= 10)).toBe(true);
      expect(await verifyLog(store.log, { publicKeyPem: signer.publicKeyPem })).toMatchObject({ size: 25, unsealed: 0, breaks: [] });
    } finally {
      await worker.stop();
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
