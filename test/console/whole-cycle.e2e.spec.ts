import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { MATERIALS, type ApplicationContent } from '@certflow/domain';
import { applicationContent, ruijinApplicationContent } from '@certflow/testing';
import { type ConsoleUnderTest, expectAccessible, newPage as browserPage, openedDocument, screenshots, startConsole, tabTo } from '../support/browser.js';

/**
 * The yearly cycle of the measures through the web console alone, in Debian's Chromium: the city
 * opens 2027 (Art. 12); two applicants of two counties apply (Arts. 5-7, 10), one of them below
 * the total assets of Art. 6(3) and shown so before submitting; each county sees and recommends
 * its own platform only (Arts. 8, 9); the city certifies one and rejects one (Art. 11) and
 * publishes; the public registry finds the certified platform by part of its Chinese name
 * (Art. 13). Each step leaves a screenshot under test-results/console/, and axe checks every
 * form and the public page against WCAG 2.1 A and AA.
 */
const YEAR = '2027';
const ZHANGGONG = { platformId: 'zg-info-101', county: '360702', content: applicationContent() };
// 1.5 million yuan: below the 2 million of Art. 6(3), a criterion the measures qualify with "generally".
const RUIJIN = { platformId: 'rj-startup-102', county: '360781', content: ruijinApplicationContent({ figures: { ...applicationContent().figures, totalAssetsCny: 1_500_000 } }) };

