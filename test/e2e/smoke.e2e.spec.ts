import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { documentRef } from '@certflow/testing';
import { startTestApp, type TestApp } from '../support/test-app.js';

const material = (code: string) => ({ code, ...documentRef(`${code}.pdf`) });

describe('HTTP smoke: open a cycle, apply', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite');
  });
  afterAll(async () => t?.close());

  it('runs the first two commands and refuses bad input with problem+json', async () => {
    const city = await t.token('city');
    const opened = await t.http
      .post('/api/v1/cycles/2027/open-cycle')
      .set('Authorization', `Bearer ${city}`)
      .send({ rulesetId: 'ganzhou-2013', noticeTitle: '2027年度认定通知', applicationDeadline: '2027-04-30', recheckMaterialsDeadline: '2027-05-31', reviewDeadline: '2027-07-31' })
      .expect(201);
    expect(opened.body).toMatchObject({ streamId: 'cycle-2027', streamVersion: 1, events: ['CycleOpened'] });
    expect(opened.headers['idempotent-replayed']).toBeUndefined();

    const applicant = await t.token('applicant', { platformId: 'gz-info-001' });
    const body = {
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
          totalAssetsCny: 2500000, staffServingSmes: 12, qualifiedStaff: 8, premisesM2: 300, publicInterestPercent: 25,
          serviceInstitutions: 0, smesServedLastYear: 80, smesServedYearBefore: 60, satisfactionPercent: 90,
          information: { offlineFirms: 60, events: 3 },
        },
        declarations: {
          independentLegalPerson: true, qualifiedForServices: true, servesMainlySmesInBase: true, soundFinances: true,
          managementSystem: true, smallFirmDiscounts: true, developmentPlan: true,
          capabilities: { information: ['online-information-system', 'online-and-offline-service'] },
        },
        materials: ['application-report', 'legal-person-certificate'].map(material),
      },
    };
    const submitted = await t.http
      .post('/api/v1/platforms/gz-info-001/submit-application')
      .set('Authorization', `Bearer ${applicant}`)
      .set('Idempotency-Key', 'submit-1')
      .send(body)
      .expect(201);
    expect(submitted.body).toMatchObject({ streamVersion: 1, events: ['ApplicationSubmitted'] });
    const again = await t.http
      .post('/api/v1/platforms/gz-info-001/submit-application')
      .set('Authorization', `Bearer ${applicant}`)
      .set('Idempotency-Key', 'submit-1')
      .send(body)
      .expect(201);
    expect(again.body).toEqual(submitted.body);
    expect(again.headers['idempotent-replayed']).toBe('true');

    const bad = await t.http
      .post('/api/v1/platforms/gz-info-001/submit-application')
      .set('Authorization', `Bearer ${applicant}`)
      .set('Accept-Language', 'en')
      .send({ ...body, extra: 1, application: { ...body.application, profile: { ...body.application.profile, operator: { ...body.application.profile.operator, creditCode: '91350100M000100Y44' } } } })
      .expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.body).toMatchObject({ status: 400, code: 'request.invalid' });
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['extra', 'application.profile.operator.creditCode']),
    );

    const late = await t.http.post('/api/v1/platforms/gz-info-002/submit-application')
      .set('Authorization', `Bearer ${await t.token('applicant', { platformId: 'gz-info-002' })}`)
      .send({ ...body, cycleYear: 2028 })
      .expect(409);
    expect(late.body).toMatchObject({ code: 'application.cycle-closed', article: '12' });
    expect(late.body.detail).toContain('第十二条');

    await t.http.post('/api/v1/platforms/gz-info-001/submit-application').send(body).expect(401);
    expect(await t.store.headPosition()).toBe(2);
  });
});
