import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { loadOrCreateLogKey, LogSealer, verifyConsistency, verifyInclusion, verifyTreeHead } from '@certflow/event-store';
import { runDemo } from '../../apps/cli/src/demo/run-demo.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// An auditor over HTTP, after the demo played against a training server (simulated clock):
// replay by recorded time or version, explain a certification, and the trail on recorded time.
describe('audit routes after the demo', () => {
  let t: TestApp;
  let auditor: string;
  let lastPosition: number;

  beforeAll(async () => {
    t = await startTestApp('sqlite', undefined, { readModels: 'memory', scheduler: true });
    const url = await t.listen();
    lastPosition = (await runDemo({ url, dataDir: t.dataDir, json: true, log: () => undefined })).events;
    // The scheduler answers the demo's last events in the background (rechecks opened,
    // reminders); the tests read the log whole, so it must be still first. A CI run on Node 26
    // sealed 98 events and then read 117.
    for (let head = -1; head !== (await t.store.headPosition()); ) {
      head = await t.store.headPosition();
      await t.scheduler!.settled();
    }
    auditor = await t.token('auditor');
  }, 180_000);
  afterAll(async () => t?.close());

  const get = (path: string, token = auditor) => t.http.get(path).set('Authorization', `Bearer ${token}`);

  it('replays a platform as of a recorded instant: exactly at an event, one millisecond before, in Shanghai time', async () => {
    const now = (await get('/api/v1/audit/streams/platform-zg-hub-006').expect(200)).body;
    expect(now).toMatchObject({ streamId: 'platform-zg-hub-006', kind: 'platform', streamVersion: 11, currentVersion: 11, state: { status: 'revoked' } });
    const certified = now.events.find((e: { type: string }) => e.type === 'PlatformCertified');
    expect(certified.businessTimeSimulated).toBe(true);
    expect(certified.occurredAt).not.toBe(certified.recordedAt);
    const at = (await get(`/api/v1/audit/streams/platform-zg-hub-006?asOf=${encodeURIComponent(certified.recordedAt)}`).expect(200)).body;
    expect(at).toMatchObject({ streamVersion: certified.streamVersion, state: { status: 'certified' }, asOf: certified.recordedAt });
    const shanghai = new Date(Date.parse(certified.recordedAt) + 8 * 3_600_000 - 1).toISOString().replace('Z', '+08:00');
    const before = (await get(`/api/v1/audit/streams/platform-zg-hub-006?asOf=${encodeURIComponent(shanghai)}`).expect(200)).body;
    expect(before).toMatchObject({ streamVersion: certified.streamVersion - 1, state: { status: 'recommended' } });
    expect((await get('/api/v1/audit/streams/platform-zg-hub-006?version=9').expect(200)).body.state.status).toBe('recheck-failed');
    // The training server's clock moves are a stream of their own.
    expect((await get('/api/v1/audit/streams/simulation-clock').expect(200)).body).toMatchObject({ kind: 'clock', state: { simulated: true } });
  });

  it('refuses bad replay requests and roles other than auditor and city', async () => {
    await get('/api/v1/audit/streams/platform-zg-hub-006?asOf=2028-03-01').expect(400);
    await get('/api/v1/audit/streams/platform-zg-hub-006?asOf=2028-03-01T00:00:00%2B08:00&version=2').expect(400);
    await get('/api/v1/audit/streams/platform-zg-hub-006?version=0').expect(400);
    await get('/api/v1/audit/streams/events').expect(400);
    await get('/api/v1/audit/streams/platform-nobody-here').expect(404);
    await get('/api/v1/audit/streams/platform-zg-hub-006', await t.token('county', { county: '360702' })).expect(403);
    await get('/api/v1/audit/streams/platform-zg-hub-006', await t.token('city')).expect(200);
  });

  it('explains a certification criterion by criterion and says it re-decides the same', async () => {
    const trail = (await get(`/api/v1/audit/trail?platformId=gz-info-001&type=PlatformCertified&minPosition=${lastPosition}`).expect(200)).body;
    const { eventId } = trail.items[0];
    const { body } = await get(`/api/v1/audit/decisions/${eventId}`).expect(200);
    expect(body).toMatchObject({
      what: { article: '11' },
      actor: { role: 'city' },
      ruleset: { id: 'ganzhou-2013', version: 1, available: true },
      reproduction: { outcome: 'reproduced' },
    });
    expect(body.criteria.length).toBeGreaterThan(10);
    await get(`/api/v1/audit/decisions/${trail.items[0].eventId.slice(0, -1)}`).expect(400);
    await get('/api/v1/audit/decisions/01900000-0000-7000-8000-000000000000').expect(404);
  });

  it('filters the trail on recorded time apart from business time, and lists the clock moves', async () => {
    // Business time runs in 2027-2029 on the simulated clock; everything was recorded today.
    const today = new Date().toISOString().slice(0, 10);
    const recorded = (await get(`/api/v1/audit/trail?recordedFrom=${today}T00:00:00Z&pageSize=200&minPosition=${lastPosition}`).expect(200)).body;
    // Every event recorded today is listed, except the scheduler's reminders: facts told, not decisions.
    // The auditor's own reads above are in the log too (AuditRecordRead), but are no decision.
    const log = (await t.store.readAll({ limit: 10_000 })).filter((event) => event.type !== 'AuditRecordRead' || event.globalPosition <= lastPosition);
    const reminders = log.filter((event) => event.type === 'DeadlineReminderSent').length;
    expect(log).toHaveLength(lastPosition);
    expect(recorded.total).toBe(lastPosition - reminders);
    const business = (await get(`/api/v1/audit/trail?from=${today}T00:00:00Z&to=${today}T23:59:59.999Z&pageSize=200`).expect(200)).body;
    expect(business.total).toBe(0);
    const moves = (await get('/api/v1/audit/trail?type=BusinessClockMoved&pageSize=200').expect(200)).body;
    expect(moves.total).toBeGreaterThan(0);
    expect(moves.items[0]).toMatchObject({ streamId: 'simulation-clock', role: 'city', inputs: { from: expect.any(String), to: expect.any(String) } });
    await get('/api/v1/audit/trail?recordedTo=yesterday').expect(400);
  });

  it('publishes signed tree heads and RFC 9162 proofs without a token; the root matches an independent computation', async () => {
    await t.http.get('/api/v1/log/head').expect(404);
    const signer = loadOrCreateLogKey(t.dataDir);
    const sealer = new LogSealer(t.store.log, signer);
    const { head: first } = await sealer.seal({ forceHead: true });
    const head = (await t.http.get('/api/v1/log/head').expect(200)).body;
    expect(head).toEqual({ ...first });
    expect(verifyTreeHead(head, signer.publicKeyPem)).toBe(true);

    // Independently: leaves from the events as RFC 9162 hashes them, the root by its recursive definition.
    const events = await t.store.readAll({ limit: 10_000 });
    const sha = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
    const leaves = events.map((e) => sha(Buffer.from([0]), Buffer.from(`certflow-event:v1\n${e.streamId}\n${e.streamVersion}\n${e.hash}`)));
    const mth = (d: Buffer[]): Buffer => {
      if (d.length === 1) return d[0]!;
      const k = 2 ** Math.ceil(Math.log2(d.length) - 1);
      return sha(Buffer.from([1]), mth(d.slice(0, k)), mth(d.slice(k)));
    };
    expect(head.treeSize).toBe(events.length);
    expect(head.rootHash).toBe(mth(leaves).toString('hex'));

    const certified = events.find((e) => e.type === 'PlatformCertified')!;
    const inclusion = (await t.http.get(`/api/v1/log/proofs/inclusion?event=${certified.eventId}`).expect(200)).body;
    expect(inclusion).toMatchObject({ eventId: certified.eventId, treeSize: head.treeSize, rootHash: head.rootHash, leafHash: leaves[inclusion.leafIndex]!.toString('hex') });
    expect(verifyInclusion(inclusion.leafHash, inclusion.leafIndex, inclusion.treeSize, inclusion.auditPath, head.rootHash)).toBe(true);

    const consistency = (await t.http.get(`/api/v1/log/proofs/consistency?from=20&to=${head.treeSize}`).expect(200)).body;
    expect(consistency.fromRoot).toBe(mth(leaves.slice(0, 20)).toString('hex'));
    expect(verifyConsistency(20, head.treeSize, consistency.fromRoot, head.rootHash, consistency.proof)).toBe(true);
    await t.http.get(`/api/v1/log/proofs/consistency?from=20&to=${head.treeSize + 1}`).expect(400);
    await t.http.get('/api/v1/log/proofs/consistency?from=30&to=20').expect(400);
    await t.http.get('/api/v1/log/proofs/inclusion?event=not-an-id').expect(400);
    await t.http.get('/api/v1/log/proofs/inclusion?event=01900000-0000-7000-8000-000000000000').expect(404);
  });
});
