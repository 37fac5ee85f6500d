import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { MATERIALS, type ApplicationContent } from '@certflow/domain';
import { applicationContent, ruijinApplicationContent } from '@certflow/testing';
import { type ConsoleUnderTest, expectAccessible, newPage as browserPage, screenshots, startConsole } from '../support/browser.js';
import { ConsoleProvider } from '../support/oidc-provider.js';

/**
 * The console's sign-in through the production set-up's identity provider (issue 14, item 2):
 * authorization code with PKCE as a public client, against a real OpenID provider
 * (oidc-provider) whose login page a person fills in, in Debian's Chromium. The county officer
 * comes back signed in as the provider says (its role claim mapped by CERTFLOW_OIDC_ROLE_MAP,
 * its county claim) and sees its own county's platforms only (Art. 8); a token of the same
 * provider for another API is refused at sign-in and by the API.
 */
const CLIENT_ID = 'certflow-console';
const AUDIENCE = 'certflow-gz';
const RESOURCE = 'https://certflow.example/api';
const OTHER_RESOURCE = 'https://elsewhere.example/api';
const ZHANGGONG = { platformId: 'zg-oidc-301', county: '360702', content: applicationContent({ profile: { name: '赣州市章贡区统一认证示范平台' } }) };
const RUIJIN = { platformId: 'rj-oidc-302', county: '360781', content: ruijinApplicationContent() };

