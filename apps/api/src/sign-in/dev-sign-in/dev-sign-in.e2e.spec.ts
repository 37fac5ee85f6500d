import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../../../../test/support/test-app.js';

describe('POST /api/v1/dev/sign-in (development and training servers)', () => {
  let t: TestApp;
  let closed: TestApp;
  beforeAll(async () => {
    [t, closed] = await Promise.all([startTestApp('sqlite'), startTestApp('sqlite', undefined, { devSignIn: false })]);
  });
  afterAll(async () => Promise.all([t?.close(), closed?.close()]));

  it("mints a county token the API then holds to that county's platforms (Art. 8)", async () => {
    const { body } = await t.http.post('/api/v1/dev/sign-in').send({ role: 'county', county: '360702' }).expect(200);
    expect(body).toMatchObject({ role: 'county', county: '360702', token: expect.stringMatching(/^ey/) });
    expect(Date.parse(body.expiresAt) - Date.now()).toBeGreaterThan(7 * 3600_000);
    expect(Date.parse(body.expiresAt) - Date.now()).toBeLessThanOrEqual(8 * 3600_000);
    const city = await t.http.get('/api/v1/cycles/2027').set('Authorization', `Bearer ${body.token}`);
    expect(city.status).toBe(404);
    const refused = await t.http.post('/api/v1/cycles/2027/close-review').set('Authorization', `Bearer ${body.token}`).expect(403);
    expect(refused.body.code).toBe('auth.role-not-allowed');
  });

  it('binds an applicant to the platform picked, and ignores a county given to another role', async () => {
    const applicant = await t.http.post('/api/v1/dev/sign-in').send({ role: 'applicant', platformId: 'gz-info-001', county: '360702' }).expect(200);
    expect(applicant.body).toEqual({ token: expect.any(String), role: 'applicant', platformId: 'gz-info-001', expiresAt: expect.any(String) });
  });

  it('refuses a county without its county, an applicant without its platform, and an unknown role or county', async () => {
    const county = await t.http.post('/api/v1/dev/sign-in').set('Accept-Language', 'en').send({ role: 'county' }).expect(400);
    expect(county.body).toMatchObject({ code: 'token.invalid-request', detail: 'a county token needs --county' });
    const applicant = await t.http.post('/api/v1/dev/sign-in').send({ role: 'applicant' }).expect(400);
    expect(applicant.body.code).toBe('token.invalid-request');
    expect((await t.http.post('/api/v1/dev/sign-in').send({ role: 'mayor' }).expect(400)).body.code).toBe('request.invalid');
    expect((await t.http.post('/api/v1/dev/sign-in').send({ role: 'county', county: '110101' }).expect(400)).body.code).toBe('request.invalid');
  });

  it('does not exist where the configuration does not offer it', async () => {
    const answer = await closed.http.post('/api/v1/dev/sign-in').send({ role: 'city' }).expect(404);
    expect(answer.body.code).toBe('route.not-found');
  });
});
