import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../../../../test/support/test-app.js';
import type { OidcOptions } from '../../auth/oidc.js';

// Discovery is lazy: nothing listens here, and nothing needs to for what the sign-in page is told.
const ISSUER = 'http://127.0.0.1:9/realms/gov';
const oidc: OidcOptions = {
  issuer: ISSUER,
  audience: 'certflow-gz',
  roleClaim: 'certflow_role',
  countyClaim: 'certflow_county',
  platformClaim: 'certflow_platform',
  roleMap: undefined,
  console: { clientId: 'certflow-console', scopes: 'openid profile', resource: 'certflow-gz' },
};

describe("the console's sign-in: GET /api/v1/sign-in/options and /api/v1/sign-in/me", () => {
  let training: TestApp;
  let production: TestApp;
  beforeAll(async () => {
    [training, production] = await Promise.all([startTestApp('sqlite'), startTestApp('sqlite', undefined, { devSignIn: false, oidc })]);
  });
  afterAll(async () => Promise.all([training?.close(), production?.close()]));

  it('offers the development sign-in where it is mounted, and no provider without a console client', async () => {
    const { body } = await training.http.get('/api/v1/sign-in/options').expect(200);
    expect(body).toEqual({ dev: true });
  });

  it("offers the provider's authorization code flow for the console's public client, and lets the console's scripts reach the provider", async () => {
    const answer = await production.http.get('/api/v1/sign-in/options').expect(200);
    expect(answer.body).toEqual({ dev: false, oidc: { issuer: ISSUER, clientId: 'certflow-console', scopes: 'openid profile', resource: 'certflow-gz' } });
    // Discovery and the code's redemption are fetched by the browser: the CSP allows the provider's origin, and only it.
    const connectSrc = (csp: string) => csp.split(';').find((directive) => directive.startsWith('connect-src'));
    expect(connectSrc(answer.headers['content-security-policy']!)).toBe("connect-src 'self' http://127.0.0.1:9");
    const other = await training.http.get('/api/v1/sign-in/options').expect(200);
    expect(connectSrc(other.headers['content-security-policy']!)).toBe("connect-src 'self'");
  });

  it('says whom a token stands for, as every route reads it, and refuses a request without one', async () => {
    const { body: county } = await training.http.post('/api/v1/dev/sign-in').send({ role: 'county', county: '360702' }).expect(200);
    const me = await training.http.get('/api/v1/sign-in/me').set('Authorization', `Bearer ${county.token}`).expect(200);
    expect(me.body).toEqual({ id: expect.any(String), role: 'county', county: '360702' });
    const { body: applicant } = await training.http.post('/api/v1/dev/sign-in').send({ role: 'applicant', platformId: 'gz-info-001' }).expect(200);
    const operator = await training.http.get('/api/v1/sign-in/me').set('Authorization', `Bearer ${applicant.token}`).expect(200);
    expect(operator.body).toEqual({ id: expect.any(String), role: 'applicant', platformId: 'gz-info-001' });
    const anonymous = await training.http.get('/api/v1/sign-in/me').expect(401);
    expect(anonymous.body.code).toBe('auth.unauthenticated');
  });
});
