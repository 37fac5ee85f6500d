import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  copyStore,
  loadOrCreateLogKey,
  LogSealer,
  logPublicKey,
  PostgresEventStore,
  sqliteFile,
  SqliteEventStore,
  verifyLog,
  verifyStoreCopy,
  type RecordedEvent,
} from '@certflow/event-store';
import { createTestDatabase, type TestDatabase } from '@certflow/testing';
import { runDemo } from '../demo/run-demo.js';

// CI copies a cycle of this many platforms beside the demo; the 20,000 of issue 15 was run by hand (README).
const PLATFORMS = 1000;
const BATCH = 1000;
const main = join(dirname(fileURLToPath(import.meta.url)), '..', 'main.ts');

let dataDir: string;
let demoOnly: string;
let source: SqliteEventStore;
const databases: TestDatabase[] = [];

async function database(): Promise<TestDatabase> {
  const created = await createTestDatabase('certflow_copy');
  databases.push(created);
  return created;
}

/** A 2031 cycle: each platform applies, is recommended by its county and certified by the city. */
async function generateCycle(store: SqliteEventStore, sealer: LogSealer, platforms: number): Promise<void> {
  const counties = ['360702', '360703', '360704', '360722', '360723', '360724', '360725', '360726', '360728', '360729'];
  for (let from = 0; from < platforms; from += 500) {
    const appends: Promise<unknown>[] = [];
    for (let i = from; i < Math.min(platforms, from + 500); i += 1) {
      const id = `gen-${String(i).padStart(5, '0')}`;
      const county = counties[i % counties.length]!;
      const stream = `platform-${id}`;
      appends.push(
        (async () => {
          await store.append(stream, [{ type: 'ApplicationSubmitted', data: { year: 2031, name: `赣州第${i}号服务平台`, county, score: 60 + (i % 40) + 0.25, staff: 12, categories: ['技术创新', 'training'] } }], {
            expectedVersion: 'no-stream',
            metadata: { actorId: `applicant-${id}`, role: 'applicant', commandId: `submit-${id}`, occurredAt: '2031-03-02T02:00:00.000Z' },
          });
          await store.append(stream, [{ type: 'PlatformRecommended', data: { year: 2031, opinion: { text: '同意推荐', nested: { ratio: 0.1, big: 2 ** 53 - 1 } } } }], {
            expectedVersion: 1,
            metadata: { actorId: `county-${county}`, role: 'county', county, commandId: `recommend-${id}` },
          });
          await store.append(stream, [{ type: 'PlatformCertified', data: { year: 2031, certificateNo: `GZ-2031-${i}` } }, { type: 'CertificateIssued', data: { signature: 'x'.repeat(64) } }], {
            expectedVersion: 2,
            metadata: { actorId: 'city', role: 'city', commandId: `certify-${id}` },
          });
        })(),
      );
    }
    await Promise.all(appends);
    // Several signed heads along the way, as a worker signs them every thousand events.
    await sealer.seal({ forceHead: true });
  }
}

async function allEvents(store: { readAll(options: { after: number; limit: number }): Promise<RecordedEvent[]> }): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for (;;) {
    const page = await store.readAll({ after: events.at(-1)?.globalPosition ?? 0, limit: 5000 });
    events.push(...page);
    if (page.length < 5000) return events;
  }
}

/** What must come through a copy unchanged, in the form the hash covers (jsonb keeps its own key order). */
function comparable(event: RecordedEvent) {
  return { ...event, data: JSON.stringify(sortKeys(event.data)), metadata: JSON.stringify(sortKeys(event.metadata)) };
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sortKeys(v)]));
  return value;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'certflow-copy-'));
  await runDemo({ json: true, dataDir, log: () => undefined });
  demoOnly = mkdtempSync(join(tmpdir(), 'certflow-copy-cli-'));
  cpSync(dataDir, demoOnly, { recursive: true });
  source = new SqliteEventStore({ filename: sqliteFile(dataDir) });
  const sealer = new LogSealer(source.log, loadOrCreateLogKey(dataDir));
  await generateCycle(source, sealer, PLATFORMS);
  // Subscribers' checkpoints (a relay, the scheduler) keep their meaning in the copy.
  await source.saveCheckpoint('relay-certflow.platform-events', { position: 1234 });
  await source.saveCheckpoint('scheduler', { position: await source.headPosition() });
  // The last events are not sealed yet, as when a server stops between two sealing rounds.
  await source.append('platform-gen-late', [{ type: 'ApplicationSubmitted', data: { year: 2031 } }], { metadata: { commandId: 'late-submit' } });
}, 60_000);

afterAll(async () => {
  await source?.close();
  for (const each of databases) await each.drop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(demoOnly, { recursive: true, force: true });
});

