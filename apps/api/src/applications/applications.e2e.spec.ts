import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Test } from 'supertest';
import { MATERIALS } from '@certflow/domain';
import { documentRef } from '@certflow/testing';
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js';

const START = '2027-03-01T01:00:00.000Z';
// Fixture documents: the test app holds them, so the commands that attach them are accepted.
const doc = (name: string) => documentRef(name);
const material = (code: string) => ({ code, ...doc(`${code}.pdf`) });

/** The smoke test's application, with all 8 materials of Art. 10 unless told otherwise. */
function application({
  county = '360702',
  totalAssetsCny = 2_500_000,
  materials = [...MATERIALS] as string[],
  establishedOn = '2023-05-10',
  figures = {} as Record<string, unknown>,
} = {}) {
  return {
    profile: {
      name: '赣州市中小企业信息服务平台',
      operator: { name: '赣州市数智科技服务有限公司', creditCode: '91350100M000100Y43', establishedBy: 'enterprise' },
      county,
      establishedOn,
      categories: ['information'],
      comprehensive: false,
      base: { kind: 'industrial-park', name: '赣州高新技术产业园区' },
    },
    figures: {
      totalAssetsCny, staffServingSmes: 12, qualifiedStaff: 8, premisesM2: 300, publicInterestPercent: 25,
      serviceInstitutions: 0, smesServedLastYear: 80, smesServedYearBefore: 60, satisfactionPercent: 90,
      information: { offlineFirms: 60, events: 3 },
      ...figures,
    },
    declarations: {
      independentLegalPerson: true, qualifiedForServices: true, servesMainlySmesInBase: true, soundFinances: true,
      managementSystem: true, smallFirmDiscounts: true, developmentPlan: true,
      capabilities: { information: ['online-information-system', 'online-and-offline-service'] },
    },
    materials: materials.map(material),
  };
}

const countyEvaluation = {
  operation: { score: 85, comment: '运营规范，服务记录完整' },
  performance: { score: 82, comment: '服务成效明显' },
  satisfaction: { score: 90, comment: '企业满意度较高' },
  evaluators: ['刘科长', '陈干事'],
};
const recommendation = { countyEvaluation, recommendationForm: doc('推荐表.pdf') };
const countyAssetsReason = { criterion: '6(3) total assets', reason: '资产总额略低于200万元，但近两年服务成效突出，提请市局研究' };
/** A recommendation of a platform short of the 2,000,000 CNY of Art. 6(3), with the county's reason. */
const recommendationWithReason = { ...recommendation, overrides: [countyAssetsReason] };
const reviewers = ['市局评审组 王组长', '市局评审组 李委员'];

