import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { MATERIALS, type ApplicationContent, type Role } from '@certflow/domain';
import { applicationContent, countyEvaluation } from '@certflow/testing';
import { type ConsoleUnderTest, expectAccessible, newPage as browserPage, openedDocument, screenshots, startConsole, tabTo } from '../support/browser.js';

/**
 * After certification, through the web console in Debian's Chromium (Arts. 13-15): a platform
 * certified in 2027 comes up for its biennial recheck in 2029; its operator sends the recheck
 * materials and a yearly summary; its county gives a failing opinion; the city fails the
 * recheck, announces the revocation with its notice, is refused a revocation while the notice
 * runs, and revokes the title when the notice has run; the public page shows it, printable; an auditor follows the platform's
 * timeline, replays it as of a recorded instant and reads the decision explained. A second
 * platform is returned for correction by its county and resubmitted by its operator.
 * The steps before (the 2027 cycle up to certification) go over the HTTP API: the whole cycle
 * through the console is whole-cycle.e2e.spec.ts's. The server's scheduler shows what falls due
 * but issues nothing, so that the city opens the recheck and revokes the title itself, in the
 * browser: the scheduler would do both first (its own tests are test/e2e/scheduler.e2e.spec.ts).
 */
const COUNTY = '360702';
const RECHECKED = 'zg-recheck-201';
const RETURNED = 'zg-return-202';