describe('certflow store copy --to postgres (issue 15, item 5)', () => {
  it('copies the demo and a generated cycle event for event, resuming after an interruption, with the same chains and tree heads', async () => {
    const target = await PostgresEventStore.open({ connectionString: (await database()).url });
    try {
      const total = await source.eventCount();
      let batches = 0;
      await expect(
        copyStore(source, target, {
          sourceName: 'test',
          batchSize: BATCH,
          onProgress: (progress) => {
            if (!progress.finished && progress.events > 0 && ++batches === 2) throw new Error('interrupted');
          },
        }),
      ).rejects.toThrow('interrupted');
      expect(await target.headPosition()).toBe((await source.readAll({ limit: 2 * BATCH })).at(-1)!.globalPosition);

      const resumed = await copyStore(source, target, { sourceName: 'test', batchSize: BATCH });
      expect(resumed).toMatchObject({ events: total, resumedFrom: 2 * BATCH });

      const [here, there] = await Promise.all([allEvents(source), allEvents(target)]);
      expect(there).toHaveLength(total);
      expect(there.map(comparable)).toEqual(here.map(comparable));
      const sourceHeads = await source.log.heads();
      expect(sourceHeads.length).toBeGreaterThan(1);
      expect(await target.log.heads()).toEqual(sourceHeads);
      const publicKeyPem = logPublicKey(dataDir);
      const targetLog = await verifyLog(target.log, { publicKeyPem });
      expect(targetLog).toMatchObject({ size: await source.log.size(), unsealed: 1, headsChecked: sourceHeads.length, breaks: [] });
      expect(await target.verifyChains()).toEqual(await source.verifyChains());

      const report = await verifyStoreCopy(source, target, { publicKeyPem });
      expect(report).toMatchObject({ ok: true, events: total, heads: sourceHeads.length, checkpoints: 2, sourceBreaks: 0, problems: [] });
      expect(report.commands).toBeGreaterThan(3 * PLATFORMS);

      // The copy serves as the store: idempotency, chains and positions go on from the copied history.
      expect(await target.findCommand('certify-gen-00007')).toEqual(await source.findCommand('certify-gen-00007'));
      const again = await target.append('platform-gen-00007', [{ type: 'PlatformCertified', data: {} }], { expectedVersion: 4, metadata: { commandId: 'certify-gen-00007' } });
      expect(again.duplicate).toBe(true);
      const next = await target.append('platform-gen-00007', [{ type: 'AnnualSummarySubmitted', data: { year: 2032 } }], { expectedVersion: 4 });
      expect(next).toMatchObject({ streamVersion: 5, firstPosition: (await source.headPosition()) + 1 });
      const sealed = await new LogSealer(target.log, loadOrCreateLogKey(dataDir)).seal({ forceHead: true });
      expect(sealed.size).toBe(total + 1);
      expect((await verifyLog(target.log, { publicKeyPem })).breaks).toEqual([]);
      expect((await target.verifyChains()).breaks).toEqual([]);
      // A subscriber resumes exactly after its copied checkpoint.
      const delivered: RecordedEvent[] = [];
      const subscription = target.subscribe('relay-certflow.platform-events', (batch) => void delivered.push(...batch), { pollIntervalMs: 10 });
      await subscription.caughtUp();
      await subscription.stop();
      expect(delivered[0]!.globalPosition).toBe(here.find((e) => e.globalPosition > 1234)!.globalPosition);
      expect(delivered).toHaveLength(total + 1 - here.filter((e) => e.globalPosition <= 1234).length);
    } finally {
      await target.close();
    }
  }, 60_000);

  it('refuses a target that holds events of its own, a copy of another history, and a copy already in service', async () => {
    const busy = await PostgresEventStore.open({ connectionString: (await database()).url });
    const other = mkdtempSync(join(tmpdir(), 'certflow-copy-other-'));
    const otherSource = new SqliteEventStore({ filename: sqliteFile(other) });
    try {
      await busy.append('platform-p1', [{ type: 'ApplicationSubmitted', data: {} }]);
      await expect(copyStore(source, busy, { sourceName: 'test' })).rejects.toMatchObject({ code: 'event-store.copy-refused', message: expect.stringContaining('not a copy in progress') });

      const copied = await PostgresEventStore.open({ connectionString: (await database()).url });
      try {
        await otherSource.append('platform-other', [{ type: 'ApplicationSubmitted', data: {} }]);
        await copyStore(otherSource, copied, { sourceName: 'other' });
        await expect(copyStore(source, copied, { sourceName: 'test' })).rejects.toMatchObject({ code: 'event-store.copy-refused', message: expect.stringContaining('another history') });
        // Running it again on its own finished copy changes nothing; once the copy took appends of its own, never again.
        await expect(copyStore(otherSource, copied, { sourceName: 'other' })).resolves.toMatchObject({ events: 1, resumedFrom: 1 });
        await copied.append('platform-new', [{ type: 'ApplicationSubmitted', data: {} }]);
        await expect(copyStore(otherSource, copied, { sourceName: 'other' })).rejects.toMatchObject({ code: 'event-store.copy-refused', message: expect.stringContaining('in service') });
      } finally {
        await copied.close();
      }
    } finally {
      await Promise.all([busy.close(), otherSource.close()]);
      rmSync(other, { recursive: true, force: true });
    }
  }, 30_000);

  it('runs from the command line on a data folder, exits 0 with the verification line, and says how to switch', async () => {
    const target = await database();
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', main, 'store', 'copy', '--to', 'postgres', '--database-url', target.url],
        { env: { ...process.env, CERTFLOW_DATA_DIR: demoOnly }, timeout: 50_000 },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(run.stdout).toMatch(/^verified: \d+ events in 10 streams, \d+ command ids, \d+ log leaves, 1 signed tree heads, 0 checkpoints$/m);
    expect(run.stdout).toContain('CERTFLOW_EVENT_STORE=postgres');
    expect(run.code).toBe(0);
  }, 60_000);
});
