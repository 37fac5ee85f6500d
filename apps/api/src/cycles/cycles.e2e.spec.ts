import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { resultsListSha256 } from '@certflow/domain';
import { api, given, type Caller } from '../../../../test/support/journey.js';
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js';

const CITY: Caller = { role: 'city' };

describe('HTTP: the yearly cycle (Arts. 12-13)', () => {
  let t: TestApp;
  let http: ReturnType<typeof api>;
  let setup: ReturnType<typeof given>;

  beforeEach(async () => {
    t = await startTestApp('sqlite');
    http = api(t);
    setup = given(t);
  });
  afterEach(async () => t?.close());

  describe('POST /cycles/:year/close-application-window', () => {
    const close = (year: number | string, caller: Caller = CITY) =>
      http.post(`/api/v1/cycles/${year}/close-application-window`, caller);

    it('closes an open window', async () => {
      await setup.openCycle(2027);
      const closed = await close(2027);
      expect(closed.status).toBe(201);
      expect(closed.body).toMatchObject({ streamId: 'cycle-2027', streamVersion: 2, events: ['ApplicationWindowClosed'] });
    });

    it('refuses to close a window twice, writing nothing', async () => {
      await setup.openCycle(2027);
      await close(2027);
      await http.refused(() => close(2027), 409, { code: 'cycle.wrong-stage', article: '12' });
    });

    it('answers 400 for a year that is not one, 403 to a county', async () => {
      await setup.openCycle(2027);
      await http.refused(() => close('27'), 400, { code: 'request.invalid' });
      await http.refused(() => close(2027, { role: 'county', county: '360702' }), 403, { code: 'auth.role-not-allowed' });
    });
  });

  describe('POST /cycles/:year/close-review', () => {
    const close = (year: number | string, caller: Caller = CITY) =>
      http.post(`/api/v1/cycles/${year}/close-review`, caller);

    it('ends the review of an open cycle', async () => {
      await setup.openCycle(2027);
      const closed = await close(2027);
      expect(closed.status).toBe(201);
      expect(closed.body).toMatchObject({ streamId: 'cycle-2027', streamVersion: 2, events: ['ReviewClosed'] });
    });

    it('refuses a cycle never opened, writing nothing', async () => {
      await setup.openCycle(2027);
      await http.refused(() => close(2028), 409, { code: 'cycle.not-opened', article: '12' });
    });

    it('answers 400 for a year out of range, 403 to an applicant', async () => {
      await setup.openCycle(2027);
      await http.refused(() => close(2012), 400, { code: 'request.invalid' });
      await http.refused(() => close(2027, { role: 'applicant', platformId: 'gz-zg-0001' }), 403, { code: 'auth.role-not-allowed' });
    });
  });

  describe('POST /cycles/:year/publish-results', () => {
    const publish = (year: number | string, caller: Caller = CITY) =>
      http.post(`/api/v1/cycles/${year}/publish-results`, caller);

    it('publishes the platforms the log shows certified in the cycle, and only those', async () => {
      await setup.openCycle(2027);
      await setup.certified('gz-zg-0001', 2027);
      await setup.submitted('gz-zg-0002', 2027);
      await setup.closeReview(2027);

      const published = await publish(2027);
      expect(published.status).toBe(201);
      expect(published.body).toMatchObject({ streamId: 'cycle-2027', streamVersion: 4, events: ['ResultsPagePublished', 'CycleResultsPublished'] });

      const cycle = await http.get('/api/v1/cycles/2027', { role: 'auditor' });
      expect(cycle.status).toBe(200);
      expect(cycle.body.state.status).toBe('published');
      const list = { year: 2027, certified: [{ platformId: 'gz-zg-0001', name: '赣州市章贡区中小企业综合服务平台' }], revoked: [] };
      expect(cycle.body.history.at(-2)).toMatchObject({ type: 'ResultsPagePublished', data: { ...list, page: 1 } });
      expect(cycle.body.history.at(-2).data.certified).toHaveLength(1);
      expect(cycle.body.history.at(-1)).toMatchObject({
        type: 'CycleResultsPublished',
        data: { year: 2027, certifiedCount: 1, revokedCount: 0, pages: 1, listSha256: resultsListSha256(2027, list.certified, list.revoked) },
      });
    });

    it('refuses to publish before the review is closed, writing nothing', async () => {
      await setup.openCycle(2027);
      await setup.certified('gz-zg-0001', 2027);
      await http.refused(() => publish(2027), 409, { code: 'cycle.wrong-stage', article: '13' });
    });

    it('answers 400 for a malformed year, 403 to an auditor', async () => {
      await setup.openCycle(2027);
      await setup.closeReview(2027);
      await http.refused(() => publish('2027x'), 400, { code: 'request.invalid' });
      await http.refused(() => publish(2027, { role: 'auditor' }), 403, { code: 'auth.role-not-allowed' });
    });
  });

  describe('GET /cycles/:year', () => {
    it('shows any signed-in role the stage, schedule and history', async () => {
      await setup.openCycle(2027);
      const read = await http.get('/api/v1/cycles/2027', { role: 'applicant', platformId: 'gz-zg-0001' });
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({
        year: 2027,
        streamVersion: 1,
        state: { status: 'open', year: 2027, rulesetId: 'ganzhou-2013', applicationDeadline: '2027-04-30' },
        history: [{ type: 'CycleOpened', streamVersion: 1, metadata: { role: 'city', command: 'OpenCycle' } }],
      });
      expect(read.body.history[0].hash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('answers 404 for a cycle never opened, 400 for a bad year, 401 without a token', async () => {
      const missing = await http.get('/api/v1/cycles/2030', CITY);
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ code: 'resource.not-found' });
      expect((await http.get('/api/v1/cycles/abcd', CITY)).body).toMatchObject({ status: 400, code: 'request.invalid' });
      expect((await t.http.get('/api/v1/cycles/2027')).status).toBe(401);
    });
  });
});