describe('the console signs in through the identity provider (OIDC, authorization code with PKCE)', () => {
  let idp: ConsoleProvider;
  let browser: Browser;
  let base: string;
  let site: ConsoleUnderTest | undefined;
  const errors: string[] = [];
  const shot = screenshots('oidc-');
  const newPage = () => browserPage(browser, errors, 15_000);

  async function devToken(body: object): Promise<string> {
    const response = await fetch(`${base}/api/v1/dev/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return ((await response.json()) as { token: string }).token;
  }

  async function call(method: string, path: string, token: string, body?: object | FormData): Promise<Record<string, unknown>> {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
    if (body && !(body instanceof FormData)) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${base}${path}`, { method, headers, body: body instanceof FormData ? body : body ? JSON.stringify(body) : undefined });
    const answer = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(answer)}`);
    return answer;
  }

  async function applied(platformId: string, content: ApplicationContent) {
    const token = await devToken({ role: 'applicant', platformId });
    const materials = await Promise.all(
      MATERIALS.map(async (code) => {
        const form = new FormData();
        form.append('file', new Blob([`%PDF-1.7 ${code}`], { type: 'application/pdf' }), `${code}.pdf`);
        const { name, sha256, sizeBytes, mediaType, location } = await call('POST', '/api/v1/documents', token, form);
        return { code, name: name as string, sha256: sha256 as string, sizeBytes: sizeBytes as number, mediaType: mediaType as 'application/pdf', location: location as string };
      }),
    );
    await call('POST', `/api/v1/platforms/${platformId}/submit-application`, token, { cycleYear: 2027, application: { ...content, materials } });
  }

  beforeAll(async () => {
    idp = await ConsoleProvider.listen();
    site = await startConsole('certflow-console-oidc-', {
      CERTFLOW_OIDC_ISSUER: idp.issuer,
      CERTFLOW_OIDC_AUDIENCE: AUDIENCE,
      CERTFLOW_OIDC_ROLE_MAP: '{"gz-city-admin":"city","gz-county-officer":"county"}',
      CERTFLOW_OIDC_CONSOLE_CLIENT_ID: CLIENT_ID,
      CERTFLOW_OIDC_CONSOLE_RESOURCE: RESOURCE,
    });
    ({ browser, base } = site);
    await idp.configure({
      clientId: CLIENT_ID,
      redirectUri: `${base}/console/sign-in/callback`,
      resource: RESOURCE,
      audience: AUDIENCE,
      otherAudience: 'another-api',
      people: {
        'zhanggong-desk': { certflow_role: 'gz-county-officer', certflow_county: ZHANGGONG.county },
        'city-desk': { certflow_role: 'gz-city-admin' },
      },
    });
    // The cycle and two applications of two counties, over the API with the development sign-in (still on, beside the provider, off production).
    const city = await devToken({ role: 'city' });
    await call('PUT', '/api/v1/simulation/clock', city, { now: '2027-03-01T10:00:00+08:00' });
    await call('POST', '/api/v1/cycles/2027/open-cycle', city, {
      rulesetId: 'ganzhou-2013',
      noticeTitle: '关于开展2027年度市级中小企业公共服务示范平台认定工作的通知',
      applicationDeadline: '2027-04-30',
      recheckMaterialsDeadline: '2027-05-31',
      reviewDeadline: '2027-07-31',
    });
    await applied(ZHANGGONG.platformId, ZHANGGONG.content);
    await applied(RUIJIN.platformId, RUIJIN.content);
  }, 90_000);

  afterAll(async () => {
    await site?.close();
    await idp?.stop();
  });

  it("signs a county officer in at the provider's login page and back, as the provider's claims say; the queue holds its county's platforms only (Art. 8)", async () => {
    const page = await newPage();
    await page.goto(`${base}/console/sign-in`);
    await page.getByTestId('oidc-submit').waitFor();
    await expectAccessible(page);
    await shot(page, 'sign-in');
    await page.getByTestId('oidc-submit').click();
    // The provider's own login page (oidc-provider's development interactions), on its origin.
    await page.waitForURL((url) => url.href.startsWith(idp.issuer));
    await page.locator('input[name=login]').fill('zhanggong-desk');
    await page.locator('input[name=password]').fill('any');
    await shot(page, 'provider-login');
    const login = page.url();
    await page.locator('button[type=submit]').click();
    // Then its consent page for this client (the provider's redirects end there or back at the console).
    await page.waitForURL((url) => url.href !== login);
    if (page.url().startsWith(idp.issuer)) {
      await shot(page, 'provider-consent');
      await page.locator('button[type=submit]').click();
    }
    await page.waitForURL(`${base}/console/county`);
    const session = await page.evaluate(() => (globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } }).sessionStorage.getItem('certflow.session'));
    const saved = JSON.parse(session!) as { token: string; role: string; county: string };
    expect({ role: saved.role, county: saved.county }).toEqual({ role: 'county', county: ZHANGGONG.county });
    // The access token is the provider's (RS256, its issuer and the API's audience), not one of the embedded key.
    const claims = JSON.parse(Buffer.from(saved.token.split('.')[1]!, 'base64url').toString()) as { iss: string; aud: string; sub: string };
    expect({ iss: claims.iss, aud: claims.aud, sub: claims.sub }).toEqual({ iss: idp.issuer, aud: AUDIENCE, sub: 'zhanggong-desk' });
    await page.getByTestId('queue-year').fill('2027');
    await page.getByTestId('load-queue').click();
    await page.locator(`[data-platform=${ZHANGGONG.platformId}]`).waitFor();
    await expect(page.locator(`[data-platform=${RUIJIN.platformId}]`).count()).resolves.toBe(0);
    await shot(page, 'county-queue');
    // Bypassing the console with the same token: the other county's platform stays out of reach.
    const read = await page.request.get(`${base}/api/v1/platforms/${RUIJIN.platformId}`, { headers: { Authorization: `Bearer ${saved.token}` } });
    expect(read.status()).toBe(404);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("refuses a token of the same provider for another API (wrong audience), at the console's sign-in and at the API", async () => {
    const foreign = await idp.tokenForOtherApi(OTHER_RESOURCE);
    const aud = (JSON.parse(Buffer.from(foreign.split('.')[1]!, 'base64url').toString()) as { aud: string }).aud;
    expect(aud).toBe('another-api');
    const page = await newPage();
    await page.goto(`${base}/console/sign-in`);
    await page.getByTestId('token').fill(foreign);
    await page.getByTestId('use-pasted').click();
    await expect(page.getByTestId('problem-message').textContent()).resolves.toBe('需要有效的登录令牌');
    await expect(page.getByTestId('problem').textContent()).resolves.toContain('auth.unauthenticated');
    expect(page.url()).toBe(`${base}/console/sign-in`);
    await shot(page, 'wrong-audience-refused');
    const direct = await fetch(`${base}/api/v1/platforms/${ZHANGGONG.platformId}`, { headers: { Authorization: `Bearer ${foreign}` } });
    expect({ status: direct.status, code: ((await direct.json()) as { code: string }).code }).toEqual({ status: 401, code: 'auth.unauthenticated' });
    await page.context().close();
  });
});