describe('HTTP: from application to the city decision (Arts. 8-11)', () => {
  let t: TestApp;
  let city: string;
  let county: string;
  let otherCounty: string;
  let serial = 0;
  const fresh = () => `gz-app-${++serial}`;

  beforeAll(async () => {
    t = await startTestApp('sqlite', START);
    city = await t.token('city');
    county = await t.token('county', { county: '360702' });
    otherCounty = await t.token('county', { county: '360703' });
    await t.http
      .post('/api/v1/cycles/2027/open-cycle')
      .set('Authorization', `Bearer ${city}`)
      .send({ rulesetId: 'ganzhou-2013', noticeTitle: '2027年度认定通知', applicationDeadline: '2027-04-30', recheckMaterialsDeadline: '2027-05-31', reviewDeadline: '2027-07-31' })
      .expect(201);
  });
  afterAll(async () => t?.close());
  afterEach(() => t.clock.set(START));

  const applicant = (platformId: string) => t.token('applicant', { platformId });
  const post = (platformId: string, route: string, token: string, body: object) =>
    t.http.post(`/api/v1/platforms/${platformId}/${route}`).set('Authorization', `Bearer ${token}`).send(body);

  async function submitted(content = application()) {
    const id = fresh();
    await post(id, 'submit-application', await applicant(id), { cycleYear: 2027, application: content }).expect(201);
    return id;
  }
  async function recommended(content = application(), body: object = recommendation) {
    const id = await submitted(content);
    await post(id, 'recommend-platform', county, body).expect(201);
    return id;
  }
  async function returned() {
    const id = await submitted();
    await post(id, 'return-for-correction', county, { reasons: ['请补正'], missingMaterials: [] }).expect(201);
    return id;
  }

  async function accepted(request: Test, event: string) {
    const response = await request.expect(201);
    expect(response.body).toMatchObject({ events: [event] });
    expect(response.headers['idempotent-replayed']).toBeUndefined();
    const [last] = await t.store.readStream(response.body.streamId, { fromVersion: response.body.streamVersion });
    return last!;
  }

  /** Every refusal is problem+json and leaves the store as it was. */
  async function refused(request: Test, status: number, problem: Record<string, unknown>) {
    const head = await t.store.headPosition();
    const response = await request.expect(status);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ status, ...problem });
    expect(await t.store.headPosition()).toBe(head);
    return response;
  }

  async function invalidField(request: Test, field: string) {
    const response = await refused(request, 400, { code: 'request.invalid' });
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  }

  const wrongRole = (request: Test) => refused(request, 403, { code: 'auth.role-not-allowed' });

  describe('POST submit-application: input that cannot be true is malformed (400)', () => {
    // The token first: a supertest request is a thenable, so an async helper would run it.
    const submitter = async () => {
      const id = fresh();
      const token = await applicant(id);
      return (content: object) => post(id, 'submit-application', token, { cycleYear: 2027, application: content });
    };

    it('refuses a platform established after it applied (9999-12-31; the business date is 2027-03-01)', async () => {
      const response = await refused((await submitter())(application({ establishedOn: '9999-12-31' })), 400, {
        code: 'application.establishment-date-out-of-range',
        article: '6(1)',
        details: { establishedOn: '9999-12-31', earliest: '1949-10-01', latest: '2027-03-01' },
      });
      expect(response.body.messages['zh-CN']).toContain('成立日期');
    });

    it('refuses an establishment date before 1949-10-01', async () => {
      await refused((await submitter())(application({ establishedOn: '1949-09-30' })), 400, { code: 'application.establishment-date-out-of-range' });
    });

    it('accepts a platform established on the application date itself; its evaluation shows 6(1) failed', async () => {
      const event = await accepted((await submitter())(application({ establishedOn: '2027-03-01' })), 'ApplicationSubmitted');
      expect(event.data).toMatchObject({ evaluation: { failed: ['6(1) operating years'] } });
    });

    it('refuses a nested object given as a list, and a list of documents holding a list (class-validator alone let both through)', async () => {
      await invalidField((await submitter())([]), 'application');
      await invalidField((await submitter())({ ...application(), materials: [[]] }), 'application.materials');
    });

    it('refuses a body that is JSON but not an object (null, a list, a string): Nest alone read null as {}', async () => {
      for (const text of ['null', '[]', '"x"']) {
        const id = fresh();
        const sent = t.http
          .post(`/api/v1/platforms/${id}/recommend-platform`)
          .set('Authorization', `Bearer ${county}`)
          .set('Content-Type', 'application/json')
          .send(text);
        await invalidField(sent, 'body');
      }
    });

    it('refuses more qualified staff than staff serving SMEs', async () => {
      await refused((await submitter())(application({ figures: { staffServingSmes: 12, qualifiedStaff: 13 } })), 400, {
        code: 'application.qualified-staff-over-staff',
        article: '6(3)',
      });
    });
  });

  describe('POST return-for-correction (county, Art. 10)', () => {
    const body = { reasons: ['缺少专项审计报告'], missingMaterials: ['special-audit-report'] };

    it('returns a submitted application with reasons and missing materials', async () => {
      const id = await submitted();
      const event = await accepted(post(id, 'return-for-correction', county, body), 'ApplicationReturnedForCorrection');
      expect(event.data).toEqual({ cycleYear: 2027, ...body });
    });

    it("refuses a county acting on another county's platform (Art. 8)", async () => {
      const id = await submitted();
      await refused(post(id, 'return-for-correction', otherCounty, body), 403, { code: 'auth.other-county', article: '8' });
    });

    it('refuses a return that names neither a reason nor a material', async () => {
      const id = await submitted();
      await refused(post(id, 'return-for-correction', county, { reasons: [], missingMaterials: [] }), 422, {
        code: 'application.return-needs-reason',
        article: '10',
      });
    });

    it('rejects an unknown material code', async () => {
      await invalidField(post(await submitted(), 'return-for-correction', county, { ...body, missingMaterials: ['photo'] }), 'missingMaterials');
    });

    it('turns an applicant away at the door', async () => {
      const id = await submitted();
      await wrongRole(post(id, 'return-for-correction', await applicant(id), body));
    });
  });

  describe('POST resubmit-application (applicant, Arts. 8, 10)', () => {
    it('resubmits a returned application, evaluated again', async () => {
      const id = await returned();
      const event = await accepted(post(id, 'resubmit-application', await applicant(id), { application: application() }), 'ApplicationResubmitted');
      expect(event.data).toMatchObject({ cycleYear: 2027, evaluation: { failed: [] } });
    });

    it('accepts a correction after the application deadline: it belongs to the review, not the window', async () => {
      const id = await returned();
      t.clock.set('2027-05-15T02:00:00Z');
      await accepted(post(id, 'resubmit-application', await applicant(id), { application: application() }), 'ApplicationResubmitted');
    });

    it('refuses moving the platform to another county (Art. 8)', async () => {
      const id = await returned();
      await refused(post(id, 'resubmit-application', await applicant(id), { application: application({ county: '360703' }) }), 422, {
        code: 'application.county-changed',
        article: '8',
      });
    });

    it('refuses an application that was not returned', async () => {
      const id = await submitted();
      await refused(post(id, 'resubmit-application', await applicant(id), { application: application() }), 409, { code: 'platform.wrong-status', article: '10' });
    });

    it('rejects a negative figure', async () => {
      const id = await returned();
      await invalidField(
        post(id, 'resubmit-application', await applicant(id), { application: application({ totalAssetsCny: -1 }) }),
        'application.figures.totalAssetsCny',
      );
    });

    it('turns a county away at the door', async () => {
      await wrongRole(post(await returned(), 'resubmit-application', county, { application: application() }));
    });
  });

  describe('POST withdraw-application (applicant)', () => {
    const body = { reason: '本年度暂不具备申报条件，主动撤回' };

    it('withdraws a recommended application before the city decides', async () => {
      const id = await recommended();
      const event = await accepted(post(id, 'withdraw-application', await applicant(id), body), 'ApplicationWithdrawn');
      expect(event.data).toEqual({ cycleYear: 2027, ...body });
    });

    it("refuses another platform's operator", async () => {
      const id = await submitted();
      await refused(post(id, 'withdraw-application', await applicant('gz-someone-else'), body), 403, { code: 'auth.not-the-operator', article: '2' });
    });

    it('refuses withdrawing twice', async () => {
      const id = await submitted();
      await post(id, 'withdraw-application', await applicant(id), body).expect(201);
      await refused(post(id, 'withdraw-application', await applicant(id), body), 409, { code: 'platform.wrong-status', article: '8' });
    });

    it('rejects an empty reason', async () => {
      const id = await submitted();
      await invalidField(post(id, 'withdraw-application', await applicant(id), { reason: '' }), 'reason');
    });

    it('turns the city away at the door', async () => {
      await wrongRole(post(await submitted(), 'withdraw-application', city, body));
    });
  });

  describe('POST recommend-platform (county, Art. 9)', () => {
    it('recommends a complete application with its evaluation and form', async () => {
      const id = await submitted();
      const event = await accepted(post(id, 'recommend-platform', county, recommendation), 'PlatformRecommended');
      expect(event.data).toMatchObject({ cycleYear: 2027, county: '360702', ...recommendation, overrides: [] });
    });

    it('refuses a platform that fails a criterion of Art. 6, listing what failed (Art. 8 puts the check on the county)', async () => {
      const id = await submitted(application({ figures: { premisesM2: 199 } }));
      const response = await refused(post(id, 'recommend-platform', county, recommendation), 409, {
        code: 'recommendation.criterion-failed',
        article: '6',
        details: { failed: [{ criterion: '6(3) premises m2', article: '6(3)', input: 199, threshold: 200, overridable: false }] },
      });
      expect(response.body.messages['zh-CN']).toContain('固定经营场所面积');
    });

    it('recommends assets of 1,999,999 only with a written reason, stored for the city (Art. 6(3) "generally")', async () => {
      const id = await submitted(application({ totalAssetsCny: 1_999_999 }));
      await refused(post(id, 'recommend-platform', county, recommendation), 409, {
        code: 'recommendation.override-needs-reason',
        article: '6(3)',
        details: { criteria: ['6(3) total assets'] },
      });
      const event = await accepted(post(id, 'recommend-platform', county, recommendationWithReason), 'PlatformRecommended');
      expect(event.data).toMatchObject({ overrides: [countyAssetsReason], evaluation: { failed: ['6(3) total assets'] } });
    });

    it('refuses a reason for a criterion that did not fail', async () => {
      await refused(post(await submitted(), 'recommend-platform', county, recommendationWithReason), 422, {
        code: 'recommendation.override-not-needed',
      });
    });

    it('rejects a county override without its reason field', async () => {
      const id = await submitted(application({ totalAssetsCny: 1_999_999 }));
      await invalidField(post(id, 'recommend-platform', county, { ...recommendation, overrides: [{ criterion: '6(3) total assets' }] }), 'overrides.0.reason');
    });

    it('refuses an application without all 8 materials (Art. 10)', async () => {
      const id = await submitted(application({ materials: ['application-report', 'legal-person-certificate'] }));
      const response = await refused(post(id, 'recommend-platform', county, recommendation), 409, {
        code: 'recommendation.materials-missing',
        article: '10',
      });
      expect(response.body.details.missing).toHaveLength(6);
      expect(response.body.detail).toContain('第十条');
    });

    it("refuses a county acting on another county's platform (Art. 8)", async () => {
      await refused(post(await submitted(), 'recommend-platform', otherCounty, recommendation), 403, { code: 'auth.other-county', article: '8' });
    });

    it('rejects a malformed recommendation form and a score above 100', async () => {
      const id = await submitted();
      const body = {
        countyEvaluation: { ...countyEvaluation, operation: { score: 101, comment: '' } },
        recommendationForm: { ...recommendation.recommendationForm, sha256: 'not-a-hash' },
      };
      await invalidField(post(id, 'recommend-platform', county, body), 'recommendationForm.sha256');
      await invalidField(post(id, 'recommend-platform', county, body), 'countyEvaluation.operation.score');
    });

    it('turns the city away at the door', async () => {
      await wrongRole(post(await submitted(), 'recommend-platform', city, recommendation));
    });
  });

  describe('POST decline-to-recommend (county, Art. 9)', () => {
    const body = { countyEvaluation, reasons: ['服务满意度测评未达到要求'] };

    it('declines with the evaluation and written reasons', async () => {
      const id = await submitted();
      const event = await accepted(post(id, 'decline-to-recommend', county, body), 'PlatformNotRecommended');
      expect(event.data).toMatchObject({ cycleYear: 2027, county: '360702', reasons: body.reasons });
    });

    it('refuses a decline without reasons', async () => {
      await refused(post(await submitted(), 'decline-to-recommend', county, { ...body, reasons: [] }), 422, {
        code: 'decision.reasons-required',
        article: '9',
      });
    });

    it('rejects an evaluation that names no evaluator', async () => {
      const id = await submitted();
      await invalidField(post(id, 'decline-to-recommend', county, { ...body, countyEvaluation: { ...countyEvaluation, evaluators: [] } }), 'countyEvaluation.evaluators');
    });

    it('turns an applicant away at the door', async () => {
      const id = await submitted();
      await wrongRole(post(id, 'decline-to-recommend', await applicant(id), body));
    });
  });

  describe('POST certify-platform (city, Art. 11)', () => {
    const body = { reviewers, reasons: ['材料齐全，各项指标达到认定条件'] };
    const assetsOverride = { criterion: '6(3) total assets', reason: '资产总额略低于200万元，但服务成效突出，经评审组研究同意破格认定' };

    it('certifies a recommended platform; no overrides when none are sent', async () => {
      const id = await recommended();
      const event = await accepted(post(id, 'certify-platform', city, body), 'PlatformCertified');
      expect(event.data).toMatchObject({ cycleYear: 2027, overrides: [], certifiedOn: '2027-03-01', nextRecheckYear: 2029, ...body });
    });

    it('refuses what the county did not recommend (Art. 9)', async () => {
      await refused(post(await submitted(), 'certify-platform', city, body), 409, { code: 'certification.not-recommended', article: '9' });
    });

    it('certifies assets of 1,999,999 only with a written reason of its own, whatever the county wrote (Art. 6(3) "generally")', async () => {
      const id = await recommended(application({ totalAssetsCny: 1_999_999 }), recommendationWithReason);
      const needsReason = { code: 'certification.override-needs-reason', article: '6(3)', details: { criterion: '6(3) total assets' } };
      await refused(post(id, 'certify-platform', city, body), 409, needsReason);
      // A reason of spaces only is not text at all: refused at the door, before the measures are consulted.
      await refused(post(id, 'certify-platform', city, { ...body, overrides: [{ ...assetsOverride, reason: '  ' }] }), 400, {
        code: 'request.invalid',
        errors: [{ field: 'overrides[0].reason', problems: ['must contain visible characters'] }],
      });
      const event = await accepted(post(id, 'certify-platform', city, { ...body, overrides: [assetsOverride] }), 'PlatformCertified');
      expect(event.data).toMatchObject({ overrides: [assetsOverride], evaluation: { failed: ['6(3) total assets'] } });
    });

    it('refuses an override for a criterion that did not fail', async () => {
      await refused(post(await recommended(), 'certify-platform', city, { ...body, overrides: [assetsOverride] }), 422, {
        code: 'certification.override-not-needed',
      });
    });

    it('rejects an override without its reason field', async () => {
      const id = await recommended(application({ totalAssetsCny: 1_999_999 }), recommendationWithReason);
      await invalidField(post(id, 'certify-platform', city, { ...body, overrides: [{ criterion: '6(3) total assets' }] }), 'overrides.0.reason');
    });

    it('turns a county away at the door', async () => {
      await wrongRole(post(await recommended(), 'certify-platform', county, body));
    });
  });

  describe('POST reject-application (city, Art. 11)', () => {
    const body = { reviewers, reasons: ['专项审计报告显示财务状况不符合第六条第三项要求'] };

    it('rejects a recommended application with reviewers and reasons', async () => {
      const id = await recommended();
      const event = await accepted(post(id, 'reject-application', city, body), 'ApplicationRejected');
      expect(event.data).toMatchObject({ cycleYear: 2027, ...body });
    });

    it('refuses a decision that names no reviewer', async () => {
      await refused(post(await recommended(), 'reject-application', city, { ...body, reviewers: [] }), 422, {
        code: 'decision.reviewers-required',
        article: '11',
      });
    });

    it('rejects reasons that are not a list', async () => {
      await invalidField(post(await recommended(), 'reject-application', city, { ...body, reasons: '不符合条件' }), 'reasons');
    });

    it('turns a county away at the door', async () => {
      await wrongRole(post(await recommended(), 'reject-application', county, body));
    });
  });
});
