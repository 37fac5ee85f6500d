import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { at, countyEvaluation, documentRef, recheckMaterials } from '@certflow/testing';
import { api, given, type Caller } from '../../../../test/support/journey.js';
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js';

const P = 'gz-zg-0001';
const CITY: Caller = { role: 'city' };
const AUDITOR: Caller = { role: 'auditor' };
const OPERATOR: Caller = { role: 'applicant', platformId: P };
const COUNTY: Caller = { role: 'county', county: '360702' };
const OTHER_COUNTY: Caller = { role: 'county', county: '360781' };
const decision = { reviewers: ['市局评审组 王组长', '市局评审组 李委员'], reasons: ['依据复核材料和县局意见'] };

describe('HTTP: after certification (Arts. 14-15)', () => {
  let t: TestApp;
  let http: ReturnType<typeof api>;
  let setup: ReturnType<typeof given>;

  beforeEach(async () => {
    t = await startTestApp('sqlite', at('2027-03-01'));
    http = api(t);
    setup = given(t);
  });
  afterEach(async () => t?.close());

  const send = (platformId: string, route: string, caller: Caller, body?: object) =>
    http.post(`/api/v1/platforms/${platformId}/${route}`, caller, body);
  const lastEvent = async (platformId: string) => (await http.get(`/api/v1/platforms/${platformId}`, CITY)).body.history.at(-1);

  /** Certified in 2027, so due for recheck in the 2029 cycle, which is open on 1 March 2029. */
  async function dueForRecheck(...platformIds: string[]) {
    await setup.openCycle(2027);
    for (const id of platformIds) await setup.certified(id, 2027);
    t.clock.set(at('2029-03-01'));
    await setup.openCycle(2029);
  }

  describe('POST /platforms/:platformId/submit-annual-summary', () => {
    const summary = (year = 2027) => ({ year, summary: documentRef(`${year}年度工作总结.pdf`) });
    beforeEach(async () => {
      await setup.openCycle(2027);
      await setup.certified(P, 2027);
    });

    it("records the operator's summary of a year", async () => {
      const sent = await send(P, 'submit-annual-summary', OPERATOR, summary());
      expect(sent.status).toBe(201);
      expect(sent.body).toMatchObject({ streamId: `platform-${P}`, streamVersion: 4, events: ['AnnualSummarySubmitted'] });
      expect(await lastEvent(P)).toMatchObject({ type: 'AnnualSummarySubmitted', data: { ...summary(), submittedOn: '2027-03-01' } });
    });

    it('refuses a second summary of the same year, writing nothing', async () => {
      await send(P, 'submit-annual-summary', OPERATOR, summary());
      await http.refused(() => send(P, 'submit-annual-summary', OPERATOR, summary()), 409, {
        code: 'summary.already-submitted',
        article: '14',
      });
    });

    it('answers 400 for a malformed document, 403 to a county', async () => {
      const bad = await http.refused(
        () => send(P, 'submit-annual-summary', OPERATOR, { ...summary(), summary: { ...summary().summary, sha256: 'not-a-hash' } }),
        400,
        { code: 'request.invalid' },
      );
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'summary.sha256' })]);
      await http.refused(() => send(P, 'submit-annual-summary', COUNTY, summary()), 403, { code: 'auth.role-not-allowed' });
    });
  });

  describe('POST /platforms/:platformId/open-recheck', () => {
    const R = 'gz-zg-0003';
    beforeEach(async () => {
      await dueForRecheck(P);
      await setup.certified(R, 2029);
    });

    it('opens the recheck of a platform due this cycle, with the cycle materials deadline', async () => {
      const opened = await send(P, 'open-recheck', CITY, { cycleYear: 2029 });
      expect(opened.status).toBe(201);
      expect(opened.body).toMatchObject({ events: ['RecheckOpened'] });
      expect(await lastEvent(P)).toMatchObject({ data: { cycleYear: 2029, materialsDueOn: '2029-05-31', certifiedIn: 2027 } });
    });

    it('refuses a platform certified this very cycle, writing nothing', async () => {
      await http.refused(() => send(R, 'open-recheck', CITY, { cycleYear: 2029 }), 409, {
        code: 'recheck.not-due',
        article: '15',
        details: { status: 'certified', nextRecheckYear: 2031 },
      });
    });

    it('answers 400 for a fractional year, 403 to a county', async () => {
      await http.refused(() => send(P, 'open-recheck', CITY, { cycleYear: 2029.5 }), 400, { code: 'request.invalid' });
      await http.refused(() => send(P, 'open-recheck', COUNTY, { cycleYear: 2029 }), 403, { code: 'auth.role-not-allowed' });
    });
  });

  describe('POST /platforms/:platformId/submit-recheck-materials', () => {
    beforeEach(async () => {
      await dueForRecheck(P);
      await setup.recheckOpened(P, 2029);
    });

    it('accepts the three materials up to the last minute of the deadline day (Asia/Shanghai)', async () => {
      t.clock.set(at('2029-05-31', '23:59'));
      const sent = await send(P, 'submit-recheck-materials', OPERATOR, { materials: recheckMaterials() });
      expect(sent.status).toBe(201);
      expect(sent.body).toMatchObject({ events: ['RecheckMaterialsSubmitted'] });
    });

    it('refuses materials after the deadline, writing nothing', async () => {
      t.clock.set(at('2029-06-01', '00:00'));
      await http.refused(() => send(P, 'submit-recheck-materials', OPERATOR, { materials: recheckMaterials() }), 409, {
        code: 'recheck.materials-late',
        article: '15',
      });
    });

    it('answers 400 for an unknown material, 403 to the city', async () => {
      const materials = [{ ...recheckMaterials()[0], code: 'annual-report' }];
      await http.refused(() => send(P, 'submit-recheck-materials', OPERATOR, { materials }), 400, { code: 'request.invalid' });
      await http.refused(() => send(P, 'submit-recheck-materials', CITY, { materials: recheckMaterials() }), 403, {
        code: 'auth.role-not-allowed',
      });
    });
  });

  describe('POST /platforms/:platformId/give-recheck-opinion', () => {
    const opinion = { opinion: 'pass', countyEvaluation: countyEvaluation(), comments: '两年来运营正常，同意通过复核' };
    beforeEach(async () => {
      await dueForRecheck(P);
      await setup.recheckOpened(P, 2029);
      await setup.recheckSubmitted(P);
    });

    it("records the platform's county opinion", async () => {
      const recorded = await send(P, 'give-recheck-opinion', COUNTY, opinion);
      expect(recorded.status).toBe(201);
      expect(recorded.body).toMatchObject({ events: ['RecheckOpinionGiven'] });
      expect(await lastEvent(P)).toMatchObject({ data: { cycleYear: 2029, county: '360702', opinion: 'pass' } });
    });

    it("refuses another county's bureau, writing nothing", async () => {
      await http.refused(() => send(P, 'give-recheck-opinion', OTHER_COUNTY, opinion), 403, { code: 'auth.other-county', article: '8' });
    });

    it('answers 400 for an opinion that is neither pass nor fail, 403 to the city', async () => {
      await http.refused(() => send(P, 'give-recheck-opinion', COUNTY, { ...opinion, opinion: 'maybe' }), 400, { code: 'request.invalid' });
      await http.refused(() => send(P, 'give-recheck-opinion', CITY, opinion), 403, { code: 'auth.role-not-allowed' });
    });
  });

  describe('POST /platforms/:platformId/confirm-recheck', () => {
    beforeEach(async () => {
      await dueForRecheck(P);
      await setup.recheckOpened(P, 2029);
      await setup.recheckSubmitted(P);
      await setup.opinionGiven(P, 'pass');
    });

    it('confirms the recheck and sets the next one two years on', async () => {
      const confirmed = await send(P, 'confirm-recheck', CITY, decision);
      expect(confirmed.status).toBe(201);
      expect(confirmed.body).toMatchObject({ events: ['RecheckConfirmed'] });
      const read = await http.get(`/api/v1/platforms/${P}`, CITY);
      expect(read.body.state).toMatchObject({ status: 'certified', certifiedIn: 2027, nextRecheckYear: 2031 });
    });

    it('refuses a decision naming no reviewer, writing nothing', async () => {
      await http.refused(() => send(P, 'confirm-recheck', CITY, { ...decision, reviewers: [] }), 422, {
        code: 'decision.reviewers-required',
        article: '15',
      });
    });

    it('answers 400 for reasons that are not a list, 403 to a county', async () => {
      await http.refused(() => send(P, 'confirm-recheck', CITY, { ...decision, reasons: '合格' }), 400, { code: 'request.invalid' });
      await http.refused(() => send(P, 'confirm-recheck', COUNTY, decision), 403, { code: 'auth.role-not-allowed' });
    });
  });

  describe('POST /platforms/:platformId/fail-recheck', () => {
    const SILENT = 'gz-zg-0004';
    beforeEach(async () => {
      await dueForRecheck(P, SILENT);
      await setup.recheckOpened(P, 2029);
      await setup.recheckSubmitted(P);
      await setup.opinionGiven(P, 'fail');
      await setup.recheckOpened(SILENT, 2029);
    });

    it("fails a recheck on the county's opinion", async () => {
      const failed = await send(P, 'fail-recheck', CITY, decision);
      expect(failed.status).toBe(201);
      expect(failed.body).toMatchObject({ events: ['RecheckFailed'] });
      expect(await lastEvent(P)).toMatchObject({ data: { ...decision, cycleYear: 2029, materialsMissing: false } });
    });

    it('fails a recheck whose materials never came, once they are overdue', async () => {
      t.clock.set(at('2029-06-01'));
      const failed = await send(SILENT, 'fail-recheck', CITY, decision);
      expect(failed.status).toBe(201);
      expect(await lastEvent(SILENT)).toMatchObject({ type: 'RecheckFailed', data: { materialsMissing: true } });
    });

    it('refuses to fail for missing materials before they are due, writing nothing', async () => {
      await http.refused(() => send(SILENT, 'fail-recheck', CITY, decision), 409, { code: 'recheck.materials-not-yet-due', article: '15' });
    });

    it('answers 400 for a reviewer that is not text, 403 to the operator', async () => {
      await http.refused(() => send(P, 'fail-recheck', CITY, { ...decision, reviewers: [42] }), 400, { code: 'request.invalid' });
      await http.refused(() => send(P, 'fail-recheck', OPERATOR, decision), 403, { code: 'auth.role-not-allowed' });
    });
  });

  describe('POST /platforms/:platformId/announce-revocation', () => {
    const reasons = { reasons: ['复核不合格，拟撤销示范平台称号'] };
    beforeEach(async () => {
      await dueForRecheck(P);
      await setup.recheckOpened(P, 2029);
      await setup.recheckSubmitted(P);
      await setup.opinionGiven(P, 'fail');
      await setup.recheckFailed(P);
    });

    it('announces the revocation with the 30-day notice of the ruleset', async () => {
      const announced = await send(P, 'announce-revocation', CITY, reasons);
      expect(announced.status).toBe(201);
      expect(announced.body).toMatchObject({ events: ['RevocationAnnounced'] });
      expect(await lastEvent(P)).toMatchObject({
        data: { ...reasons, announcedOn: '2029-03-01', noticeEndsOn: '2029-03-31', noticeDays: 30, rulesetId: 'ganzhou-2013' },
      });
    });

    it('refuses an announcement without reasons, writing nothing', async () => {
      await http.refused(() => send(P, 'announce-revocation', CITY, { reasons: [] }), 422, { code: 'decision.reasons-required', article: '15' });
    });

    it('answers 400 for an unknown field, 403 to a county', async () => {
      await http.refused(() => send(P, 'announce-revocation', CITY, { ...reasons, noticeDays: 1 }), 400, { code: 'request.invalid' });
      await http.refused(() => send(P, 'announce-revocation', COUNTY, reasons), 403, { code: 'auth.role-not-allowed' });
    });
  });

  describe('POST /platforms/:platformId/revoke-certification', () => {
    const reasons = { reasons: ['公告期满，撤销示范平台称号'] };
    beforeEach(async () => {
      await dueForRecheck(P);
      await setup.recheckOpened(P, 2029);
      await setup.recheckSubmitted(P);
      await setup.opinionGiven(P, 'fail');
      await setup.recheckFailed(P);
    });

    it('refuses to revoke what was never announced, writing nothing', async () => {
      await http.refused(() => send(P, 'revoke-certification', CITY, reasons), 409, {
        code: 'revocation.not-announced',
        article: '15',
        details: { status: 'recheck-failed' },
      });
    });

    it('refuses until the notice ends, and revokes on the day it ends (Asia/Shanghai)', async () => {
      await setup.revocationAnnounced(P);
      t.clock.set('2029-03-30T15:59:59Z');
      await http.refused(() => send(P, 'revoke-certification', CITY, reasons), 409, {
        code: 'revocation.notice-running',
        article: '15',
        details: { noticeEndsOn: '2029-03-31' },
      });

      t.clock.set('2029-03-30T16:00:00Z');
      const revoked = await send(P, 'revoke-certification', CITY, reasons);
      expect(revoked.status).toBe(201);
      expect(revoked.body).toMatchObject({ events: ['PlatformRevoked'] });
      const read = await http.get(`/api/v1/platforms/${P}`, CITY);
      expect(read.body.state).toMatchObject({ status: 'revoked', revokedOn: '2029-03-31' });
    });

    it('answers 400 for reasons that are not a list, 403 to an auditor', async () => {
      await setup.revocationAnnounced(P);
      t.clock.set(at('2029-03-31'));
      await http.refused(() => send(P, 'revoke-certification', CITY, { reasons: '期满' }), 400, { code: 'request.invalid' });
      await http.refused(() => send(P, 'revoke-certification', AUDITOR, reasons), 403, { code: 'auth.role-not-allowed' });
    });
  });

  describe('GET /platforms/:platformId', () => {
    const read = (platformId: string, caller: Caller) => http.get(`/api/v1/platforms/${platformId}`, caller);
    beforeEach(async () => {
      await setup.openCycle(2027);
      await setup.certified(P, 2027);
    });

    it('shows the state and the whole history to the operator, its county, the city and auditors', async () => {
      for (const caller of [OPERATOR, COUNTY, CITY, AUDITOR]) {
        const response = await read(P, caller);
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject({
          platformId: P,
          streamVersion: 3,
          state: { status: 'certified', county: '360702', certifiedIn: 2027, nextRecheckYear: 2029 },
        });
        expect(response.body.history.map((e: { type: string }) => e.type)).toEqual([
          'ApplicationSubmitted',
          'PlatformRecommended',
          'PlatformCertified',
        ]);
      }
    });

    it("answers another operator and another county's bureau exactly as for a platform that does not exist (no enumeration)", async () => {
      const other: Caller = { role: 'applicant', platformId: 'gz-zg-0002' };
      const missing = (await read('gz-zg-9999', COUNTY)).body;
      expect(missing).toMatchObject({ status: 404, code: 'resource.not-found' });
      for (const [caller, id] of [[other, P], [OTHER_COUNTY, P], [other, 'gz-zg-9999'], [OTHER_COUNTY, 'gz-zg-9999']] as const) {
        const body = (await read(id, caller)).body;
        expect(body).toMatchObject({ status: 404, code: 'resource.not-found' });
        expect(body.detail).toBe(missing.detail.replace('gz-zg-9999', id));
      }
    });

    it('answers 404 for a platform with no history', async () => {
      expect((await read('gz-zg-9999', CITY)).body).toMatchObject({ status: 404, code: 'resource.not-found' });
    });

    it('answers 400 for a malformed id, 401 without a token', async () => {
      expect((await read('GZ_0001', CITY)).body).toMatchObject({ status: 400, code: 'request.invalid' });
      expect((await t.http.get(`/api/v1/platforms/${P}`)).status).toBe(401);
    });
  });
});
