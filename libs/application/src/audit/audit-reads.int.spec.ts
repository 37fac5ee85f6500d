import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Metrics } from '@certflow/observability';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, type AppendOptions, type NewEvent } from '@certflow/event-store';
import { AUDIT_RECORD_READ, AuditReadRecorder, auditReadStreamId, listAuditReads, type AuditRead } from './audit-reads.js';

let folder: string;
let store: SqliteEventStore;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'certflow-audit-reads-'));
  store = new SqliteEventStore({ filename: join(folder, 'events.sqlite') });
});
afterEach(async () => {
  await store.close();
  rmSync(folder, { recursive: true, force: true });
});

const read = (n: number, readAt = '2026-12-01T02:00:00.000Z'): AuditRead => ({
  subject: `auditor-${n % 2}`,
  role: 'auditor',
  route: 'GET /api/v1/audit/trail',
  parameters: { platformId: `gz-${n}` },
  outcome: 'answered',
  readAt,
});

/** The store, counting appends: the recorder's whole point is few of them. */
function counting(target: SqliteEventStore) {
  const appends: string[] = [];
  return {
    appends,
    append: (streamId: string, events: readonly NewEvent[], options?: AppendOptions) => {
      appends.push(streamId);
      return target.append(streamId, events, options);
    },
  };
}

describe('recording audit reads (Arts. 3, 4: who looked at what, when)', () => {
  it('names a stream by the Asia/Shanghai day: 15:59:59.999Z is still the day, 16:00Z the next', () => {
    expect(auditReadStreamId('2026-12-01T15:59:59.999Z')).toBe('audit-reads-2026-12-01');
    expect(auditReadStreamId('2026-12-01T16:00:00.000Z')).toBe('audit-reads-2026-12-02');
    expect(auditReadStreamId('2026-12-02T00:00:00.000+08:00')).toBe('audit-reads-2026-12-02');
  });

  it('does no I/O on record, then appends a buffer in one append per day stream', async () => {
    const counted = counting(store);
    const recorder = new AuditReadRecorder(counted, { flushMs: 60_000 });
    for (let n = 0; n < 300; n += 1) recorder.record(read(n));
    recorder.record(read(300, '2026-12-01T16:30:00.000Z'));
    expect(counted.appends).toEqual([]);
    expect(recorder.buffered).toBe(301);
    await recorder.flush();
    expect(counted.appends).toEqual(['audit-reads-2026-12-01', 'audit-reads-2026-12-02']);
    const day = await store.readStream('audit-reads-2026-12-01');
    expect(day).toHaveLength(300);
    expect(day[0]).toMatchObject({ type: AUDIT_RECORD_READ, data: read(0), metadata: { actorId: 'auditor-0', role: 'auditor', occurredAt: read(0).readAt } });
    expect((await store.verifyChains()).breaks).toEqual([]);
  });

  it('flushes on its own after flushMs, and at once when a batch is full', async () => {
    const counted = counting(store);
    const recorder = new AuditReadRecorder(counted, { flushMs: 30, batchSize: 10 });
    recorder.record(read(1));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(counted.appends).toHaveLength(1);
    for (let n = 0; n < 10; n += 1) recorder.record(read(n));
    await recorder.flush();
    expect(counted.appends).toHaveLength(2);
    expect(await store.readStream('audit-reads-2026-12-01')).toHaveLength(11);
  });

  it('keeps the reads of a failed append for the next flush, and drops the oldest past its bound, saying so', async () => {
    let fail = true;
    const errors: string[] = [];
    const flaky = {
      append: (streamId: string, events: readonly NewEvent[], options?: AppendOptions) =>
        fail ? Promise.reject(new Error('database is locked')) : store.append(streamId, events, options),
    };
    const recorder = new AuditReadRecorder(flaky, { flushMs: 60_000, maxBuffered: 3, onError: (error) => errors.push((error as Error).message) });
    for (let n = 0; n < 5; n += 1) recorder.record(read(n));
    await recorder.flush();
    expect(recorder.buffered).toBe(3);
    expect(errors).toEqual(['database is locked', 'the audit-read buffer is full: 2 read records dropped']);
    // The same counts on /metrics (libs/observability), read when scraped.
    const metrics = new Metrics({ defaultMetrics: false });
    metrics.watchAuditReads(() => recorder.stats());
    const scrape = async () => {
      const text = await metrics.registry.metrics();
      const value = (name: string) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1]);
      return { recorded: value('certflow_audit_reads_recorded_total'), buffered: value('certflow_audit_reads_buffered'), dropped: value('certflow_audit_reads_dropped_total') };
    };
    expect(await scrape()).toEqual({ recorded: 0, buffered: 3, dropped: 2 });
    fail = false;
    await recorder.flush();
    expect(await scrape()).toEqual({ recorded: 3, buffered: 0, dropped: 2 });
    expect(recorder.stats()).toMatchObject({ recorded: 5, appended: 3, dropped: 2, buffered: 0 });
    expect((await store.readStream('audit-reads-2026-12-01')).map((e) => (e.data as AuditRead).parameters.platformId)).toEqual(['gz-2', 'gz-3', 'gz-4']);
  });

  it('lists the reads of some days, by subject and role', async () => {
    const recorder = new AuditReadRecorder(store);
    recorder.record(read(1, '2026-11-30T03:00:00.000Z'));
    recorder.record(read(2));
    recorder.record(read(3));
    recorder.record({ ...read(4), subject: 'city-liu', role: 'city' });
    await recorder.flush();
    const subjects = async (query: Parameters<typeof listAuditReads>[1]) => (await listAuditReads(store, query)).map((e) => e.data.parameters.platformId);
    expect(await subjects({ fromDay: '2026-11-30', toDay: '2026-12-01' })).toEqual(['gz-1', 'gz-2', 'gz-3', 'gz-4']);
    expect(await subjects({ fromDay: '2026-12-01', toDay: '2026-12-01', subject: 'auditor-1' })).toEqual(['gz-3']);
    expect(await subjects({ fromDay: '2026-11-30', toDay: '2026-12-01', role: 'city' })).toEqual(['gz-4']);
    expect(await subjects({ fromDay: '2026-12-02', toDay: '2026-12-05' })).toEqual([]);
  });
});
