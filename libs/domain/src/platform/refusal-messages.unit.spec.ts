// What every refusal of the platform's deciders says, whole: the zh-CN text is what an operator or
// a bureau reads (naming the article that decides it), the en text what the problem+json carries,
// and the details what a client acts on. A changed word here is a changed answer to a user.
import { describe, expect, it } from '@jest/globals';
import { RUIJIN, applicantOf, auditorActor, countyEvaluation, documentRef, materials, ruijinApplicationContent } from '@certflow/testing';
import type { PlatformCommand } from './platform.commands.js';
import type { Override, PlatformEvent } from './platform.events.js';
import {
  platform,
  APPLIED_ON,
  RECOMMENDED_ON,
  CERTIFIED_ON,
  RECHECK_DUE_ON,
  RECHECK_DECIDED_ON,
  NOTICE_ENDS_ON,
  OPEN_2027,
  REVIEW_CLOSED_2027,
  OPEN_2028,
  OPEN_2029,
  FORM,
  CONTENT,
  as,
  applicant,
  county,
  city,
  submit,
  returnForCorrection,
  resubmit,
  recommend,
  certify,
  reject,
  annualSummary,
  openRecheck,
  submitRecheck,
  failRecheck,
  revoke,
  submittedEvent,
  recommendedWith,
  H,
} from './story.spec.js';

interface Refusal {
  readonly code: string;
  readonly kind: string;
  readonly article: string | undefined;
  readonly zh: string;
  readonly en: string;
  readonly details?: Record<string, unknown> | undefined;
}

/** The refusal as a user meets it: code, kind, article, both texts and the details. */
const refusalOf = (history: readonly PlatformEvent[], command: PlatformCommand, context: ReturnType<typeof as>, code: string) => {
  const error = platform.given(history).when(command, context).thenThrows(code);
  return { code: error.code, kind: error.kind, article: error.article, zh: error.messages.zh, en: error.messages.en, details: error.details };
};

const recommendWith = (overrides: Override[]): PlatformCommand => ({
  type: 'RecommendPlatform',
  data: { countyEvaluation: countyEvaluation(), recommendationForm: FORM, overrides },
});
const summarised2027: PlatformEvent[] = [...H.certified, { type: 'AnnualSummarySubmitted', data: { year: 2027, summary: documentRef('2027年度工作总结.pdf'), submittedOn: '2028-01-20' } }];
const withoutMaterials = submittedEvent({ ...CONTENT, materials: materials(['application-report', 'legal-person-certificate', 'special-audit-report', 'staff-list', 'service-evidence', 'qualifications']) });