describe('the web console in Chromium: a whole cycle', () => {
  let browser: Browser;
  let base: string;
  let site: ConsoleUnderTest | undefined;
  const errors: string[] = [];
  const shot = screenshots();
  const newPage = () => browserPage(browser, errors);

  beforeAll(async () => {
    site = await startConsole('certflow-console-');
    ({ browser, base } = site);
  });

  afterAll(async () => {
    await site?.close();
  });

  async function signedIn(as: { role: 'city' | 'county' | 'applicant'; county?: string; platformId?: string }): Promise<Page> {
    const page = await newPage();
    await page.goto(`${base}/console/sign-in`);
    await page.getByTestId('role').selectOption(as.role);
    if (as.county) await page.getByTestId('county').selectOption(as.county);
    if (as.platformId) await page.getByTestId('platform-id').fill(as.platformId);
    await page.getByTestId('sign-in').click();
    await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
    // An operator lands on its own platform's page; a new one has not applied yet and goes on to the form.
    if (as.role === 'applicant') {
      await page.getByTestId('never').waitFor();
      await page.getByTestId('never').getByRole('link').click();
      await page.waitForURL((url) => url.pathname.endsWith('/apply'));
    }
    return page;
  }

  async function fillApplication(page: Page, content: ApplicationContent) {
    const { profile, figures, declarations } = content;
    await page.getByTestId('cycle-year').fill(YEAR);
    await page.getByTestId('name').fill(profile.name);
    await page.getByTestId('operator-name').fill(profile.operator.name);
    await page.getByTestId('credit-code').fill(profile.operator.creditCode);
    await page.getByTestId('county').selectOption(profile.county);
    await page.getByTestId('established-on').fill(profile.establishedOn);
    for (const category of ['information', 'technology', 'entrepreneurship', 'training', 'financing'] as const) {
      await page.getByTestId(`category-${category}`).setChecked(profile.categories.includes(category));
    }
    await page.locator('[name=comprehensive]').setChecked(profile.comprehensive);
    await page.locator('[name=baseKind]').selectOption(profile.base.kind);
    await page.getByTestId('base-name').fill(profile.base.name);
    for (const key of ['totalAssetsCny', 'staffServingSmes', 'qualifiedStaff', 'premisesM2', 'publicInterestPercent', 'serviceInstitutions', 'smesServedLastYear', 'smesServedYearBefore', 'satisfactionPercent'] as const) {
      await page.getByTestId(key).fill(String(figures[key]));
    }
    const byCategory: Record<string, number | undefined> = {
      informationEvents: figures.information?.events,
      offlineFirms: figures.information?.offlineFirms,
      technologyEvents: figures.technology?.events,
      entrepreneurshipEvents: figures.entrepreneurship?.events,
      traineeTimes: figures.training?.traineeTimes,
      matchmakingEvents: figures.financing?.matchmakingEvents,
      financingLectures: figures.financing?.financingLectures,
    };
    for (const [name, value] of Object.entries(byCategory)) {
      const field = page.locator(`[name=${name}]`);
      if (value !== undefined && (await field.count()) > 0) await field.fill(String(value));
    }
    for (const key of ['independentLegalPerson', 'qualifiedForServices', 'servesMainlySmesInBase', 'soundFinances', 'managementSystem', 'smallFirmDiscounts', 'developmentPlan'] as const) {
      await page.getByTestId(key).setChecked(declarations[key]);
    }
    for (const category of profile.categories) {
      await page.getByTestId(`capabilities-${category}`).fill((declarations.capabilities[category] ?? []).join(', '));
    }
    for (const code of MATERIALS) {
      await page.getByTestId(`material-${code}`).setInputFiles({ name: `${code}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.7 ${code} of ${profile.name}`) });
      // Uploaded as picked (POST /api/v1/documents): the form attaches what the server stored.
      await page.getByTestId(`material-${code}-stored`).waitFor();
    }
  }

  it('the city signs in with the keyboard alone and opens the 2027 cycle from the cycle board (Art. 12)', async () => {
    const page = await newPage();
    await page.goto(`${base}/console/sign-in`);
    // The role select already reads 市局 (city): reach it, then the button.
    await tabTo(page, 'role');
    await tabTo(page, 'sign-in');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.endsWith('/cycle'));
    await expectAccessible(page);
    await page.getByTestId('cycle-year').fill(YEAR);
    await page.getByTestId('cycle-year').press('Enter');
    await expect(page.getByTestId('open-cycle').isVisible()).resolves.toBe(true);
    await expectAccessible(page, '[data-test=open-cycle]');
    await shot(page, 'city-opens-cycle');
    await page.getByTestId('open').click();
    await page.getByTestId('cycle').waitFor();
    await expect(page.getByTestId('cycle').textContent()).resolves.toContain('申报中');
    await expect(page.getByTestId('business-date').textContent()).resolves.toContain('模拟时间');
    await expect(page.getByTestId('last-write').textContent()).resolves.toMatch(/#\d+/);
    await shot(page, 'cycle-open');
    await page.context().close();
  });

  it('two applicants of two counties apply; the one below 6(3) total assets sees why before submitting (Arts. 6, 10)', async () => {
    for (const applicant of [ZHANGGONG, RUIJIN]) {
      const page = await signedIn({ role: 'applicant', platformId: applicant.platformId });
      await fillApplication(page, applicant.content);
      const assets = page.locator('[data-test=evaluation] tr[data-criterion="6(3) total assets"]');
      await expect(assets.getAttribute('data-result')).resolves.toBe(applicant === RUIJIN ? 'fail' : 'pass');
      if (applicant === RUIJIN) await expect(assets.textContent()).resolves.toContain('第6(3)条');
      if (applicant === ZHANGGONG) await expectAccessible(page, '[data-test=application]');
      await shot(page, `applicant-${applicant.platformId}-form`);
      await page.getByTestId('submit').click();
      await page.getByTestId('submitted').waitFor();
      await shot(page, `applicant-${applicant.platformId}-submitted`);
      await page.context().close();
    }
  });

  it("shows a county bureau its own county's platforms only, and the API refuses the other county when the console is bypassed (Art. 8)", async () => {
    const page = await signedIn({ role: 'county', county: ZHANGGONG.county });
    await page.getByTestId('queue-year').fill(YEAR);
    await page.getByTestId('load-queue').click();
    await page.locator(`[data-platform=${ZHANGGONG.platformId}]`).waitFor();
    await expect(page.locator(`[data-platform=${RUIJIN.platformId}]`).count()).resolves.toBe(0);
    // The token the console signed in with, as a person bypassing the console would take it.
    const token = await page.evaluate(() => {
      const storage = (globalThis as unknown as { sessionStorage: { getItem(key: string): string | null } }).sessionStorage;
      return (JSON.parse(storage.getItem('certflow.session')!) as { token: string }).token;
    });
    const headers = { Authorization: `Bearer ${token}` };
    const read = await page.request.get(`${base}/api/v1/platforms/${RUIJIN.platformId}`, { headers });
    expect(read.status()).toBe(404);
    const act = await page.request.post(`${base}/api/v1/platforms/${RUIJIN.platformId}/decline-to-recommend`, {
      headers,
      data: { countyEvaluation: { operation: { score: 1, comment: '' }, performance: { score: 1, comment: '' }, satisfaction: { score: 1, comment: '' }, evaluators: ['x'] }, reasons: ['x'] },
    });
    expect({ status: act.status(), code: (await act.json()).code }).toEqual({ status: 403, code: 'auth.other-county' });
    await shot(page, 'county-queue-own-only');
    await page.context().close();
  });

  it('each county evaluates and recommends its platform; the failing "generally" criterion is shown first and passed on with a reason (Art. 9)', async () => {
    for (const applicant of [ZHANGGONG, RUIJIN]) {
      const page = await signedIn({ role: 'county', county: applicant.county });
      await page.getByTestId('queue-year').fill(YEAR);
      await page.getByTestId('load-queue').click();
      await page.getByTestId(`open-${applicant.platformId}`).click();
      await page.getByTestId('evaluate').waitFor();
      // The county opens the applicant's Art. 10 materials in the browser: the bytes the applicant uploaded.
      const report = page.locator('[data-test=materials] a[data-document]').filter({ hasText: `${MATERIALS[0]}.pdf` });
      await expect(openedDocument(page, report)).resolves.toBe(`%PDF-1.7 ${MATERIALS[0]} of ${applicant.content.profile.name}`);
      if (applicant === RUIJIN) {
        await expect(page.getByTestId('failed-before').textContent()).resolves.toContain('资产总额');
        await page.getByTestId('override-6(3)').fill('资产总额略低于200万元，但近两年服务成效突出');
      }
      for (const aspect of ['operation', 'performance', 'satisfaction']) await page.getByTestId(`${aspect}-comment`).fill('运营规范');
      await page.getByTestId('evaluators').fill('刘科长\n陈干事');
      await page.getByTestId('material-recommendation-form').setInputFiles({ name: '推荐表.pdf', mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.7 推荐表 ${applicant.county}`) });
      await page.getByTestId('material-recommendation-form-stored').waitFor();
      if (applicant === ZHANGGONG) await expectAccessible(page, '[data-test=evaluate]');
      await shot(page, `county-${applicant.county}-evaluates`);
      await page.getByTestId('recommend').click();
      await page.getByTestId('done').waitFor();
      await expect(page.getByTestId('done').textContent()).resolves.toContain('PlatformRecommended');
      await page.context().close();
    }
  });

  it('the city certifies one and rejects the other with written reasons, closes the review and publishes (Arts. 11, 13)', async () => {
    const page = await signedIn({ role: 'city' });
    await page.goto(`${base}/console/cycle`);
    await page.getByTestId('cycle-year').fill(YEAR);
    await page.getByTestId('cycle-year').press('Enter');
    await page.getByTestId('close-window').click();
    await page.getByTestId('done').waitFor();
    await page.goto(`${base}/console/review`);
    await page.getByTestId('queue-year').fill(YEAR);
    await page.getByTestId('load-queue').click();
    for (const [applicant, decision] of [[ZHANGGONG, 'certify'], [RUIJIN, 'reject']] as const) {
      await page.getByTestId(`open-${applicant.platformId}`).click();
      await page.getByTestId('review').waitFor();
      // The city opens the county's recommendation form (Art. 9).
      const form = page.locator('[data-test=review] a[data-document]').filter({ hasText: '推荐表.pdf' });
      await expect(openedDocument(page, form)).resolves.toBe(`%PDF-1.7 推荐表 ${applicant.county}`);
      await page.getByTestId('reviewers').fill('市局评审组 王组长\n市局评审组 李委员');
      await page.getByTestId('reasons').fill(decision === 'certify' ? '材料齐全，各项指标达到认定条件' : '资产总额未达到第六条第三项要求，不予破格');
      if (applicant === ZHANGGONG) await expectAccessible(page, '[data-test=review]');
      await shot(page, `city-reviews-${applicant.platformId}`);
      await page.getByTestId(decision).click();
      await page.getByTestId('done').waitFor();
      await expect(page.getByTestId('done').textContent()).resolves.toContain(decision === 'certify' ? 'PlatformCertified' : 'ApplicationRejected');
    }
    await page.goto(`${base}/console/cycle`);
    await page.getByTestId('cycle-year').fill(YEAR);
    await page.getByTestId('cycle-year').press('Enter');
    await page.getByTestId('close-review').click();
    await page.getByTestId('done').waitFor();
    await page.getByTestId('publish').click();
    await expect(page.getByTestId('cycle').getByText('结果已公布').waitFor()).resolves.toBeUndefined();
    await shot(page, 'city-published');
    await page.context().close();
  });

  it('the public registry finds the certified platform by part of its Chinese name, and not the rejected one (Art. 13)', async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    await page.getByTestId('total').waitFor();
    await expectAccessible(page);
    await page.getByTestId('text').fill('章贡区中小企业');
    await page.getByTestId('search').click();
    await page.locator(`[data-platform=${ZHANGGONG.platformId}]`).waitFor();
    await expect(page.getByTestId('results').textContent()).resolves.toContain(ZHANGGONG.content.profile.name);
    await page.getByTestId('text').fill('瑞金市创业');
    await page.getByTestId('search').click();
    // Waits for the new answer: read at once, the count could still be the previous search's.
    await page.getByTestId('total').filter({ hasText: '共 0 个平台' }).waitFor();
    await expect(page.locator('[data-platform]').count()).resolves.toBe(0);
    // Keyboard only, from the top of a fresh page: Tab to the name field, type, Enter.
    await page.goto(`${base}/`);
    await page.getByTestId('total').waitFor();
    await tabTo(page, 'text');
    await page.keyboard.type('章贡');
    await page.keyboard.press('Enter');
    await page.locator(`[data-platform=${ZHANGGONG.platformId}]`).waitFor();
    await expectAccessible(page);
    await shot(page, 'public-registry');
    await page.context().close();
  });

  it('ran every page without a script error or a refused resource (CSP)', () => {
    expect(errors).toEqual([]);
  });
});
