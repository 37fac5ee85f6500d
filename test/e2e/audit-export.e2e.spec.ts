import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type request from 'supertest';
import { parseCsv } from '@certflow/testing';
import { AUDIT_RECORD_READ } from '@certflow/application';
import { toIntegrationEvent } from '@certflow/messaging';
import { AUDIT_EXPORT_COLUMNS } from '@certflow/read-models';
import { SqliteEventStore, sqliteFile } from '@certflow/event-store';
import { rmSync } from 'node:fs';
import { runDemo } from '../../apps/cli/src/demo/run-demo.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The body as bytes: the byte order mark is part of what is tested. */
const binary = (response: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const stream = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
};

// Art. 3, 4: the city supervises; auditors read everything. An export of the trail, and the
// record of every read through the audit routes, after the demo played on a training server.
describe('audit export and the record of audit reads', () => {
  let t: TestApp;
  let auditor: string;
  let city: string;
  let lastPosition: number;

  beforeAll(async () => {
    t = await startTestApp('sqlite', undefined, { readModels: 'memory', scheduler: true });
    const url = await t.listen();
    lastPosition = (await runDemo({ url, dataDir: t.dataDir, json: true, log: () => undefined })).events;
    auditor = await t.token('auditor', { subject: 'auditor-chen' });
    city = await t.token('city', { subject: 'city-supervisor-liu' });
  }, 180_000);
  afterAll(async () => t?.close());

  const get = (path: string, token = auditor) => t.http.get(path).set('Authorization', `Bearer ${token}`);
  const exported = async (query: string, token = auditor) => {
    const response = await get(`/api/v1/audit/export?${query}&minPosition=${lastPosition}`, token).buffer(true).parse(binary).expect(200);
    return { response, text: (response.body as Buffer).toString('utf8'), bytes: response.body as Buffer };
  };
  const trailOf = async (query: string) => (await get(`/api/v1/audit/trail?${query}&pageSize=200&minPosition=${lastPosition}`).expect(200)).body;

  it("exports a platform's trail as CSV: BOM, header in column order, one row per trail entry, Chinese intact", async () => {
    const { response, text, bytes } = await exported('platformId=zg-hub-006&format=csv');
    expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers['content-disposition']).toBe('attachment; filename="certflow-audit-platform-zg-hub-006.csv"');
    expect(response.headers['cache-control']).toBe('no-store');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([...AUDIT_EXPORT_COLUMNS]);
    const trail = await trailOf('platformId=zg-hub-006');
    expect(rows.map((row) => row[1])).toEqual(trail.items.map((e: { eventId: string }) => e.eventId));
    const column = (name: (typeof AUDIT_EXPORT_COLUMNS)[number]) => AUDIT_EXPORT_COLUMNS.indexOf(name);
    // Art. 15: the revocation is the last entry; business time (simulated) and recorded time both there.
    const revoked = rows.at(-1)!;
    expect(revoked[column('type')]).toBe('PlatformRevoked');
    expect(revoked[column('occurredAt')]).not.toBe(revoked[column('recordedAt')]);
    expect(text).toContain('章贡区中小企业综合服务平台');
  });

  it("exports a county's and a cycle's trail as JSON Lines, each line one entry of the scope, in log order", async () => {
    const county = await exported('county=360702');
    expect(county.response.headers['content-type']).toMatch(/^application\/jsonl/);
    expect(county.response.headers['content-disposition']).toBe('attachment; filename="certflow-audit-county-360702.jsonl"');
    const lines = county.text.trimEnd().split('\n').map((line) => JSON.parse(line) as { county: string; position: number; eventId: string });
    expect(lines.length).toBe((await trailOf('county=360702')).total);
    expect(lines.every((line) => line.county === '360702')).toBe(true);
    expect(lines.map((line) => line.position)).toEqual([...lines.map((line) => line.position)].sort((a, b) => a - b));

    const cycle = await exported('cycle=2027&format=csv');
    expect(cycle.response.headers['content-disposition']).toBe('attachment; filename="certflow-audit-cycle-2027.csv"');
    const rows = parseCsv(cycle.text.slice(1)).slice(1);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((row) => row[AUDIT_EXPORT_COLUMNS.indexOf('cycleYear')] === '2027')).toBe(true);
    expect(rows.map((row) => row[AUDIT_EXPORT_COLUMNS.indexOf('type')])).toContain('CycleOpened');

    // Scopes narrow together; none is the whole trail.
    const both = await exported('county=360702&cycle=2029');
    expect(both.text.trimEnd().split('\n').every((line) => /"cycleYear":2029,"county":"360702"/.test(line))).toBe(true);
    const all = await exported('format=jsonl');
    expect(all.response.headers['content-disposition']).toBe('attachment; filename="certflow-audit-all.jsonl"');
    expect(all.text.trimEnd().split('\n')).toHaveLength((await trailOf('')).total);
  });

  it('refuses county bureaus, applicants and the anonymous, and bad parameters, as problem+json with catalogued codes', async () => {
    const county = await t.token('county', { county: '360702', subject: 'county-officer-zhou' });
    const applicant = await t.token('applicant', { platformId: 'gz-info-001' });
    const refusals = [
      [await get('/api/v1/audit/export?county=360702', county), 403, 'auth.role-not-allowed'],
      [await get('/api/v1/audit/export?platformId=gz-info-001', applicant), 403, 'auth.role-not-allowed'],
      [await t.http.get('/api/v1/audit/export?county=360702'), 401, 'auth.unauthenticated'],
      [await get('/api/v1/audit/export?format=xlsx'), 400, 'request.invalid'],
      [await get('/api/v1/audit/export?county=110101'), 400, 'request.invalid'],
      [await get('/api/v1/audit/export?cycle=12'), 400, 'request.invalid'],
      [await get('/api/v1/audit/export?platformId=Not_An_Id'), 400, 'request.invalid'],
      // Every audit route: only auditors and the city (issue 12 item 8); a county's work queue is GET /api/v1/applications.
      [await get('/api/v1/audit/trail', county), 403, 'auth.role-not-allowed'],
      [await get('/api/v1/audit/trail?county=360702', county), 403, 'auth.role-not-allowed'],
      [await get('/api/v1/audit/decisions/01900000-0000-7000-8000-000000000000', county), 403, 'auth.role-not-allowed'],
      [await get('/api/v1/audit/streams/platform-zg-hub-006', county), 403, 'auth.role-not-allowed'],
      [await get('/api/v1/audit/reads', county), 403, 'auth.role-not-allowed'],
      [await get('/api/v1/audit/reads', applicant), 403, 'auth.role-not-allowed'],
      [await t.http.get('/api/v1/audit/reads'), 401, 'auth.unauthenticated'],
      [await get('/api/v1/audit/decisions/01900000-0000-7000-8000-000000000000', applicant), 403, 'auth.role-not-allowed'],
      [await t.http.get('/api/v1/audit/trail'), 401, 'auth.unauthenticated'],
    ] as const;
    for (const [response, status, code] of refusals) {
      expect([response.status, response.body.code]).toEqual([status, code]);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    // A refused caller leaves no record of a read.
    const reads = (await get('/api/v1/audit/reads', city).expect(200)).body;
    expect(reads.items.filter((r: { role: string; subject: string }) => r.role === 'applicant' || r.subject === 'county-officer-zhou')).toEqual([]);
  });

  it('records every read through the audit routes, naming the reader, the route and its parameters; the city lists them', async () => {
    const reader = await t.token('auditor', { subject: 'auditor-record-test' });
    await exported('county=360703&format=csv', reader);
    await get('/api/v1/audit/streams/platform-nk-tech-002?version=2', reader).expect(200);
    await get('/api/v1/audit/streams/platform-nobody-here', reader).expect(404);
    const trail = (await get('/api/v1/audit/trail?platformId=nk-tech-002&type=PlatformCertified', reader).expect(200)).body;
    await get(`/api/v1/audit/decisions/${trail.items[0].eventId}`, reader).expect(200);

    const { body } = await get('/api/v1/audit/reads?subject=auditor-record-test', city).expect(200);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(body).toMatchObject({ from: today, to: today });
    expect(body.items.map((r: { route: string; parameters: Record<string, string>; outcome: string }) => [r.route, r.parameters, r.outcome])).toEqual([
      ['GET /api/v1/audit/export', { county: '360703', format: 'csv', minPosition: String(lastPosition) }, 'answered'],
      ['GET /api/v1/audit/streams/:streamId', { streamId: 'platform-nk-tech-002', version: '2' }, 'answered'],
      ['GET /api/v1/audit/streams/:streamId', { streamId: 'platform-nobody-here' }, 'resource.not-found'],
      ['GET /api/v1/audit/trail', { platformId: 'nk-tech-002', type: 'PlatformCertified' }, 'answered'],
      ['GET /api/v1/audit/decisions/:eventId', { eventId: trail.items[0].eventId }, 'answered'],
    ]);
    for (const read of body.items) {
      expect(read).toMatchObject({ subject: 'auditor-record-test', role: 'auditor' });
      // Real time, not the training server's business time (2029 after the demo).
      expect(read.readAt.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
      expect(Date.parse(read.recordedAt)).toBeGreaterThanOrEqual(Date.parse(read.readAt));
    }
    // The recorder's counts on /metrics: what is in the log, what waits, what was lost.
    const metrics = (await t.http.get('/metrics').expect(200)).text;
    const value = (name: string) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(metrics)?.[1]);
    const inLog = (await t.store.readStream(`audit-reads-${today}`)).length;
    expect(value('certflow_audit_reads_recorded_total')).toBeGreaterThanOrEqual(body.items.length);
    expect(value('certflow_audit_reads_recorded_total')).toBeLessThanOrEqual(inLog);
    expect(value('certflow_audit_reads_buffered')).toBeGreaterThanOrEqual(0);
    expect(value('certflow_audit_reads_dropped_total')).toBe(0);

    // The list is an audit route too: reading it is recorded, under the city's name.
    const second = (await get('/api/v1/audit/reads?subject=city-supervisor-liu&role=city', city).expect(200)).body;
    expect(second.items).toContainEqual(expect.objectContaining({ route: 'GET /api/v1/audit/reads', parameters: { subject: 'auditor-record-test' }, role: 'city', outcome: 'answered' }));
    await get('/api/v1/audit/reads?from=2026-12-01&to=2026-11-30', city).expect(400);
    await get('/api/v1/audit/reads?from=2026-01-01&to=2026-03-01', city).expect(400);
  });

  it('keeps the reads in the hash-chained log, one stream a day, out of the trail and of the public events', async () => {
    await get('/api/v1/audit/reads', city).expect(200);
    const log = await t.store.readAll({ limit: 10_000, types: [AUDIT_RECORD_READ] });
    expect(log.length).toBeGreaterThan(5);
    expect(new Set(log.map((e) => e.streamId)).size).toBe(1);
    expect(log[0]!.streamId).toMatch(/^audit-reads-\d{4}-\d{2}-\d{2}$/);
    expect(log[0]!.metadata).toMatchObject({ actorId: 'auditor-chen', role: 'auditor' });
    const chains = await t.store.verifyChains({ streamId: log[0]!.streamId });
    expect(chains.breaks).toEqual([]);
    // Not decisions: the trail does not list them, and nothing of them goes to Kafka.
    expect((await trailOf(`type=${AUDIT_RECORD_READ}`)).total).toBe(0);
    expect(log.map((event) => toIntegrationEvent(event, undefined))).toEqual(log.map(() => undefined));
  });
});

describe('audit reads still buffered when the server shuts down', () => {
  it('are appended before the store closes', async () => {
    const t = await startTestApp('sqlite');
    const auditor = await t.token('auditor', { subject: 'auditor-at-closing' });
    await t.http.get('/api/v1/audit/streams/cycle-2031').set('Authorization', `Bearer ${auditor}`).expect(404);
    // The default flush is a second away: only the shutdown hook can have written it.
    await t.app.close();
    const reopened = new SqliteEventStore({ filename: sqliteFile(t.dataDir) });
    try {
      const reads = await reopened.readAll({ types: [AUDIT_RECORD_READ] });
      expect(reads.map((e) => [e.metadata.actorId, (e.data as { parameters: unknown }).parameters])).toEqual([['auditor-at-closing', { streamId: 'cycle-2031' }]]);
    } finally {
      await reopened.close();
      rmSync(t.dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