const CASES: [string, PlatformEvent[], PlatformCommand, ReturnType<typeof as>, Refusal][] = [
  [
    'Art. 2: the auditor acts on nothing',
    H.submitted,
    recommend,
    as(auditorActor(), RECOMMENDED_ON, OPEN_2027),
    { code: 'auth.read-only', kind: 'forbidden', article: undefined, zh: '审计角色只能查阅，不能办理', en: 'auditors read; they do not act' },
  ],
  [
    "Art. 2: another platform's operator",
    [],
    submit(),
    as(applicantOf('gz-rj-0002'), APPLIED_ON, OPEN_2027),
    { code: 'auth.not-the-operator', kind: 'forbidden', article: '2', zh: '只有平台运营单位本身可以办理此事项', en: "only the platform's own operator may do this" },
  ],
  [
    'Arts. 8, 9: the city recommending',
    H.submitted,
    recommend,
    city(RECOMMENDED_ON, OPEN_2027),
    { code: 'auth.county-only', kind: 'forbidden', article: '9', zh: '此事项由县（市、区）局办理（第八、九条）', en: 'this step belongs to the county bureau (Arts. 8, 9)' },
  ],
  [
    'Art. 8: another county recommending',
    H.submitted,
    recommend,
    county(RECOMMENDED_ON, OPEN_2027, RUIJIN),
    {
      code: 'auth.other-county',
      kind: 'forbidden',
      article: '8',
      zh: '县（市、区）局只能办理本辖区平台的事项（第八条）',
      en: "a county bureau acts only on its own county's platforms (Art. 8)",
    },
  ],
  [
    'Arts. 3, 11: a county certifying',
    H.recommended,
    certify(),
    county(CERTIFIED_ON),
    { code: 'auth.city-only', kind: 'forbidden', article: '11', zh: '此事项由市局办理（第三、十一条）', en: 'this decision belongs to the city bureau (Arts. 3, 11)' },
  ],
  [
    'Art. 8: applying while certified',
    H.certified,
    submit(),
    applicant('2027-04-01'),
    {
      code: 'application.already-active',
      kind: 'conflict',
      article: '8',
      zh: '该平台已有在办申请或已认定',
      en: 'the platform already has an application or certification in progress (certified)',
    },
  ],
  [
    'Art. 12: applying for a year whose cycle is not open',
    [],
    submit(CONTENT, 2028),
    applicant(APPLIED_ON),
    { code: 'application.cycle-closed', kind: 'conflict', article: '12', zh: '2028年度申报未开放或已截止（第十二条）', en: 'applications for 2028 are not open (Art. 12)' },
  ],
  [
    'Art. 12: applying again in the cycle the title was revoked in',
    H.revoked,
    submit(CONTENT, 2029),
    applicant('2029-04-01', OPEN_2029),
    { code: 'application.already-active', kind: 'conflict', article: '12', zh: '本年度已申报', en: 'already applied in this cycle' },
  ],
  [
    'Art. 8: a correction moving to another county',
    H.returned,
    resubmit(ruijinApplicationContent()),
    applicant('2027-04-05'),
    { code: 'application.county-changed', kind: 'invalid', article: '8', zh: '补正时不能更换所属县（市、区）', en: 'a resubmission cannot move the platform to another county' },
  ],
  [
    'Art. 10: a return with blank reasons and no materials',
    H.submitted,
    returnForCorrection(['  '], []),
    county('2027-03-25'),
    { code: 'application.return-needs-reason', kind: 'invalid', article: '10', zh: '退回须说明理由或缺少的材料', en: 'a return needs a reason or the missing materials' },
  ],
  [
    'Art. 12: recommending after the review closed',
    H.submitted,
    recommend,
    county(RECOMMENDED_ON, REVIEW_CLOSED_2027),
    { code: 'application.review-closed', kind: 'conflict', article: '12', zh: '本年度审核工作已结束', en: "this cycle's review has ended" },
  ],
  [
    'Art. 10: recommending without two materials names both',
    [withoutMaterials],
    recommend,
    county(RECOMMENDED_ON),
    {
      code: 'recommendation.materials-missing',
      kind: 'conflict',
      article: '10',
      zh: '申报材料不全，缺少：房产证或租赁合同、真实性声明（第十条）',
      en: 'the application lacks required materials: premises-proof, authenticity-declaration (Art. 10)',
      details: { missing: ['premises-proof', 'authenticity-declaration'] },
    },
  ],
  [
    'Arts. 6, 7: recommending a platform failing two hard criteria and an overridable one',
    [submittedEvent({ ...CONTENT, figures: { ...CONTENT.figures, totalAssetsCny: 1_500_000, premisesM2: 150, satisfactionPercent: 60 } })],
    recommend,
    county(RECOMMENDED_ON),
    {
      code: 'recommendation.criterion-failed',
      kind: 'conflict',
      article: '6',
      zh: '不符合第六、七条规定的条件，不能推荐：固定经营场所面积（第六条第（三）项）、用户满意度（第六条第（五）项）',
      en: 'the platform fails 6(3) premises m2, 6(5) satisfaction (Arts. 6, 7); the county recommends only platforms that meet them',
      details: {
        failed: [
          { criterion: '6(3) total assets', article: '6(3)', input: 1_500_000, threshold: 2_000_000, overridable: true },
          { criterion: '6(3) premises m2', article: '6(3)', input: 150, threshold: 200, overridable: false },
          { criterion: '6(5) satisfaction', article: '6(5)', input: 60, threshold: 70, overridable: false },
        ],
      },
    },
  ],
  [
    'Art. 7: recommending a platform failing a number of Art. 7 cites Art. 7',
    [submittedEvent({ ...CONTENT, figures: { ...CONTENT.figures, financing: { matchmakingEvents: 1, financingLectures: 7 } } })],
    recommend,
    county(RECOMMENDED_ON),
    {
      code: 'recommendation.criterion-failed',
      kind: 'conflict',
      article: '7',
      zh: '不符合第六、七条规定的条件，不能推荐：年开展银企对接活动次数（第七条第（五）项）',
      en: 'the platform fails 7(5) matchmaking events (Arts. 6, 7); the county recommends only platforms that meet them',
      details: { failed: [{ criterion: '7(5) matchmaking events', article: '7(5)', input: 1, threshold: 2, overridable: false }] },
    },
  ],
  [
    'Art. 6(3) "generally": recommending short of assets without a reason',
    [submittedEvent({ ...CONTENT, figures: { ...CONTENT.figures, totalAssetsCny: 1_500_000 } })],
    recommendWith([{ criterion: '6(3) total assets', reason: '   ' }]),
    county(RECOMMENDED_ON),
    {
      code: 'recommendation.override-needs-reason',
      kind: 'conflict',
      article: '6(3)',
      zh: '资产总额（第六条第（三）项）未达标，推荐须书面说明理由（第六条第（三）项“一般”）',
      en: '6(3) total assets not met; recommending anyway needs a written reason (Art. 6(3), "generally")',
      details: { criteria: ['6(3) total assets'] },
    },
  ],
  [
    'a county override for criteria that did not fail',
    H.submitted,
    recommendWith([
      { criterion: '6(5) satisfaction', reason: '调查样本充足' },
      { criterion: '6(3) premises m2', reason: '另有场地' },
    ]),
    county(RECOMMENDED_ON),
    {
      code: 'recommendation.override-not-needed',
      kind: 'invalid',
      article: undefined,
      zh: '无需说明理由的条件：用户满意度（第六条第（五）项）、固定经营场所面积（第六条第（三）项）',
      en: 'overrides for criteria that did not fail: 6(5) satisfaction, 6(3) premises m2',
      details: { criteria: ['6(5) satisfaction', '6(3) premises m2'] },
    },
  ],
  [
    'Art. 9: certifying what no county recommended',
    H.submitted,
    certify(),
    city(CERTIFIED_ON),
    {
      code: 'certification.not-recommended',
      kind: 'conflict',
      article: '9',
      zh: '市局只对县（市、区）局推荐的平台作出认定决定（第九条）',
      en: 'the city decides only on platforms their county recommended (Art. 9); this one is submitted',
      details: { status: 'submitted' },
    },
  ],
  [
    'Art. 11: certifying without reviewers',
    H.recommended,
    certify([], []),
    city(CERTIFIED_ON),
    { code: 'decision.reviewers-required', kind: 'invalid', article: '11', zh: '须列明审核人员', en: 'the decision must name its reviewers' },
  ],
  [
    'Art. 11: rejecting with a blank reason',
    H.recommended,
    reject([' ']),
    city(CERTIFIED_ON),
    { code: 'decision.reasons-required', kind: 'invalid', article: '11', zh: '须书面说明理由', en: 'the decision needs written reasons' },
  ],
  [
    'Arts. 6, 7: certifying a platform short of premises',
    recommendedWith({ figures: { premisesM2: 150 } }),
    certify(),
    city(CERTIFIED_ON),
    {
      code: 'certification.criterion-failed',
      kind: 'conflict',
      article: '6(3)',
      zh: '不符合认定条件：固定经营场所面积（第六条第（三）项）',
      en: 'the platform fails 6(3) premises m2 (Art. 6(3))',
      details: { criterion: '6(3) premises m2', input: 150, threshold: 200 },
    },
  ],
  [
    'Art. 6(3) "generally": certifying short of assets without a reason',
    recommendedWith({ figures: { totalAssetsCny: 1_500_000 } }),
    certify([{ criterion: '6(3) total assets', reason: '' }]),
    city(CERTIFIED_ON),
    {
      code: 'certification.override-needs-reason',
      kind: 'conflict',
      article: '6(3)',
      zh: '资产总额（第六条第（三）项）未达标，破格认定须书面说明理由（第六条第（三）项“一般”）',
      en: '6(3) total assets is not met; certifying anyway needs a written reason (Art. 6(3), "generally")',
      details: { criterion: '6(3) total assets' },
    },
  ],
  [
    'a city override for criteria that did not fail',
    H.recommended,
    certify([
      { criterion: '6(5) satisfaction', reason: '调查样本充足' },
      { criterion: '6(3) premises m2', reason: '另有场地' },
    ]),
    city(CERTIFIED_ON),
    {
      code: 'certification.override-not-needed',
      kind: 'invalid',
      article: undefined,
      zh: '无需破格的条件：用户满意度（第六条第（五）项）、固定经营场所面积（第六条第（三）项）',
      en: 'overrides for criteria that did not fail: 6(5) satisfaction, 6(3) premises m2',
    },
  ],
  [
    'Art. 14: a summary for a year before the certification',
    H.certified,
    annualSummary(2026),
    applicant('2028-01-20', OPEN_2028),
    { code: 'summary.year-out-of-range', kind: 'invalid', article: '14', zh: '年度工作总结的年份须在2027年至今年之间', en: 'a yearly summary covers a year from 2027 to this year' },
  ],
  [
    'Art. 14: a second summary for 2027',
    summarised2027,
    annualSummary(2027),
    applicant('2028-02-20', OPEN_2028),
    { code: 'summary.already-submitted', kind: 'conflict', article: '14', zh: '2027年度工作总结已报送', en: 'the 2027 summary was already sent' },
  ],
  [
    'Art. 15: opening a recheck in a year whose cycle is not open',
    H.certified,
    openRecheck(2029),
    city('2029-03-05', OPEN_2027),
    {
      code: 'recheck.cycle-not-open',
      kind: 'conflict',
      article: '15',
      zh: '复核与年度认定工作同步进行，2029年度工作未开启（第十五条）',
      en: 'rechecks run with the yearly cycle; the 2029 cycle is not open (Art. 15)',
    },
  ],
  [
    'Art. 15: opening a recheck a year early',
    H.certified,
    openRecheck(2028),
    city('2028-03-05', OPEN_2028),
    {
      code: 'recheck.not-due',
      kind: 'conflict',
      article: '15',
      zh: '该平台2028年度不需复核（每两年复核一次，第十五条）',
      en: 'the platform is not due for recheck in 2028 (every two years, Art. 15)',
      details: { status: 'certified', nextRecheckYear: 2029 },
    },
  ],
  [
    'Art. 15: opening a recheck of a platform not certified',
    H.submitted,
    openRecheck(2027),
    city('2027-04-05', OPEN_2027),
    {
      code: 'recheck.not-due',
      kind: 'conflict',
      article: '15',
      zh: '该平台2027年度不需复核（每两年复核一次，第十五条）',
      en: 'the platform is not due for recheck in 2027 (every two years, Art. 15)',
      details: { status: 'submitted' },
    },
  ],
  [
    'Art. 15: recheck materials after their deadline',
    H.recheckOpen,
    submitRecheck(),
    applicant('2029-06-01', OPEN_2029),
    { code: 'recheck.materials-late', kind: 'conflict', article: '15', zh: '复核材料报送截止日为2029-05-31（第十五条）', en: 'recheck materials were due by 2029-05-31 (Art. 15)' },
  ],
  [
    'Art. 15: recheck materials without two of the three',
    H.recheckOpen,
    submitRecheck(['two-year-summary']),
    applicant(RECHECK_DUE_ON, OPEN_2029),
    {
      code: 'recheck.materials-missing',
      kind: 'invalid',
      article: '15',
      zh: '复核材料不全，缺少：上一年度专项审计报告、年度运营评价表（附件3）（第十五条）',
      en: 'recheck materials missing: audit-report, yearly-evaluation-form (Art. 15)',
      details: { missing: ['audit-report', 'yearly-evaluation-form'] },
    },
  ],
  [
    'Art. 15: failing a recheck for missing materials on their last day',
    H.recheckOpen,
    failRecheck(),
    city(RECHECK_DUE_ON, OPEN_2029),
    {
      code: 'recheck.materials-not-yet-due',
      kind: 'conflict',
      article: '15',
      zh: '复核材料报送截止日（2029-05-31）前不能以未报送为由判定不合格',
      en: 'materials are due by 2029-05-31; a recheck cannot fail for missing them before then',
    },
  ],
  [
    'Art. 15: revoking without an announcement',
    H.recheckFailed,
    revoke(),
    city(RECHECK_DECIDED_ON, OPEN_2029),
    {
      code: 'revocation.not-announced',
      kind: 'conflict',
      article: '15',
      zh: '撤销称号前须先予以公告（第十五条）',
      en: 'a certification is revoked only after its revocation was announced (Art. 15)',
      details: { status: 'recheck-failed' },
    },
  ],
  [
    'Art. 15: revoking the day before the notice period ends',
    H.announced,
    revoke(),
    city('2029-07-30', OPEN_2029),
    {
      code: 'revocation.notice-running',
      kind: 'conflict',
      article: '15',
      zh: `公告期至${NOTICE_ENDS_ON}届满，届满后方可撤销`,
      en: `the notice period runs until ${NOTICE_ENDS_ON}; revocation can follow from that day`,
      details: { noticeEndsOn: NOTICE_ENDS_ON },
    },
  ],
];

describe('every refusal of a platform command says what the measures say, in both languages', () => {
  it.each(CASES)('%s', (_, history, command, context, expected) => {
    expect(refusalOf(history, command, context, expected.code)).toEqual({ details: undefined, ...expected });
  });
});