describe('the web console in Chromium: recheck, revocation, audit and the public page', () => {
  let browser: Browser;
  let base: string;
  let site: ConsoleUnderTest | undefined;
  const errors: string[] = [];
  const shot = screenshots('recheck-');
  const newPage = () => browserPage(browser, errors);
  const tokens = new Map<string, string>();

  async function call(method: string, path: string, as: string, body?: object | FormData): Promise<Record<string, unknown>> {
    const headers: Record<string, string> = { Authorization: `Bearer ${tokens.get(as)!}` };
    if (body && !(body instanceof FormData)) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${base}${path}`, { method, headers, body: body instanceof FormData ? body : body ? JSON.stringify(body) : undefined });
    const answer = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(`${method} ${path} as ${as}: ${response.status} ${JSON.stringify(answer)}`);
    return answer;
  }

  async function signInOverHttp(key: string, role: Role, binding: { county?: string; platformId?: string } = {}) {
    const response = await fetch(`${base}/api/v1/dev/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ role, ...binding }) });
    tokens.set(key, ((await response.json()) as { token: string }).token);
  }

  async function upload(as: string, name: string) {
    const form = new FormData();
    form.append('file', new Blob([`%PDF-1.7 ${name} ${as}`], { type: 'application/pdf' }), name);
    const { name: stored, sha256, sizeBytes, mediaType, location } = await call('POST', '/api/v1/documents', as, form);
    return { name: stored as string, sha256: sha256 as string, sizeBytes: sizeBytes as number, mediaType: mediaType as 'application/pdf', location: location as string };
  }

  async function applied(platformId: string, year: number, name: string) {
    const materials = await Promise.all(MATERIALS.map(async (code) => ({ code, ...(await upload(platformId, `${code}.pdf`)) })));
    const content: ApplicationContent = applicationContent({ profile: { name }, materials });
    await call('POST', `/api/v1/platforms/${platformId}/submit-application`, platformId, { cycleYear: year, application: content });
  }

  const moveClock = (now: string) => call('PUT', '/api/v1/simulation/clock', 'city', { now });
  const openCycle = (year: number) =>
    call('POST', `/api/v1/cycles/${year}/open-cycle`, 'city', {
      rulesetId: 'ganzhou-2013',
      noticeTitle: `关于开展${year}年度市级中小企业公共服务示范平台认定工作的通知`,
      applicationDeadline: `${year}-04-30`,
      recheckMaterialsDeadline: `${year}-05-31`,
      reviewDeadline: `${year}-07-31`,
    });

  /** The platform's status as the API has it, once the scheduler or a person moved it there. */
  async function statusBecomes(platformId: string, status: string) {
    for (let tries = 0; tries < 100; tries++) {
      const view = (await call('GET', `/api/v1/platforms/${platformId}`, 'city')) as { state: { status: string } };
      if (view.state.status === status) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${platformId} never became ${status}`);
  }

  beforeAll(async () => {
    site = await startConsole('certflow-console-recheck-', {}, { issueDeadlines: false });
    ({ browser, base } = site);

    await signInOverHttp('city', 'city');
    await signInOverHttp('county', 'county', { county: COUNTY });
    await signInOverHttp(RECHECKED, 'applicant', { platformId: RECHECKED });
    await signInOverHttp(RETURNED, 'applicant', { platformId: RETURNED });
    // Certified in the 2027 cycle (Art. 11), so due for recheck in 2029 (Art. 15).
    await moveClock('2027-03-01T10:00:00+08:00');
    await openCycle(2027);
    await applied(RECHECKED, 2027, '赣州市章贡区复核示范服务平台');
    await call('POST', `/api/v1/platforms/${RECHECKED}/recommend-platform`, 'county', {
      countyEvaluation: countyEvaluation(),
      recommendationForm: await upload('county', '推荐表.pdf'),
      overrides: [],
    });
    await call('POST', `/api/v1/platforms/${RECHECKED}/certify-platform`, 'city', { reviewers: ['市局评审组 王组长'], reasons: ['符合认定条件'], overrides: [] });
    // The 2029 cycle opens: the recheck of the platform certified in 2027 falls due (Art. 15).
    await moveClock('2029-03-01T10:00:00+08:00');
    await openCycle(2029);
    await applied(RETURNED, 2029, '赣州市章贡区补正示范服务平台');
  }, 60_000);

  afterAll(async () => {
    await site?.close();
  });

  /**
   * A person already signed in: the token of the dev sign-in, put where the console keeps it, so
   * each step opens its page at once (signing in through the form is whole-cycle.e2e.spec.ts's).
   */
  async function signedIn(as: { role: Role; county?: string; platformId?: string }, path: string): Promise<Page> {
    const page = await newPage();
    const key = as.role === 'applicant' ? as.platformId! : as.role;
    if (!tokens.has(key)) await signInOverHttp(key, as.role, as);
    const session = { token: tokens.get(key), role: as.role, county: as.county, platformId: as.platformId };
    await page.context().addInitScript((saved) => {
      (globalThis as unknown as { sessionStorage: { setItem(key: string, value: string): void } }).sessionStorage.setItem('certflow.session', saved);
    }, JSON.stringify(session));
    await page.goto(`${base}/console${path}`);
    return page;
  }



  const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.7 ${name}`) });

  it("the city opens the recheck due this year from its queue (Art. 15)", async () => {
    const page = await signedIn({ role: 'city' }, '/rechecks');
    await page.getByTestId(`open-${RECHECKED}`).click();
    await expect(page.getByTestId('status').textContent()).resolves.toBe('已认定');
    await expectAccessible(page, '[data-test=recheck]');
    await shot(page, 'city-opens-recheck');
    await page.getByTestId('open-recheck-submit').click();
    await page.getByTestId('done').filter({ hasText: 'RecheckOpened' }).waitFor();
    await page.getByTestId('status').filter({ hasText: '复核中' }).waitFor();
    await statusBecomes(RECHECKED, 'recheck-open');
    await page.context().close();
  });

  it('the operator sees its recheck open and sends the three recheck materials and a yearly summary (Arts. 14, 15)', async () => {
    const page = await signedIn({ role: 'applicant', platformId: RECHECKED }, '/platform');
    await expect(page.getByTestId('status').textContent()).resolves.toBe('复核中');
    await expect(page.getByTestId('deadlines').textContent()).resolves.toContain('2029-05-31');
    for (const code of ['two-year-summary', 'audit-report', 'yearly-evaluation-form']) {
      await page.getByTestId(`material-${code}`).setInputFiles(pdf(`${code}.pdf`));
      await page.getByTestId(`material-${code}-stored`).waitFor();
    }
    await expectAccessible(page, '[data-test=mine]');
    await shot(page, 'operator-recheck-materials');
    await page.getByTestId('send-recheck').click();
    await page.getByTestId('done').filter({ hasText: 'RecheckMaterialsSubmitted' }).waitFor();
    await expect(page.getByTestId('status').textContent()).resolves.toBe('复核材料已提交');
    await page.getByTestId('summary-year').fill('2028');
    await page.getByTestId('material-annual-summary').setInputFiles(pdf('2028年度工作总结.pdf'));
    await page.getByTestId('material-annual-summary-stored').waitFor();
    await page.getByTestId('send-summary').click();
    await page.getByTestId('done').filter({ hasText: 'AnnualSummarySubmitted' }).waitFor();
    await expect(page.getByTestId('last-write').textContent()).resolves.toMatch(/#\d+/);
    await page.context().close();
  });

  it("the county gives its failing opinion on its own platform's recheck (Art. 15)", async () => {
    const page = await signedIn({ role: 'county', county: COUNTY }, '/county-rechecks');
    await page.getByTestId(`open-${RECHECKED}`).click();
    await page.getByTestId('opinion').waitFor();
    // The operator's recheck material opens in a new tab: fetched with the county's token, shown as the very bytes uploaded.
    const link = page.locator('[data-test=recheck-record] a[data-document]').filter({ hasText: 'two-year-summary.pdf' });
    await expect(openedDocument(page, link)).resolves.toBe('%PDF-1.7 two-year-summary.pdf');
    await page.getByTestId('opinion-fail').check();
    for (const aspect of ['operation', 'performance', 'satisfaction']) await page.getByTestId(`${aspect}-comment`).fill('两年来服务企业数量下降');
    await page.getByTestId('evaluators').fill('刘科长');
    await page.getByTestId('comments').fill('服务企业数量连续两年下降，建议复核不通过');
    await expectAccessible(page, '[data-test=recheck]');
    await shot(page, 'county-recheck-opinion');
    // From the comments field on, with the keyboard alone.
    await page.getByTestId('comments').focus();
    await tabTo(page, 'give-opinion');
    await page.keyboard.press('Enter');
    await page.getByTestId('done').filter({ hasText: 'RecheckOpinionGiven' }).waitFor();
    await expect(page.getByTestId('county-opinion').textContent()).resolves.toContain('不通过');
    await page.context().close();
  });

  it('the city fails the recheck, announces the revocation, and is refused a revocation while the notice runs, in the language chosen (Art. 15)', async () => {
    const page = await signedIn({ role: 'city' }, '/rechecks');
    await page.getByTestId(`open-${RECHECKED}`).click();
    await page.getByTestId('recheck-decision').waitFor();
    await expect(page.getByTestId('county-opinion').textContent()).resolves.toContain('服务企业数量连续两年下降');
    await page.getByTestId('reviewers').fill('市局评审组 王组长\n市局评审组 李委员');
    await page.getByTestId('reasons').fill('县局复核意见为不通过，服务企业数量连续两年下降');
    await expectAccessible(page, '[data-test=recheck]');
    await page.getByTestId('fail').click();
    await page.getByTestId('done').filter({ hasText: 'RecheckFailed' }).waitFor();
    await page.getByTestId('notice-reasons').fill('复核不合格，拟撤销示范平台称号');
    await shot(page, 'city-announces-revocation');
    await page.getByTestId('announce-submit').click();
    await page.getByTestId('done').filter({ hasText: 'RevocationAnnounced' }).waitFor();
    // 30 days of notice under the 2013 ruleset, from 1 March 2029.
    await expect(page.getByTestId('notice-ends').textContent()).resolves.toBe('2029-03-31');
    await page.getByTestId('revoke-reasons').fill('公告期满，撤销称号');
    await page.getByTestId('revoke-submit').click();
    await expect(page.getByTestId('problem-message').textContent()).resolves.toBe('公告期至2029-03-31届满，届满后方可撤销');
    await expect(page.getByTestId('problem-article').textContent()).resolves.toContain('第15条');
    await page.locator('header select').selectOption('en');
    // The English messages are fetched when chosen: the text follows once they are in.
    await page.getByTestId('problem-message').filter({ hasText: 'the notice period runs until 2029-03-31; revocation can follow from that day' }).waitFor();
    await shot(page, 'city-revocation-refused-en');
    // The city's work queue (GET /api/v1/deadlines) has the revocation on the day the notice ends.
    await page.goto(`${base}/console/queue`);
    const revocation = page.locator(`[data-deadline="revoke-certification/2029/${RECHECKED}"]`);
    await expect(revocation.textContent()).resolves.toContain('2029-03-31');
    await expectAccessible(page);
    await page.context().close();
  });

  it('the city revokes the title once the notice has run (Art. 15)', async () => {
    await moveClock('2029-03-31T09:00:00+08:00');
    const page = await signedIn({ role: 'city' }, '/rechecks');
    await page.getByTestId('lookup').fill(RECHECKED);
    await page.getByTestId('lookup-open').click();
    await expect(page.getByTestId('status').textContent()).resolves.toBe('撤销公示中');
    await page.getByTestId('revoke-reasons').fill('公告期满，撤销称号');
    await page.getByTestId('revoke-submit').click();
    await page.getByTestId('done').filter({ hasText: 'PlatformRevoked' }).waitFor();
    await page.getByTestId('status').filter({ hasText: '已撤销' }).waitFor();
    await statusBecomes(RECHECKED, 'revoked');
    await expect(page.getByTestId('revoked-on').textContent()).resolves.toBe('2029-03-31');
    await expect(page.getByTestId('business-date').textContent()).resolves.toContain('2029-03-31');
    await shot(page, 'city-sees-revoked');
    await page.context().close();
  });

  it("the public page of the platform shows its revocation without signing in, and prints without the page's chrome (Art. 13)", async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    await page.getByTestId(`public-${RECHECKED}`).click();
    await page.waitForURL(`${base}/p/${RECHECKED}`);
    await expect(page.getByTestId('public-status').textContent()).resolves.toBe('已撤销');
    await expect(page.getByTestId('public-announced').textContent()).resolves.toBe('2029-03-01');
    await expect(page.getByTestId('public-revoked').textContent()).resolves.toBe('2029-03-31');
    await expectAccessible(page);
    await shot(page, 'public-platform-page');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('print').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('public-name').isVisible()).resolves.toBe(true);
    await page.goto(`${base}/p/no-such-platform`);
    await page.getByTestId('not-found').waitFor();
    await page.context().close();
  });

  it("an auditor finds the failed recheck in the trail, reads it explained, and replays the platform's stream as of a recorded instant", async () => {
    const page = await signedIn({ role: 'auditor' }, '/audit');
    await page.getByTestId('filter-platform').fill(RECHECKED);
    await page.getByTestId('filter-type').selectOption('RecheckFailed');
    await page.getByTestId('filter-type').focus();
    await tabTo(page, 'audit-search');
    await page.keyboard.press('Enter');
    await page.getByTestId('audit-total').filter({ hasText: '共 1 条记录' }).waitFor();
    await expectAccessible(page);
    await page.getByTestId('explain-RecheckFailed').click();
    await page.getByTestId('explanation').waitFor();
    await expect(page.getByTestId('reasons').textContent()).resolves.toContain('县局复核意见为不通过');
    await expect(page.getByTestId('reviewers').textContent()).resolves.toContain('市局评审组 李委员');
    await expectAccessible(page);
    await shot(page, 'auditor-explanation');
    await page.goto(`${base}/console/audit/platforms/${RECHECKED}`);
    await page.getByTestId('history').waitFor();
    await expect(page.getByTestId('city-decision').textContent()).resolves.toContain('认定');
    await expect(page.getByTestId('revocation').textContent()).resolves.toContain('2029-03-31');
    await expect(page.getByTestId('replay-status').textContent()).resolves.toBe('已撤销');
    await page.getByTestId('as-of-RecheckOpened').click();
    await page.getByTestId('replay-status').filter({ hasText: '复核中' }).waitFor();
    // A datetime-local input leaves out seconds of zero: 12:22:00 reads back as 12:22.
    await expect(page.getByTestId('as-of').inputValue()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/);
    await expectAccessible(page);
    await shot(page, 'auditor-timeline-as-of');
    await page.context().close();
  });

  it('the county returns an application for correction; its operator sees why and resubmits it corrected (Arts. 9, 10)', async () => {
    const county = await signedIn({ role: 'county', county: COUNTY }, '/county');
    await county.getByTestId('queue-year').fill('2029');
    await county.getByTestId('load-queue').click();
    await county.getByTestId(`open-${RETURNED}`).click();
    await county.getByTestId('evaluate').waitFor();
    await county.getByTestId('reasons').fill('专项审计报告不是上一年度的，请补正');
    await county.getByTestId('missing-special-audit-report').check();
    await county.getByTestId('return').click();
    await county.getByTestId('done').filter({ hasText: 'ApplicationReturnedForCorrection' }).waitFor();
    await county.context().close();

    const page = await signedIn({ role: 'applicant', platformId: RETURNED }, '/platform');
    await expect(page.getByTestId('returned').textContent()).resolves.toContain('专项审计报告不是上一年度的');
    await page.getByTestId('correct').click();
    await page.waitForURL((url) => url.pathname.endsWith('/apply'));
    await page.locator('[data-test=application] [data-test=returned], [data-test=returned]').first().waitFor();
    // The returned application is in the form as it was: only the material asked for is picked again.
    await expect(page.getByTestId('name').inputValue()).resolves.toBe('赣州市章贡区补正示范服务平台');
    await page.getByTestId('material-special-audit-report').setInputFiles(pdf('2028年度专项审计报告.pdf'));
    await page.getByTestId('material-special-audit-report-stored').waitFor();
    await expectAccessible(page, '[data-test=application]');
    await shot(page, 'operator-resubmits');
    await page.getByTestId('submit').click();
    await page.getByTestId('submitted').waitFor();
    await statusBecomes(RETURNED, 'submitted');
    await page.context().close();
  });

  it('ran every page without a script error or a refused resource (CSP)', () => {
    expect(errors).toEqual([]);
  });
});
