import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DemoError, runDemo } from '../../apps/cli/src/demo/run-demo.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// After the demo lands over HTTP, its platforms, histories and decisions are visible through
// the three read routes: on the embedded memory store and on a real MongoDB-compatible server.
describe.each(['memory', 'mongodb'] as const)('read models on %s after the demo', (readModels) => {
  let t: TestApp;
  let lastPosition: number;
  let url: string;

  beforeAll(async () => {
    t = await startTestApp('sqlite', undefined, { readModels, scheduler: true });
    url = await t.listen();
    const result = await runDemo({ url, dataDir: t.dataDir, json: true, log: () => undefined });
    lastPosition = result.events;
  }, 180_000);
  afterAll(async () => t?.close());

  it('the public registry lists the certified and the revoked, without a token (Art. 13)', async () => {
    const { body } = await t.http.get(`/api/v1/registry?minPosition=${lastPosition}&pageSize=50`).expect(200);
    expect(body.total).toBe(5);
    const byId = Object.fromEntries(body.items.map((e: { platformId: string; status: string }) => [e.platformId, e]));
    expect(Object.keys(byId).sort()).toEqual(['gz-info-001', 'ln-tech-007', 'nk-tech-002', 'rj-startup-003', 'zg-hub-006']);
    expect(byId['zg-hub-006']).toMatchObject({ status: 'revoked', revokedOn: '2029-07-12', certifiedIn: 2027 });
    expect(byId['gz-info-001']).toMatchObject({ status: 'certified', county: '360702', countyName: '章贡区', certifiedIn: 2027 });
  });

  it('searches by Chinese text, county, category, status and year, with pagination edges', async () => {
    const search = async (query: string) => (await t.http.get(`/api/v1/registry?${query}`).expect(200)).body;
    expect((await search(`text=${encodeURIComponent('技术服务')}`)).items.map((e: { platformId: string }) => e.platformId).sort()).toEqual([
      'ln-tech-007',
      'nk-tech-002',
    ]);
    expect((await search('county=360702')).total).toBe(2);
    expect((await search('category=entrepreneurship')).items.map((e: { platformId: string }) => e.platformId)).toEqual(['rj-startup-003']);
    expect((await search('status=revoked')).total).toBe(1);
    expect((await search('year=2027')).total).toBe(5);
    expect((await search('year=2028')).total).toBe(0);
    const first = await search('pageSize=2&page=1');
    const third = await search('pageSize=2&page=3');
    const past = await search('pageSize=2&page=4');
    expect([first.items.length, third.items.length, past.items.length]).toEqual([2, 1, 0]);
    expect(past.total).toBe(5);
  });

  it('refuses an unknown filter value or parameter with a clear 400', async () => {
    const bad = await t.http.get('/api/v1/registry?status=suspended').set('Accept-Language', 'en').expect(400);
    expect(bad.body).toMatchObject({ code: 'request.invalid' });
    expect(bad.body.errors[0].field).toBe('status');
    await t.http.get('/api/v1/registry?county=999999').expect(400);
    await t.http.get('/api/v1/registry?colour=red').expect(400);
    await t.http.get('/api/v1/registry?pageSize=0').expect(400);
  });

  it('keeps each platform review history (Arts. 9-15)', async () => {
    const city = await t.token('city');
    const { body } = await t.http.get('/api/v1/platforms/rj-startup-003/review-history').set('Authorization', `Bearer ${city}`).expect(200);
    expect(body.applications).toHaveLength(1);
    expect(body.applications[0].returns).toHaveLength(1);
    expect(body.applications[0]).toMatchObject({ cycleYear: 2027, county: { decision: 'recommended' }, city: { decision: 'certified' } });
    expect(body.summaries.map((s: { year: number }) => s.year)).toEqual([2027, 2028]);
    expect(body.rechecks).toEqual([expect.objectContaining({ cycleYear: 2029, cityResult: expect.objectContaining({ result: 'confirmed' }) })]);
    const otherCounty = await t.token('county', { county: '360703' });
    // Another county learns nothing, not even that the platform exists.
    const hidden = await t.http.get('/api/v1/platforms/rj-startup-003/review-history').set('Authorization', `Bearer ${otherCounty}`).expect(404);
    const missing = await t.http.get('/api/v1/platforms/rj-nowhere-999/review-history').set('Authorization', `Bearer ${otherCounty}`).expect(404);
    expect(hidden.body.code).toBe(missing.body.code);
  });

  it('gives auditors every decision with actor, rules and reasons; not to applicants', async () => {
    const auditor = await t.token('auditor');
    const { body } = await t.http
      .get('/api/v1/audit/trail?platformId=gx-finance-005&type=ApplicationRejected')
      .set('Authorization', `Bearer ${auditor}`)
      .expect(200);
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      role: 'city',
      county: '360704',
      command: 'RejectApplication',
      rulesetId: 'ganzhou-2013',
      rulesetVersion: 1,
      occurredAt: '2027-06-16T01:30:00.000Z',
    });
    const inCounty = await t.http.get('/api/v1/audit/trail?county=360702&pageSize=200').set('Authorization', `Bearer ${auditor}`).expect(200);
    expect(inCounty.body.items.every((e: { county?: string }) => e.county === '360702')).toBe(true);
    const window = await t.http
      .get(`/api/v1/audit/trail?from=${encodeURIComponent('2029-01-01T00:00:00+08:00')}&to=${encodeURIComponent('2029-12-31T23:59:59+08:00')}&pageSize=200`)
      .set('Authorization', `Bearer ${auditor}`)
      .expect(200);
    expect(window.body.items.every((e: { occurredAt: string }) => e.occurredAt >= '2028-12-31T16:00:00.000Z')).toBe(true);
    expect(window.body.total).toBeGreaterThan(10);
    const applicant = await t.token('applicant', { platformId: 'gz-info-001' });
    await t.http.get('/api/v1/audit/trail').set('Authorization', `Bearer ${applicant}`).expect(403);
  });

  it("gives a county bureau its work queue from GET /api/v1/applications, its own county's platforms only whatever it asks (Art. 8), and refuses it the audit trail", async () => {
    const county = await t.token('county', { county: '360702' });
    const city = await t.token('city');
    const get = (path: string, token: string) => t.http.get(path).set('Authorization', `Bearer ${token}`);
    const own = (await get('/api/v1/applications?cycle=2027', county).expect(200)).body;
    const asked = (await get('/api/v1/applications?cycle=2027&county=360704', county).expect(200)).body;
    const all = (await get('/api/v1/applications?cycle=2027', city).expect(200)).body;
    const other = (await get('/api/v1/applications?cycle=2027&county=360704', city).expect(200)).body;
    expect(own.cycleYear).toBe(2027);
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((item: { county: string }) => item.county === '360702')).toBe(true);
    expect(asked).toEqual(own);
    expect(other.items.length).toBeGreaterThan(0);
    expect(other.items.every((item: { county: string }) => item.county === '360704')).toBe(true);
    // The city's list holds each county's, one entry per platform, each at its latest decision.
    expect(all.items.filter((item: { county: string }) => item.county === '360702')).toEqual(own.items);
    expect(new Set(all.items.map((item: { platformId: string }) => item.platformId)).size).toBe(all.items.length);
    const rejected = all.items.find((item: { county: string; last: string }) => item.county === '360704' && item.last === 'ApplicationRejected');
    expect(rejected).toBeDefined();
    // Issue 12 item 8: the audit routes are the auditors' and the city's only.
    const refused = await get('/api/v1/audit/trail?pageSize=200', county).expect(403);
    expect(refused.body.code).toBe('auth.role-not-allowed');
    const applicant = await t.token('applicant', { platformId: 'gz-info-001' });
    expect((await get('/api/v1/applications?cycle=2027', applicant).expect(403)).body.code).toBe('auth.role-not-allowed');
    expect((await get('/api/v1/applications', city).expect(400)).body.code).toBe('request.invalid');
    expect((await get('/api/v1/applications?cycle=1999', city).expect(400)).body.code).toBe('request.invalid');
    expect((await get('/api/v1/applications?cycle=2027&county=110101', city).expect(400)).body.code).toBe('request.invalid');
  });

  it('reports each projection and its lag on /health', async () => {
    const { body } = await t.http.get('/health').expect(200);
    expect(body.projections.map((p: { name: string }) => p.name).sort()).toEqual(['applications', 'audit-trail', 'cycle-results', 'public-registry', 'review-history']);
    expect(body.projections.every((p: { lag: number }) => p.lag === 0)).toBe(true);
  });

  it('refuses to play the demo twice on one store, saying how to play it again, and writes nothing', async () => {
    const before = (await t.http.get('/health').expect(200)).body.store.headPosition;
    const again = runDemo({ url, dataDir: t.dataDir, json: true, log: () => undefined });
    await expect(again).rejects.toThrow(DemoError);
    await expect(again).rejects.toThrow(/already played.*fresh data folder/);
    expect((await t.http.get('/health').expect(200)).body.store.headPosition).toBe(before);
  });
});
