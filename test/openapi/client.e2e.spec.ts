import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import createClient, { type Client } from 'openapi-fetch';
import { documentRef } from '@certflow/testing';
import { startTestApp, type TestApp } from '../support/test-app.js';
import type { components, paths } from '../../apps/console/src/api/certflow-api.d.ts';

type Schemas = components['schemas'];

const document = (name: string) => documentRef(name);

/** Typed against the generated paths: a DTO change that breaks these calls fails `npm run typecheck`. */
const application: Schemas['SubmitApplicationDto'] = {
  cycleYear: 2027,
  application: {
    profile: {
      name: '赣州市中小企业信息服务平台',
      operator: { name: '赣州市数智科技服务有限公司', creditCode: '91350100M000100Y43', establishedBy: 'enterprise' },
      county: '360702',
      establishedOn: '2023-05-10',
      categories: ['information'],
      comprehensive: false,
      base: { kind: 'industrial-park', name: '赣州高新技术产业园区' },
    },
    figures: {
      totalAssetsCny: 2_500_000, staffServingSmes: 12, qualifiedStaff: 8, premisesM2: 350, publicInterestPercent: 25,
      serviceInstitutions: 0, smesServedLastYear: 80, smesServedYearBefore: 65, satisfactionPercent: 88,
      information: { offlineFirms: 60, events: 3 },
    },
    declarations: {
      independentLegalPerson: true, qualifiedForServices: true, servesMainlySmesInBase: true, soundFinances: true,
      managementSystem: true, smallFirmDiscounts: true, developmentPlan: true,
      capabilities: { information: ['online-information-system', 'online-and-offline-service'] },
    },
    materials: (
      ['application-report', 'legal-person-certificate', 'special-audit-report', 'premises-proof', 'staff-list', 'service-evidence', 'qualifications', 'authenticity-declaration'] as const
    ).map((code) => ({ code, ...document(`${code}.pdf`) })),
  },
};

const evaluation: Schemas['CountyEvaluationDto'] = {
  operation: { score: 88, comment: '运营规范' },
  performance: { score: 86, comment: '服务绩效达到预期' },
  satisfaction: { score: 89, comment: '满意度良好' },
  evaluators: ['县局测评组 张科长'],
};

describe('a client generated from the OpenAPI document', () => {
  let t: TestApp;
  let baseUrl: string;
  const as = async (role: 'city' | 'applicant' | 'county', binding: { county?: string; platformId?: string } = {}): Promise<Client<paths>> =>
    createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${await t.token(role, binding)}`, 'Accept-Language': 'en' } });

  beforeAll(async () => {
    t = await startTestApp('sqlite', '2027-03-01T01:00:00.000Z', { readModels: 'memory' });
    baseUrl = await t.listen();
  });
  afterAll(async () => t?.close());

  it('opens a cycle, applies, recommends, certifies and reads the platform, its history and the registry with typed answers', async () => {
    const city = await as('city');
    const applicant = await as('applicant', { platformId: 'gz-info-001' });
    const county = await as('county', { county: '360702' });
    const platformId = { platformId: 'gz-info-001' };

    const opened = await city.POST('/api/v1/cycles/{year}/open-cycle', {
      params: { path: { year: 2027 } },
      body: { rulesetId: 'ganzhou-2013', noticeTitle: '2027年度认定通知', applicationDeadline: '2027-04-30', recheckMaterialsDeadline: '2027-05-31', reviewDeadline: '2027-07-31' },
    });
    expect(opened.response.status).toBe(201);
    expect(opened.data?.streamId).toBe('cycle-2027');

    const submitted = await applicant.POST('/api/v1/platforms/{platformId}/submit-application', { params: { path: platformId }, body: application });
    expect(submitted.data?.events).toEqual(['ApplicationSubmitted']);

    // A refusal comes back typed as the problem document.
    const again = await applicant.POST('/api/v1/platforms/{platformId}/submit-application', { params: { path: platformId }, body: application });
    expect(again.response.status).toBe(409);
    expect(again.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem: Schemas['ProblemDto'] | undefined = again.error;
    expect(problem).toMatchObject({ status: 409, code: 'application.already-active', messages: { en: expect.any(String) } });

    await county.POST('/api/v1/platforms/{platformId}/recommend-platform', {
      params: { path: platformId },
      body: { countyEvaluation: evaluation, recommendationForm: document('推荐表.pdf') },
    });
    const certified = await city.POST('/api/v1/platforms/{platformId}/certify-platform', {
      params: { path: platformId },
      body: { reviewers: ['市局评审组 王组长'], reasons: ['材料齐全，各项指标达到认定条件'] },
    });
    expect(certified.data?.events).toEqual(['PlatformCertified']);
    const minPosition = certified.data!.globalPosition;

    const platform = await applicant.GET('/api/v1/platforms/{platformId}', { params: { path: platformId } });
    const state: Schemas['PlatformViewDto']['state'] | undefined = platform.data?.state;
    expect(state).toMatchObject({ status: 'certified', certifiedIn: 2027, county: '360702' });
    expect(platform.data?.history.map((event) => event.type)).toEqual(['ApplicationSubmitted', 'PlatformRecommended', 'PlatformCertified']);

    const cycle = await county.GET('/api/v1/cycles/{year}', { params: { path: { year: 2027 } } });
    expect(cycle.data?.state.status).toBe('open');

    const history = await county.GET('/api/v1/platforms/{platformId}/review-history', { params: { path: platformId, query: { minPosition } } });
    expect(history.data?.applications[0]?.city?.decision).toBe('certified');

    const registry = await createClient<paths>({ baseUrl }).GET('/api/v1/registry', { params: { query: { county: '360702', minPosition } } });
    expect(registry.data?.total).toBe(1);
    const entry: Schemas['RegistryEntryDto'] | undefined = registry.data?.items[0];
    expect(entry).toMatchObject({ platformId: 'gz-info-001', status: 'certified', certifiedIn: 2027, countyName: '章贡区' });

    const trail = await city.GET('/api/v1/audit/trail', { params: { query: { platformId: 'gz-info-001', minPosition } } });
    expect(trail.data?.items.map((item) => item.type)).toEqual(['ApplicationSubmitted', 'PlatformRecommended', 'PlatformCertified']);

    const health = await createClient<paths>({ baseUrl }).GET('/health');
    expect(health.data?.store.headPosition).toBe(minPosition);
  });
});
