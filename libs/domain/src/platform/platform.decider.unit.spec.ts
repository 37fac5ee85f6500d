import { describe, expect, it } from '@jest/globals';
import {
  PLATFORM_ID,
  RUIJIN,
  ZHANGGONG,
  applicantOf,
  applicationContent,
  at,
  auditorActor,
  cityActor,
  countyEvaluation,
  countyOf,
  cycleState,
  deciderSpec,
  documentRef,
  materials,
  platformContext,
  recheckMaterials,
  type ContentOverrides,
} from '@certflow/testing';
import { CERTIFIED_TITLE } from './certify-platform.js';
import { decidePlatform } from './decide.js';
import { evolvePlatform, initialPlatformState, type PlatformState } from './state.js';
import type { PlatformCommand } from './platform.commands.js';
import type { Override, PlatformEvent } from './platform.events.js';
import type { ApplicationContent, Material } from './application.js';
import { initialCycleState, type CycleState } from '../cycle/cycle.js';
import { evaluateApplication } from '../ruleset/evaluate.js';
import { GANZHOU_2013 } from '../ruleset/ganzhou-2013.js';
import { MATERIALS, RECHECK_MATERIALS, type MaterialCode, type RecheckMaterialCode } from '../ruleset/ruleset.js';
import type { Actor } from '../shared/actor.js';
import type { IsoDate } from '../shared/dates.js';

const platform = deciderSpec({ decide: decidePlatform, evolve: evolvePlatform, initialState: initialPlatformState });

/* ------------------------------------------------------------------ the calendar of this story */

const APPLIED_ON = '2027-03-15';
const RECOMMENDED_ON = '2027-04-10';
const CERTIFIED_ON = '2027-06-10';
const RECHECK_OPENED_ON = '2029-03-05';
const RECHECK_DUE_ON = '2029-05-31';
const RECHECK_SUBMITTED_ON = '2029-05-20';
const RECHECK_DECIDED_ON = '2029-06-20';
const ANNOUNCED_ON = '2029-07-01';
const NOTICE_ENDS_ON = '2029-07-31';

const OPEN_2027 = cycleState(2027);
const WINDOW_CLOSED_2027 = cycleState(2027, 'window-closed');
const REVIEW_CLOSED_2027 = cycleState(2027, 'review-closed');
const OPEN_2028 = cycleState(2028);
const OPEN_2029 = cycleState(2029);
const WINDOW_CLOSED_2029 = cycleState(2029, 'window-closed');

/* ------------------------------------------------------------------ contexts */

const instant = (when: string) => (when.includes('T') ? when : at(when));
const as = (actor: Actor, when: string, cycle: CycleState) => platformContext(actor, instant(when), cycle);
const applicant = (when: string, cycle: CycleState = OPEN_2027) => as(applicantOf(PLATFORM_ID), when, cycle);
const county = (when: string, cycle: CycleState = OPEN_2027, code = ZHANGGONG) => as(countyOf(code), when, cycle);
const city = (when: string, cycle: CycleState = WINDOW_CLOSED_2027) => as(cityActor(), when, cycle);

/* ------------------------------------------------------------------ commands */

const CONTENT = applicationContent();
const REVIEWERS = ['市民营企业管理局 王建国', '江西理工大学 李晓华教授', '赣州银行 陈思'];
const FORM = documentRef('赣州市市级中小企业公共服务示范平台推荐表（附件1）.pdf');

const submit = (application: ApplicationContent = CONTENT, cycleYear = 2027): PlatformCommand => ({
  type: 'SubmitApplication',
  data: { cycleYear, application },
});
const returnForCorrection = (reasons: string[] = ['专项审计报告未加盖会计师事务所公章'], missing: MaterialCode[] = ['special-audit-report']): PlatformCommand => ({
  type: 'ReturnForCorrection',
  data: { reasons, missingMaterials: missing },
});
const resubmit = (application: ApplicationContent): PlatformCommand => ({ type: 'ResubmitApplication', data: { application } });
const withdraw: PlatformCommand = { type: 'WithdrawApplication', data: { reason: '运营单位重组，暂不申报' } };
const recommend: PlatformCommand = { type: 'RecommendPlatform', data: { countyEvaluation: countyEvaluation(), recommendationForm: FORM } };
const decline = (reasons: string[] = ['服务企业满意度调查样本不足']): PlatformCommand => ({
  type: 'DeclineToRecommend',
  data: { countyEvaluation: countyEvaluation(62), reasons },
});
const certify = (overrides: Override[] = [], reviewers: string[] = REVIEWERS): PlatformCommand => ({
  type: 'CertifyPlatform',
  data: { reviewers, reasons: ['经市局审核，符合认定条件'], overrides },
});
const reject = (reasons: string[] = ['服务收支审计报告显示公益性服务不足'], reviewers: string[] = REVIEWERS): PlatformCommand => ({
  type: 'RejectApplication',
  data: { reviewers, reasons },
});
const annualSummary = (year: number): PlatformCommand => ({
  type: 'SubmitAnnualSummary',
  data: { year, summary: documentRef(`${year}年度工作总结.pdf`) },
});
const openRecheck = (cycleYear: number): PlatformCommand => ({ type: 'OpenRecheck', data: { cycleYear } });
const submitRecheck = (codes: readonly RecheckMaterialCode[] = RECHECK_MATERIALS): PlatformCommand => ({
  type: 'SubmitRecheckMaterials',
  data: { materials: recheckMaterials(codes) },
});
const giveOpinion = (opinion: 'pass' | 'fail' = 'pass'): PlatformCommand => ({
  type: 'GiveRecheckOpinion',
  data: { opinion, countyEvaluation: countyEvaluation(), comments: opinion === 'pass' ? '两年来运营良好' : '服务企业数量明显下降' },
});
const confirm = (reviewers: string[] = REVIEWERS): PlatformCommand => ({
  type: 'ConfirmRecheck',
  data: { reviewers, reasons: ['复核合格'] },
});
const failRecheck = (reasons: string[] = ['复核不合格：服务企业数量不足50家'], reviewers: string[] = REVIEWERS): PlatformCommand => ({
  type: 'FailRecheck',
  data: { reviewers, reasons },
});
const announce = (reasons: string[] = ['复核不合格，拟撤销示范平台称号']): PlatformCommand => ({ type: 'AnnounceRevocation', data: { reasons } });
const revoke = (reasons: string[] = ['公告期满无异议，撤销示范平台称号']): PlatformCommand => ({ type: 'RevokeCertification', data: { reasons } });

/* ------------------------------------------------------------------ histories */

const submittedEvent = (application: ApplicationContent = CONTENT, submittedOn: IsoDate = APPLIED_ON, cycleYear = 2027): PlatformEvent => ({
  type: 'ApplicationSubmitted',
  data: { platformId: PLATFORM_ID, cycleYear, application, evaluation: evaluateApplication(application, submittedOn, GANZHOU_2013), submittedOn },
});
const returnedEvent: PlatformEvent = {
  type: 'ApplicationReturnedForCorrection',
  data: { cycleYear: 2027, reasons: ['专项审计报告未加盖会计师事务所公章'], missingMaterials: ['special-audit-report'] },
};
const recommendedEvent = (application: ApplicationContent = CONTENT): PlatformEvent => ({
  type: 'PlatformRecommended',
  data: {
    cycleYear: 2027,
    county: ZHANGGONG,
    countyEvaluation: countyEvaluation(),
    recommendationForm: FORM,
    evaluation: evaluateApplication(application, RECOMMENDED_ON, GANZHOU_2013),
  },
});
const certifiedEvent: PlatformEvent = {
  type: 'PlatformCertified',
  data: {
    cycleYear: 2027,
    title: CERTIFIED_TITLE,
    reviewers: REVIEWERS,
    reasons: ['经市局审核，符合认定条件'],
    overrides: [],
    evaluation: evaluateApplication(CONTENT, CERTIFIED_ON, GANZHOU_2013),
    certifiedOn: CERTIFIED_ON,
    nextRecheckYear: 2029,
  },
};
const recheckOpenedEvent: PlatformEvent = { type: 'RecheckOpened', data: { cycleYear: 2029, materialsDueOn: RECHECK_DUE_ON, certifiedIn: 2027 } };
const recheckSubmittedEvent: PlatformEvent = {
  type: 'RecheckMaterialsSubmitted',
  data: { cycleYear: 2029, materials: recheckMaterials(), submittedOn: RECHECK_SUBMITTED_ON },
};
const opinionEvent: PlatformEvent = {
  type: 'RecheckOpinionGiven',
  data: { cycleYear: 2029, county: ZHANGGONG, opinion: 'fail', countyEvaluation: countyEvaluation(55), comments: '服务企业数量明显下降' },
};
const recheckFailedEvent: PlatformEvent = {
  type: 'RecheckFailed',
  data: { cycleYear: 2029, reviewers: REVIEWERS, reasons: ['复核不合格：服务企业数量不足50家'], materialsMissing: false },
};
const announcedEvent: PlatformEvent = {
  type: 'RevocationAnnounced',
  data: {
    cycleYear: 2029,
    announcedOn: ANNOUNCED_ON,
    noticeEndsOn: NOTICE_ENDS_ON,
    noticeDays: 30,
    rulesetId: 'ganzhou-2013',
    rulesetVersion: 1,
    reasons: ['复核不合格，拟撤销示范平台称号'],
  },
};

const H = {
  submitted: [submittedEvent()],
  returned: [submittedEvent(), returnedEvent],
  recommended: [submittedEvent(), recommendedEvent()],
  withdrawn: [submittedEvent(), { type: 'ApplicationWithdrawn', data: { cycleYear: 2027, reason: '运营单位重组，暂不申报' } }],
  notRecommended: [
    submittedEvent(),
    {
      type: 'PlatformNotRecommended',
      data: {
        cycleYear: 2027,
        county: ZHANGGONG,
        countyEvaluation: countyEvaluation(62),
        reasons: ['服务企业满意度调查样本不足'],
        evaluation: evaluateApplication(CONTENT, RECOMMENDED_ON, GANZHOU_2013),
      },
    },
  ],
  rejected: [
    submittedEvent(),
    recommendedEvent(),
    {
      type: 'ApplicationRejected',
      data: { cycleYear: 2027, reviewers: REVIEWERS, reasons: ['不符合条件'], evaluation: evaluateApplication(CONTENT, CERTIFIED_ON, GANZHOU_2013) },
    },
  ],
  certified: [submittedEvent(), recommendedEvent(), certifiedEvent],
  recheckOpen: [submittedEvent(), recommendedEvent(), certifiedEvent, recheckOpenedEvent],
  recheckSubmitted: [submittedEvent(), recommendedEvent(), certifiedEvent, recheckOpenedEvent, recheckSubmittedEvent],
  opinionGiven: [submittedEvent(), recommendedEvent(), certifiedEvent, recheckOpenedEvent, recheckSubmittedEvent, opinionEvent],
  recheckFailed: [submittedEvent(), recommendedEvent(), certifiedEvent, recheckOpenedEvent, recheckSubmittedEvent, opinionEvent, recheckFailedEvent],
  announced: [
    ...[submittedEvent(), recommendedEvent(), certifiedEvent, recheckOpenedEvent, recheckSubmittedEvent, opinionEvent, recheckFailedEvent],
    announcedEvent,
  ],
  revoked: [
    ...[submittedEvent(), recommendedEvent(), certifiedEvent, recheckOpenedEvent, recheckSubmittedEvent, opinionEvent, recheckFailedEvent],
    announcedEvent,
    { type: 'PlatformRevoked', data: { cycleYear: 2029, revokedOn: NOTICE_ENDS_ON, reasons: ['公告期满无异议，撤销示范平台称号'] } },
  ],
} satisfies Record<string, PlatformEvent[]>;

/** A submitted then recommended application with this content (for certification tests). */
const recommendedWith = (overrides: ContentOverrides): PlatformEvent[] => {
  const application = applicationContent(overrides);
  return [submittedEvent(application), recommendedEvent(application)];
};

/** The evaluation a deciding event must carry: made under the Ganzhou 2013 measures, version 1. */
const ganzhouEvaluation = (extra: object = {}) => expect.objectContaining({ rulesetId: 'ganzhou-2013', rulesetVersion: 1, ...extra });

/* ================================================================== SubmitApplication */

describe('SubmitApplication (Arts. 8, 10, 12)', () => {
  it('Art. 12: the operator applies inside the open 2027 cycle; the event carries the content and the rule evaluation', () => {
    platform.given([]).when(submit(), applicant(APPLIED_ON)).then([
      {
        type: 'ApplicationSubmitted',
        data: {
          platformId: PLATFORM_ID,
          cycleYear: 2027,
          application: CONTENT,
          evaluation: evaluateApplication(CONTENT, APPLIED_ON, GANZHOU_2013),
          submittedOn: APPLIED_ON,
        },
      },
    ]);
  });

  it('Art. 12: an application at 23:59:59 Shanghai time on the deadline day is accepted', () => {
    platform.given([]).when(submit(), applicant('2027-04-30T15:59:59Z')).then([
      { type: 'ApplicationSubmitted', data: expect.objectContaining({ submittedOn: '2027-04-30' }) },
    ]);
  });

  it('Art. 12: an application after the deadline (00:00 on 1 May in Shanghai) → application.cycle-closed', () => {
    platform.given([]).when(submit(), applicant('2027-04-30T16:00:00Z')).thenThrows({ code: 'application.cycle-closed', article: '12', kind: 'conflict' });
  });

  it.each([
    ['no cycle is open', initialCycleState],
    ['the window is closed', WINDOW_CLOSED_2027],
    ['the review is closed', REVIEW_CLOSED_2027],
  ])('Art. 12: outside an open cycle (%s) → application.cycle-closed', (_, cycle) => {
    platform.given([]).when(submit(), applicant(APPLIED_ON, cycle)).thenThrows({ code: 'application.cycle-closed', article: '12' });
  });

  it('Art. 12: an application naming another year than the open cycle → application.cycle-closed', () => {
    const error = platform.given([]).when(submit(CONTENT, 2028), applicant(APPLIED_ON)).thenThrows({ code: 'application.cycle-closed', article: '12' });
    expect(error.messages.zh).toContain('2028');
  });

  it.each([
    ['the operator of another platform', applicantOf('gz-rj-0002')],
    ['the county bureau', countyOf(ZHANGGONG)],
    ['the city bureau', cityActor()],
  ])('Art. 2: %s cannot apply for this platform → auth.not-the-operator', (_, actor) => {
    const error = platform.given([]).when(submit(), as(actor, APPLIED_ON, OPEN_2027)).thenThrows('auth.not-the-operator');
    expect(error.kind).toBe('forbidden');
  });

  it.each([
    ['submitted', H.submitted],
    ['returned for correction', H.returned],
    ['recommended', H.recommended],
    ['certified', H.certified],
    ['under recheck', H.recheckOpen],
    ['after a failed recheck', H.recheckFailed],
    ['while revocation is announced', H.announced],
  ])('Art. 8: a platform %s cannot apply again → application.already-active', (_, history) => {
    platform.given(history).when(submit(), applicant('2027-04-01')).thenThrows({ code: 'application.already-active', kind: 'conflict' });
  });

  it.each([
    ['withdrawn', H.withdrawn],
    ['not recommended', H.notRecommended],
    ['rejected', H.rejected],
  ])('Art. 12: an application %s in 2027 may be followed by a new one in 2028', (_, history) => {
    platform.given(history).when(submit(CONTENT, 2028), applicant('2028-03-20', OPEN_2028)).then([
      { type: 'ApplicationSubmitted', data: expect.objectContaining({ cycleYear: 2028, submittedOn: '2028-03-20' }) },
    ]);
  });

  it('Art. 12: after withdrawing, the operator may apply again in the same open cycle', () => {
    platform.given(H.withdrawn).when(submit(), applicant('2027-04-20')).then([
      { type: 'ApplicationSubmitted', data: expect.objectContaining({ cycleYear: 2027, submittedOn: '2027-04-20' }) },
    ]);
  });

  it('Arts. 12, 15: a platform whose title was revoked may apply again in a later cycle', () => {
    platform.given(H.revoked).when(submit(CONTENT, 2030), applicant('2030-03-10', cycleState(2030))).then([
      { type: 'ApplicationSubmitted', data: expect.objectContaining({ cycleYear: 2030 }) },
    ]);
  });

  it('Art. 5: an application without a service category → application.no-category', () => {
    const application = applicationContent({ profile: { categories: [] } });
    platform.given([]).when(submit(application), applicant(APPLIED_ON)).thenThrows({ code: 'application.no-category', article: '5', kind: 'invalid' });
  });

  it('Art. 5: a service category listed twice → application.duplicate-category', () => {
    const application = applicationContent({ profile: { categories: ['training', 'training'] } });
    platform.given([]).when(submit(application), applicant(APPLIED_ON)).thenThrows({ code: 'application.duplicate-category', article: '5' });
  });

  it('Art. 6(1): an impossible establishment date is malformed input → application.invalid-date', () => {
    const application = applicationContent({ profile: { establishedOn: '2019-02-29' } });
    platform.given([]).when(submit(application), applicant(APPLIED_ON)).thenThrows({ code: 'application.invalid-date', kind: 'malformed', article: '6(1)' });
  });

  const establishedOn = (date: string) => applicationContent({ profile: { establishedOn: date } });
  const OUT_OF_RANGE = { code: 'application.establishment-date-out-of-range', kind: 'malformed', article: '6(1)' } as const;

  it('Art. 6(1): established 9999-12-31 is not a platform that applied in 2027 → application.establishment-date-out-of-range', () => {
    const error = platform.given([]).when(submit(establishedOn('9999-12-31')), applicant(APPLIED_ON)).thenThrows(OUT_OF_RANGE);
    expect(error.details).toEqual({ establishedOn: '9999-12-31', earliest: '1949-10-01', latest: APPLIED_ON });
  });

  it('Art. 6(1): established on the application date is accepted (and fails the two years); the day after is refused', () => {
    const [event] = platform.given([]).when(submit(establishedOn(APPLIED_ON)), applicant(APPLIED_ON)).then([
      { type: 'ApplicationSubmitted', data: expect.objectContaining({ submittedOn: APPLIED_ON }) },
    ]);
    expect(event?.type === 'ApplicationSubmitted' && event.data.evaluation.failed).toEqual(['6(1) operating years']);
    platform.given([]).when(submit(establishedOn('2027-03-16')), applicant(APPLIED_ON)).thenThrows(OUT_OF_RANGE);
  });

  it('Art. 6(1): the application date is the Shanghai business date of the submission', () => {
    // 2027-03-15T16:30Z is 00:30 on 16 March in Shanghai; 15:59:59Z is still the 15th.
    platform.given([]).when(submit(establishedOn('2027-03-16')), applicant('2027-03-15T16:30:00Z')).then([
      { type: 'ApplicationSubmitted', data: expect.objectContaining({ submittedOn: '2027-03-16' }) },
    ]);
    platform.given([]).when(submit(establishedOn('2027-03-16')), applicant('2027-03-15T15:59:59Z')).thenThrows(OUT_OF_RANGE);
  });

  it('Art. 6(1): established on 1949-10-01 is accepted; 1949-09-30 is refused', () => {
    platform.given([]).when(submit(establishedOn('1949-10-01')), applicant(APPLIED_ON)).then([
      { type: 'ApplicationSubmitted', data: expect.objectContaining({ cycleYear: 2027 }) },
    ]);
    platform.given([]).when(submit(establishedOn('1949-09-30')), applicant(APPLIED_ON)).thenThrows(OUT_OF_RANGE);
  });

  const withFigures = (figures: ContentOverrides['figures']) => applicationContent({ figures });

  it('Art. 6(3): qualified staff equal to the staff is accepted; one more is malformed → application.qualified-staff-over-staff', () => {
    platform.given([]).when(submit(withFigures({ staffServingSmes: 12, qualifiedStaff: 12 })), applicant(APPLIED_ON)).then([
      { type: 'ApplicationSubmitted', data: expect.objectContaining({ cycleYear: 2027 }) },
    ]);
    const error = platform.given([]).when(submit(withFigures({ staffServingSmes: 12, qualifiedStaff: 13 })), applicant(APPLIED_ON)).thenThrows({
      code: 'application.qualified-staff-over-staff',
      kind: 'malformed',
      article: '6(3)',
    });
    expect(error.details).toEqual({ qualifiedStaff: 13, staffServingSmes: 12 });
  });

  it.each([
    ['publicInterestPercent', '6(4)'],
    ['satisfactionPercent', '6(5)'],
  ] as const)('Art. %s: a share of exactly 100 %% is accepted; 100.01 %% is malformed → application.share-over-100', (figure, article) => {
    platform.given([]).when(submit(withFigures({ [figure]: 100 })), applicant(APPLIED_ON)).then([
      { type: 'ApplicationSubmitted', data: expect.objectContaining({ cycleYear: 2027 }) },
    ]);
    const error = platform.given([]).when(submit(withFigures({ [figure]: 100.01 })), applicant(APPLIED_ON)).thenThrows({
      code: 'application.share-over-100',
      kind: 'malformed',
      article,
    });
    expect(error.details).toEqual({ figures: [figure] });
    expect(error.messages.zh).not.toMatch(/[A-Za-z]/);
  });

  it.each([
    ['totalAssetsCny', { totalAssetsCny: -1 }],
    ['training.traineeTimes', { training: { traineeTimes: -5 } }],
  ] as const)('Art. 6: a negative figure (%s) is malformed → application.figure-out-of-range', (name, figures) => {
    const error = platform.given([]).when(submit(withFigures(figures)), applicant(APPLIED_ON)).thenThrows({ code: 'application.figure-out-of-range', kind: 'malformed' });
    expect(error.details).toEqual({ figures: [name] });
    expect(error.messages.zh).not.toMatch(/[A-Za-z]/);
  });

  it('Art. 10: a material that is none of the eight → application.unknown-material', () => {
    const businessPlan = { code: 'business-plan', ...documentRef('商业计划书.pdf') } as unknown as Material;
    const application = applicationContent({ materials: [...materials(), businessPlan] });
    const error = platform.given([]).when(submit(application), applicant(APPLIED_ON)).thenThrows({ code: 'application.unknown-material', article: '10' });
    expect(error.messages.en).toContain('business-plan');
  });

  it('Art. 10: missing materials do not block the submission (the county returns or withholds the recommendation)', () => {
    const application = applicationContent({ materials: materials(['application-report', 'legal-person-certificate']) });
    platform.given([]).when(submit(application), applicant(APPLIED_ON)).then([
      { type: 'ApplicationSubmitted', data: expect.objectContaining({ application }) },
    ]);
  });

  it('Art. 6: an application that fails a number is still accepted, its evaluation showing the failure', () => {
    const application = applicationContent({ figures: { premisesM2: 150 } });
    platform.given([]).when(submit(application), applicant(APPLIED_ON)).then([
      { type: 'ApplicationSubmitted', data: expect.objectContaining({ evaluation: ganzhouEvaluation({ failed: ['6(3) premises m2'] }) }) },
    ]);
  });

  it('evolve: a submitted application is the state of a known platform in its county', () => {
    expect(platform.given(H.submitted).state).toEqual({
      status: 'submitted',
      platformId: PLATFORM_ID,
      name: '赣州市章贡区中小企业综合服务平台',
      county: ZHANGGONG,
      cycleYear: 2027,
      application: CONTENT,
      evaluation: evaluateApplication(CONTENT, APPLIED_ON, GANZHOU_2013),
    });
  });
});

/* ================================================================== ReturnForCorrection */

describe('ReturnForCorrection (Arts. 8, 10)', () => {
  it('Art. 10: the county of the platform returns it with reasons and the missing materials', () => {
    platform.given(H.submitted).when(returnForCorrection(), county('2027-03-25')).then([returnedEvent]);
  });

  it('Art. 10: missing materials alone are reason enough', () => {
    platform.given(H.submitted).when(returnForCorrection([], ['premises-proof']), county('2027-03-25')).then([
      { type: 'ApplicationReturnedForCorrection', data: { cycleYear: 2027, reasons: [], missingMaterials: ['premises-proof'] } },
    ]);
  });

  it('Art. 10: a return with neither reasons nor missing materials → application.return-needs-reason', () => {
    platform.given(H.submitted).when(returnForCorrection([], []), county('2027-03-25')).thenThrows({
      code: 'application.return-needs-reason',
      article: '10',
      kind: 'invalid',
    });
  });

  it('Art. 8: the bureau of another county (瑞金市) → auth.other-county', () => {
    const error = platform.given(H.submitted).when(returnForCorrection(), county('2027-03-25', OPEN_2027, RUIJIN)).thenThrows({
      code: 'auth.other-county',
      article: '8',
      kind: 'forbidden',
    });
    expect(error.messages.zh).toContain('第八条');
  });

  it.each([
    ['the city bureau', cityActor()],
    ['the operator', applicantOf(PLATFORM_ID)],
  ])('Art. 9: %s cannot return an application → auth.county-only', (_, actor) => {
    platform.given(H.submitted).when(returnForCorrection(), as(actor, '2027-03-25', OPEN_2027)).thenThrows({ code: 'auth.county-only', article: '9' });
  });

  it.each([
    ['new', []],
    ['returned', H.returned],
    ['recommended', H.recommended],
    ['certified', H.certified],
  ])('only a submitted application can be returned, not one that is %s → platform.wrong-status', (_, history) => {
    const error = platform.given(history).when(returnForCorrection(), county('2027-04-20')).thenThrows('platform.wrong-status');
    expect(error.details).toEqual({ status: platform.given(history).state.status });
  });

  it('Art. 12: once the review is closed → application.review-closed', () => {
    platform.given(H.submitted).when(returnForCorrection(), county('2027-07-02', REVIEW_CLOSED_2027)).thenThrows({ code: 'application.review-closed', article: '12' });
  });

  it('evolve: the application is back with the operator', () => {
    expect(platform.given(H.returned).state.status).toBe('returned');
  });
});

/* ================================================================== ResubmitApplication */

describe('ResubmitApplication (Art. 10)', () => {
  const corrected = applicationContent({ profile: { name: '赣州市章贡区中小企业综合服务中心平台' }, figures: { premisesM2: 920 } });

  it('Art. 10: the operator resubmits the corrected application; it is evaluated again under the cycle ruleset', () => {
    platform.given(H.returned).when(resubmit(corrected), applicant('2027-04-05')).then([
      { type: 'ApplicationResubmitted', data: { cycleYear: 2027, application: corrected, evaluation: ganzhouEvaluation({ failed: [] }) } },
    ]);
  });

  it('Art. 10: a correction may also cure a failed number, and the new evaluation shows it', () => {
    const history = [submittedEvent(applicationContent({ figures: { premisesM2: 150 } })), returnedEvent];
    const [event] = platform.given(history).when(resubmit(corrected), applicant('2027-04-05')).then([
      { type: 'ApplicationResubmitted', data: expect.objectContaining({ application: corrected }) },
    ]);
    expect(event?.type === 'ApplicationResubmitted' && event.data.evaluation.failed).toEqual([]);
  });

  it('evolve: the resubmitted application is submitted again, under its corrected name and content', () => {
    const state = platform.given([
      ...H.returned,
      { type: 'ApplicationResubmitted', data: { cycleYear: 2027, application: corrected, evaluation: evaluateApplication(corrected, '2027-04-05', GANZHOU_2013) } },
    ]).state;
    expect(state).toMatchObject({ status: 'submitted', name: '赣州市章贡区中小企业综合服务中心平台', application: corrected });
  });

  it('Art. 8: a resubmission cannot move the platform to another county → application.county-changed', () => {
    const moved = applicationContent({ profile: { county: RUIJIN } });
    platform.given(H.returned).when(resubmit(moved), applicant('2027-04-05')).thenThrows({ code: 'application.county-changed', article: '8', kind: 'invalid' });
  });

  it('Art. 6(1): the resubmitted content is checked against the resubmission date → application.establishment-date-out-of-range', () => {
    const corrected = applicationContent({ profile: { establishedOn: '2027-04-06' } });
    platform.given(H.returned).when(resubmit(corrected), applicant('2027-04-05')).thenThrows({ code: 'application.establishment-date-out-of-range', kind: 'malformed' });
  });

  it('Art. 6(3): more qualified staff than staff in a resubmission → application.qualified-staff-over-staff', () => {
    const corrected = applicationContent({ figures: { staffServingSmes: 10, qualifiedStaff: 11 } });
    platform.given(H.returned).when(resubmit(corrected), applicant('2027-04-05')).thenThrows('application.qualified-staff-over-staff');
  });

  it('Art. 5: the resubmitted content is checked like a submission → application.no-category', () => {
    platform.given(H.returned).when(resubmit(applicationContent({ profile: { categories: [] } })), applicant('2027-04-05')).thenThrows('application.no-category');
  });

  it('Art. 2: only the operator resubmits → auth.not-the-operator', () => {
    platform.given(H.returned).when(resubmit(corrected), as(applicantOf('gz-rj-0002'), '2027-04-05', OPEN_2027)).thenThrows('auth.not-the-operator');
  });

  it.each([
    ['submitted', H.submitted],
    ['recommended', H.recommended],
  ])('only a returned application can be resubmitted, not a %s one → platform.wrong-status', (_, history) => {
    platform.given(history).when(resubmit(corrected), applicant('2027-04-05')).thenThrows('platform.wrong-status');
  });

  it('Art. 12: once the review is closed → application.review-closed', () => {
    platform.given(H.returned).when(resubmit(corrected), applicant('2027-07-02', REVIEW_CLOSED_2027)).thenThrows('application.review-closed');
  });
});

/* ================================================================== WithdrawApplication */

describe('WithdrawApplication', () => {
  it.each([
    ['submitted', H.submitted],
    ['returned for correction', H.returned],
    ['recommended', H.recommended],
  ])('the operator withdraws an application that is %s', (_, history) => {
    platform.given(history).when(withdraw, applicant('2027-05-10', WINDOW_CLOSED_2027)).then([
      { type: 'ApplicationWithdrawn', data: { cycleYear: 2027, reason: '运营单位重组，暂不申报' } },
    ]);
  });

  it.each([
    ['certified', H.certified],
    ['rejected', H.rejected],
    ['already withdrawn', H.withdrawn],
    ['never applied', []],
  ])('nothing to withdraw once %s → platform.wrong-status', (_, history) => {
    platform.given(history).when(withdraw, applicant('2027-06-20')).thenThrows({ code: 'platform.wrong-status', kind: 'conflict' });
  });

  it('Art. 2: the county cannot withdraw for the operator → auth.not-the-operator', () => {
    platform.given(H.submitted).when(withdraw, county('2027-04-01')).thenThrows('auth.not-the-operator');
  });

  it('evolve: a withdrawn application closes, keeping who the platform is', () => {
    expect(platform.given(H.withdrawn).state).toEqual({
      status: 'closed',
      closedAs: 'withdrawn',
      platformId: PLATFORM_ID,
      name: '赣州市章贡区中小企业综合服务平台',
      county: ZHANGGONG,
      cycleYear: 2027,
    });
  });
});

/* ================================================================== RecommendPlatform */

describe('RecommendPlatform (Arts. 8, 9, 10)', () => {
  it('Art. 9: the county recommends with its evaluation (测评) and form, and the rule evaluation', () => {
    platform.given(H.submitted).when(recommend, county(RECOMMENDED_ON)).then([
      {
        type: 'PlatformRecommended',
        data: {
          cycleYear: 2027,
          county: ZHANGGONG,
          countyEvaluation: countyEvaluation(),
          recommendationForm: FORM,
          evaluation: ganzhouEvaluation({ failed: [] }),
          overrides: [],
        },
      },
    ]);
  });

  it('Art. 9: the county may recommend after the application window closed, while the review runs', () => {
    platform.given(H.submitted).when(recommend, county('2027-05-10', WINDOW_CLOSED_2027)).then([
      { type: 'PlatformRecommended', data: expect.objectContaining({ county: ZHANGGONG }) },
    ]);
  });

  it.each(MATERIALS.map((code) => [code]))('Art. 10: without the material "%s" → recommendation.materials-missing', (code) => {
    const application = applicationContent({ materials: materials(MATERIALS.filter((c) => c !== code)) });
    const error = platform.given([submittedEvent(application)]).when(recommend, county(RECOMMENDED_ON)).thenThrows({
      code: 'recommendation.materials-missing',
      article: '10',
      kind: 'conflict',
    });
    expect(error.details).toEqual({ missing: [code] });
  });

  it('Art. 10: every missing material is named', () => {
    const application = applicationContent({ materials: materials(['application-report', 'legal-person-certificate', 'staff-list']) });
    const error = platform.given([submittedEvent(application)]).when(recommend, county(RECOMMENDED_ON)).thenThrows('recommendation.materials-missing');
    expect(error.details).toEqual({ missing: ['special-audit-report', 'premises-proof', 'service-evidence', 'qualifications', 'authenticity-declaration'] });
    expect(error.messages.zh).toContain('房产证或租赁合同');
    expect(error.messages.zh).not.toMatch(/[A-Za-z]/);
  });

  it('Art. 8: the bureau of another county (瑞金市) → auth.other-county', () => {
    platform.given(H.submitted).when(recommend, county(RECOMMENDED_ON, OPEN_2027, RUIJIN)).thenThrows({ code: 'auth.other-county', article: '8' });
  });

  it.each([
    ['the city bureau', cityActor()],
    ['the operator', applicantOf(PLATFORM_ID)],
  ])('Art. 9: %s cannot recommend → auth.county-only', (_, actor) => {
    platform.given(H.submitted).when(recommend, as(actor, RECOMMENDED_ON, OPEN_2027)).thenThrows({ code: 'auth.county-only', article: '9' });
  });

  it.each([
    ['returned for correction', H.returned],
    ['already recommended', H.recommended],
    ['withdrawn', H.withdrawn],
  ])('only a submitted application is recommended, not one %s → platform.wrong-status', (_, history) => {
    platform.given(history).when(recommend, county(RECOMMENDED_ON)).thenThrows('platform.wrong-status');
  });

  it('Art. 12: once the review is closed → application.review-closed', () => {
    platform.given(H.submitted).when(recommend, county('2027-07-02', REVIEW_CLOSED_2027)).thenThrows('application.review-closed');
  });

  it('evolve: a recommended application waits for the city', () => {
    expect(platform.given(H.recommended).state).toMatchObject({ status: 'recommended', application: CONTENT, countyOverrides: [] });
  });

  it('evolve: a recommendation recorded before counties could pass criteria on carries none', () => {
    const recorded = recommendedEvent();
    const legacy = { ...recorded, data: { ...recorded.data } } as PlatformEvent & { data: { overrides?: unknown } };
    delete legacy.data.overrides;
    expect(platform.given([submittedEvent(), legacy]).state).toMatchObject({ status: 'recommended', countyOverrides: [] });
  });
});

describe('RecommendPlatform: Art. 8 puts the check against Arts. 6 and 7 on the county', () => {
  const submittedWith = (overrides: ContentOverrides) => [submittedEvent(applicationContent(overrides))];
  const recommendWith = (overrides: Override[]): PlatformCommand => ({
    type: 'RecommendPlatform',
    data: { countyEvaluation: countyEvaluation(), recommendationForm: FORM, overrides },
  });
  const ASSETS_REASON = { criterion: '6(3) total assets', reason: '平台场地由园区无偿提供，资产规模较小但服务成效显著' };

  it('Art. 6(3): premises of 150 m² → recommendation.criterion-failed, citing Art. 6 and listing the failure', () => {
    const error = platform.given(submittedWith({ figures: { premisesM2: 150 } })).when(recommend, county(RECOMMENDED_ON)).thenThrows({
      code: 'recommendation.criterion-failed',
      article: '6',
      kind: 'conflict',
    });
    expect(error.details).toEqual({ failed: [{ criterion: '6(3) premises m2', article: '6(3)', input: 150, threshold: 200, overridable: false }] });
    expect(error.messages.zh).toBe('不符合第六、七条规定的条件，不能推荐：固定经营场所面积（第六条第（三）项）');
  });

  it('Art. 6(3): premises of exactly 200 m² pass and the county recommends', () => {
    platform.given(submittedWith({ figures: { premisesM2: 200 } })).when(recommend, county(RECOMMENDED_ON)).then([
      { type: 'PlatformRecommended', data: expect.objectContaining({ overrides: [], evaluation: ganzhouEvaluation({ failed: [] }) }) },
    ]);
  });

  it('Art. 7(4): 999 trainee-times (1,000 needed) → recommendation.criterion-failed citing Art. 7', () => {
    const history = submittedWith({ profile: { categories: ['training'] }, figures: { training: { traineeTimes: 999 } } });
    const error = platform.given(history).when(recommend, county(RECOMMENDED_ON)).thenThrows({ code: 'recommendation.criterion-failed', article: '7' });
    expect(error.details).toEqual({ failed: [expect.objectContaining({ criterion: '7(4) trainee-times', input: 999, threshold: 1000 })] });
  });

  it('Art. 6(4): a failed declaration (no development plan) → recommendation.criterion-failed', () => {
    platform.given(submittedWith({ declarations: { developmentPlan: false } })).when(recommend, county(RECOMMENDED_ON)).thenThrows({
      code: 'recommendation.criterion-failed',
      article: '6',
    });
  });

  it('every failed criterion is listed, the overridable one too; a reason for it does not cure the others', () => {
    const history = submittedWith({ figures: { totalAssetsCny: 1_500_000, satisfactionPercent: 69.9 } });
    const error = platform.given(history).when(recommendWith([ASSETS_REASON]), county(RECOMMENDED_ON)).thenThrows('recommendation.criterion-failed');
    expect(error.details).toEqual({
      failed: [
        expect.objectContaining({ criterion: '6(3) total assets', overridable: true }),
        expect.objectContaining({ criterion: '6(5) satisfaction', overridable: false }),
      ],
    });
    expect(error.messages.zh).not.toMatch(/[A-Za-z]/);
  });

  it('a hard criterion cannot be passed on, even with a reason → recommendation.criterion-failed', () => {
    const history = submittedWith({ figures: { premisesM2: 150 } });
    platform.given(history).when(recommendWith([{ criterion: '6(3) premises m2', reason: '新址装修中' }]), county(RECOMMENDED_ON)).thenThrows(
      'recommendation.criterion-failed',
    );
  });

  it('Art. 6(3) "generally": total assets of 1,999,999 CNY without a reason → recommendation.override-needs-reason', () => {
    const error = platform.given(submittedWith({ figures: { totalAssetsCny: 1_999_999 } })).when(recommend, county(RECOMMENDED_ON)).thenThrows({
      code: 'recommendation.override-needs-reason',
      article: '6(3)',
      kind: 'conflict',
    });
    expect(error.details).toEqual({ criteria: ['6(3) total assets'] });
    expect(error.messages.zh).toContain('资产总额（第六条第（三）项）');
  });

  it('Art. 6(3): total assets of exactly 2,000,000 CNY pass; no reason is asked', () => {
    platform.given(submittedWith({ figures: { totalAssetsCny: 2_000_000 } })).when(recommend, county(RECOMMENDED_ON)).then([
      { type: 'PlatformRecommended', data: expect.objectContaining({ overrides: [] }) },
    ]);
  });

  it('Art. 6(3): a blank reason is no reason → recommendation.override-needs-reason', () => {
    const history = submittedWith({ figures: { totalAssetsCny: 1_999_999 } });
    platform.given(history).when(recommendWith([{ criterion: '6(3) total assets', reason: '  ' }]), county(RECOMMENDED_ON)).thenThrows(
      'recommendation.override-needs-reason',
    );
  });

  it('Art. 6(3): with a written reason the county recommends; the reason is stored for the city and kept in the state', () => {
    const history = submittedWith({ figures: { totalAssetsCny: 1_999_999 } });
    const events = platform.given(history).when(recommendWith([ASSETS_REASON]), county(RECOMMENDED_ON)).then([
      {
        type: 'PlatformRecommended',
        data: expect.objectContaining({ overrides: [ASSETS_REASON], evaluation: ganzhouEvaluation({ failed: ['6(3) total assets'] }) }),
      },
    ]);
    expect(platform.given([...history, ...events]).state).toMatchObject({ status: 'recommended', countyOverrides: [ASSETS_REASON] });
  });

  it('a reason for a criterion that did not fail → recommendation.override-not-needed', () => {
    const error = platform.given(H.submitted).when(recommendWith([ASSETS_REASON]), county(RECOMMENDED_ON)).thenThrows({
      code: 'recommendation.override-not-needed',
      kind: 'invalid',
    });
    expect(error.details).toEqual({ criteria: ['6(3) total assets'] });
  });

  it('Art. 10 comes first: missing materials are refused before the criteria are looked at', () => {
    const application = applicationContent({ figures: { premisesM2: 150 }, materials: materials(['application-report']) });
    platform.given([submittedEvent(application)]).when(recommend, county(RECOMMENDED_ON)).thenThrows('recommendation.materials-missing');
  });

  it('Art. 11: the city still decides the override itself: the county\'s reason is not the city\'s', () => {
    const history = submittedWith({ figures: { totalAssetsCny: 1_999_999 } });
    const recommended = [...history, ...platform.given(history).when(recommendWith([ASSETS_REASON]), county(RECOMMENDED_ON)).then([expect.anything()])];
    platform.given(recommended).when(certify(), city(CERTIFIED_ON)).thenThrows('certification.override-needs-reason');
    const cityReason = { criterion: '6(3) total assets', reason: '经评审组集体研究，同意破格认定' };
    platform.given(recommended).when(certify([cityReason]), city(CERTIFIED_ON)).then([
      { type: 'PlatformCertified', data: expect.objectContaining({ overrides: [cityReason] }) },
    ]);
  });
});

/* ================================================================== DeclineToRecommend */

describe('DeclineToRecommend (Art. 9)', () => {
  it('Art. 9: the county declines with its evaluation, written reasons and the rule evaluation', () => {
    platform.given(H.submitted).when(decline(), county(RECOMMENDED_ON)).then([
      {
        type: 'PlatformNotRecommended',
        data: {
          cycleYear: 2027,
          county: ZHANGGONG,
          countyEvaluation: countyEvaluation(62),
          reasons: ['服务企业满意度调查样本不足'],
          evaluation: ganzhouEvaluation(),
        },
      },
    ]);
  });

  it.each([
    ['no reasons', []],
    ['a blank reason', ['   ']],
  ])('Art. 9: declining with %s → decision.reasons-required', (_, reasons) => {
    platform.given(H.submitted).when(decline(reasons), county(RECOMMENDED_ON)).thenThrows({ code: 'decision.reasons-required', article: '9', kind: 'invalid' });
  });

  it('Art. 8: the bureau of another county → auth.other-county', () => {
    platform.given(H.submitted).when(decline(), county(RECOMMENDED_ON, OPEN_2027, RUIJIN)).thenThrows({ code: 'auth.other-county', article: '8' });
  });

  it('only a submitted application can be declined → platform.wrong-status', () => {
    platform.given(H.recommended).when(decline(), county(RECOMMENDED_ON)).thenThrows('platform.wrong-status');
  });

  it('Art. 12: once the review is closed → application.review-closed', () => {
    platform.given(H.submitted).when(decline(), county('2027-07-02', REVIEW_CLOSED_2027)).thenThrows('application.review-closed');
  });

  it('evolve: a declined application closes as not recommended', () => {
    expect(platform.given(H.notRecommended).state).toMatchObject({ status: 'closed', closedAs: 'not-recommended' });
  });
});

/* ================================================================== CertifyPlatform */

describe('CertifyPlatform (Arts. 9, 11, 6(3) "generally")', () => {
  it('Art. 11: the city certifies a recommended platform, with reviewers, reasons and the rule evaluation; recheck due in +2', () => {
    platform.given(H.recommended).when(certify(), city(CERTIFIED_ON)).then([
      {
        type: 'PlatformCertified',
        data: {
          cycleYear: 2027,
          title: '赣州市市级中小企业公共服务示范平台',
          reviewers: REVIEWERS,
          reasons: ['经市局审核，符合认定条件'],
          overrides: [],
          evaluation: ganzhouEvaluation({ failed: [] }),
          certifiedOn: CERTIFIED_ON,
          nextRecheckYear: 2029,
        },
      },
    ]);
  });

  it('evolve: a certified platform is due for recheck in the cycle two years on and has no summaries yet', () => {
    expect(platform.given(H.certified).state).toEqual({
      status: 'certified',
      platformId: PLATFORM_ID,
      name: '赣州市章贡区中小企业综合服务平台',
      county: ZHANGGONG,
      cycleYear: 2027,
      certifiedIn: 2027,
      nextRecheckYear: 2029,
      summaries: [],
    });
  });

  it.each([
    ['submitted', H.submitted],
    ['returned for correction', H.returned],
    ['not recommended', H.notRecommended],
    ['withdrawn', H.withdrawn],
    ['already certified', H.certified],
  ])('Art. 9: a platform %s (not recommended by its county) → certification.not-recommended', (_, history) => {
    const error = platform.given(history).when(certify(), city(CERTIFIED_ON)).thenThrows({ code: 'certification.not-recommended', article: '9', kind: 'conflict' });
    expect(error.messages.zh).toContain('第九条');
  });

  it('Art. 6(3): a failed hard criterion (premises 150 m²) → certification.criterion-failed', () => {
    const error = platform.given(recommendedWith({ figures: { premisesM2: 150 } })).when(certify(), city(CERTIFIED_ON)).thenThrows({
      code: 'certification.criterion-failed',
      article: '6(3)',
    });
    expect(error.details).toEqual({ criterion: '6(3) premises m2', input: 150, threshold: 200 });
    expect(error.messages.zh).toBe('不符合认定条件：固定经营场所面积（第六条第（三）项）');
  });

  it('Art. 6(4): a failed declaration (no management system) → certification.criterion-failed', () => {
    platform.given(recommendedWith({ declarations: { managementSystem: false } })).when(certify(), city(CERTIFIED_ON)).thenThrows({
      code: 'certification.criterion-failed',
      article: '6(4)',
    });
  });

  it('Art. 7(4): a failed category number (999 trainee-times) → certification.criterion-failed', () => {
    const history = recommendedWith({ profile: { categories: ['training'] }, figures: { training: { traineeTimes: 999 } } });
    platform.given(history).when(certify(), city(CERTIFIED_ON)).thenThrows({ code: 'certification.criterion-failed', article: '7(4)' });
  });

  it('Art. 6(3): a hard criterion cannot be overridden, even with a reason → certification.criterion-failed', () => {
    const history = recommendedWith({ figures: { premisesM2: 150 } });
    platform.given(history).when(certify([{ criterion: '6(3) premises m2', reason: '新址装修中' }]), city(CERTIFIED_ON)).thenThrows('certification.criterion-failed');
  });

  const LOW_ASSETS = recommendedWith({ figures: { totalAssetsCny: 1_500_000 } });

  it('Art. 6(3): total assets below 2,000,000 CNY without an override → certification.override-needs-reason', () => {
    const error = platform.given(LOW_ASSETS).when(certify(), city(CERTIFIED_ON)).thenThrows({
      code: 'certification.override-needs-reason',
      article: '6(3)',
      kind: 'conflict',
    });
    expect(error.details).toEqual({ criterion: '6(3) total assets' });
  });

  it('Art. 6(3): an override with a blank reason → certification.override-needs-reason', () => {
    platform.given(LOW_ASSETS).when(certify([{ criterion: '6(3) total assets', reason: '  ' }]), city(CERTIFIED_ON)).thenThrows('certification.override-needs-reason');
  });

  it('Art. 6(3): with a written reason the city certifies anyway, and the override is stored', () => {
    const override = { criterion: '6(3) total assets', reason: '平台为公益性质，场地由园区无偿提供，资产规模较小但服务成效显著' };
    platform.given(LOW_ASSETS).when(certify([override]), city(CERTIFIED_ON)).then([
      {
        type: 'PlatformCertified',
        data: expect.objectContaining({ overrides: [override], evaluation: ganzhouEvaluation({ failed: ['6(3) total assets'] }) }),
      },
    ]);
  });

  it('an override for a criterion that did not fail → certification.override-not-needed', () => {
    const error = platform.given(H.recommended).when(certify([{ criterion: '6(3) total assets', reason: '以防万一' }]), city(CERTIFIED_ON)).thenThrows({
      code: 'certification.override-not-needed',
      kind: 'invalid',
    });
    expect(error.messages.en).toContain('6(3) total assets');
  });

  it('Art. 11: a certification without reviewers → decision.reviewers-required', () => {
    platform.given(H.recommended).when(certify([], []), city(CERTIFIED_ON)).thenThrows({ code: 'decision.reviewers-required', article: '11', kind: 'invalid' });
  });

  it.each([
    ['the county bureau', countyOf(ZHANGGONG)],
    ['the operator', applicantOf(PLATFORM_ID)],
  ])('Arts. 3, 11: %s cannot certify → auth.city-only', (_, actor) => {
    platform.given(H.recommended).when(certify(), as(actor, CERTIFIED_ON, WINDOW_CLOSED_2027)).thenThrows({ code: 'auth.city-only', article: '11', kind: 'forbidden' });
  });

  it('Art. 12: once the review is closed → application.review-closed', () => {
    platform.given(H.recommended).when(certify(), city('2027-07-02', REVIEW_CLOSED_2027)).thenThrows('application.review-closed');
  });

  it('Art. 6(1): two years of operation are counted to the application date, not to the certification date', () => {
    // Established 2025-04-01, applied 2027-03-15: two years are reached only on 2027-04-01, after the
    // application (DOMAIN.md: "from establishment date to the application date"). The city decides on
    // 2027-06-10; the platform must still fail 6(1).
    const application = applicationContent({ profile: { establishedOn: '2025-04-01' } });
    const submitted = submittedEvent(application);
    expect(submitted.type === 'ApplicationSubmitted' && submitted.data.evaluation.failed).toEqual(['6(1) operating years']);
    platform.given([submitted, recommendedEvent(application)]).when(certify(), city(CERTIFIED_ON)).thenThrows({
      code: 'certification.criterion-failed',
      article: '6(1)',
    });
  });
});

/* ================================================================== RejectApplication */

describe('RejectApplication (Art. 11)', () => {
  it('Art. 11: the city rejects a recommended platform with reviewers, reasons and the rule evaluation', () => {
    platform.given(H.recommended).when(reject(), city(CERTIFIED_ON)).then([
      {
        type: 'ApplicationRejected',
        data: { cycleYear: 2027, reviewers: REVIEWERS, reasons: ['服务收支审计报告显示公益性服务不足'], evaluation: ganzhouEvaluation() },
      },
    ]);
  });

  it('Art. 11: a rejection without reasons → decision.reasons-required', () => {
    platform.given(H.recommended).when(reject([]), city(CERTIFIED_ON)).thenThrows({ code: 'decision.reasons-required', article: '11' });
  });

  it('Art. 11: a rejection without reviewers → decision.reviewers-required', () => {
    platform.given(H.recommended).when(reject(undefined, []), city(CERTIFIED_ON)).thenThrows({ code: 'decision.reviewers-required', article: '11' });
  });

  it.each([
    ['submitted', H.submitted],
    ['certified', H.certified],
  ])('Art. 9: only a recommended application is rejected, not a %s one → certification.not-recommended', (_, history) => {
    platform.given(history).when(reject(), city(CERTIFIED_ON)).thenThrows({ code: 'certification.not-recommended', article: '9' });
  });

  it('Arts. 3, 11: the county cannot reject → auth.city-only', () => {
    platform.given(H.recommended).when(reject(), county(CERTIFIED_ON, WINDOW_CLOSED_2027)).thenThrows({ code: 'auth.city-only', article: '11' });
  });

  it('Art. 12: once the review is closed → application.review-closed', () => {
    platform.given(H.recommended).when(reject(), city('2027-07-02', REVIEW_CLOSED_2027)).thenThrows('application.review-closed');
  });

  it('evolve: a rejected application closes as rejected', () => {
    expect(platform.given(H.rejected).state).toMatchObject({ status: 'closed', closedAs: 'rejected' });
  });
});

/* ================================================================== SubmitAnnualSummary */

describe('SubmitAnnualSummary (Art. 14)', () => {
  const NO_CYCLE = initialCycleState;

  it('Art. 14: the certified platform sends its 2027 summary in January 2028', () => {
    platform.given(H.certified).when(annualSummary(2027), applicant('2028-01-20', NO_CYCLE)).then([
      { type: 'AnnualSummarySubmitted', data: { year: 2027, summary: documentRef('2027年度工作总结.pdf'), submittedOn: '2028-01-20' } },
    ]);
  });

  it('Art. 14: a summary for the current year is accepted, and one is kept per year', () => {
    const first: PlatformEvent = { type: 'AnnualSummarySubmitted', data: { year: 2027, summary: documentRef('2027年度工作总结.pdf'), submittedOn: '2028-01-20' } };
    expect(platform.given([...H.certified, first]).state).toMatchObject({ summaries: [2027] });
    platform.given([...H.certified, first]).when(annualSummary(2028), applicant('2028-12-28', NO_CYCLE)).then([
      { type: 'AnnualSummarySubmitted', data: expect.objectContaining({ year: 2028 }) },
    ]);
  });

  it('Art. 14: summaries continue during a recheck', () => {
    platform.given(H.recheckOpen).when(annualSummary(2028), applicant('2029-03-10', OPEN_2029)).then([
      { type: 'AnnualSummarySubmitted', data: expect.objectContaining({ year: 2028 }) },
    ]);
  });

  it.each([
    ['before the certification (2026)', 2026],
    ['in the future (2029, sent in 2028)', 2029],
    ['not a whole year (2027.5)', 2027.5],
  ])('Art. 14: a summary for a year %s → summary.year-out-of-range', (_, year) => {
    platform.given(H.certified).when(annualSummary(year), applicant('2028-01-20', NO_CYCLE)).thenThrows({
      code: 'summary.year-out-of-range',
      article: '14',
      kind: 'invalid',
    });
  });

  it('Art. 14: a second summary for the same year → summary.already-submitted', () => {
    const first: PlatformEvent = { type: 'AnnualSummarySubmitted', data: { year: 2027, summary: documentRef('2027年度工作总结.pdf'), submittedOn: '2028-01-20' } };
    platform.given([...H.certified, first]).when(annualSummary(2027), applicant('2028-02-01', NO_CYCLE)).thenThrows({
      code: 'summary.already-submitted',
      article: '14',
      kind: 'conflict',
    });
  });

  it.each([
    ['not certified', H.recommended],
    ['under revocation notice', H.announced],
    ['revoked', H.revoked],
  ])('Art. 14: a platform %s sends no summary → platform.wrong-status', (_, history) => {
    platform.given(history).when(annualSummary(2027), applicant('2028-01-20', NO_CYCLE)).thenThrows('platform.wrong-status');
  });

  it('Art. 2: only the operator sends the summary → auth.not-the-operator', () => {
    platform.given(H.certified).when(annualSummary(2027), county('2028-01-20', NO_CYCLE)).thenThrows('auth.not-the-operator');
  });
});

/* ================================================================== OpenRecheck */

describe('OpenRecheck (Art. 15, every two years with the yearly cycle)', () => {
  it('Art. 15: certified in 2027, the platform is rechecked in the 2029 cycle; materials due by the cycle deadline', () => {
    platform.given(H.certified).when(openRecheck(2029), city(RECHECK_OPENED_ON, OPEN_2029)).then([
      { type: 'RecheckOpened', data: { cycleYear: 2029, materialsDueOn: RECHECK_DUE_ON, certifiedIn: 2027 } },
    ]);
  });

  it('Art. 15: the recheck may also open after the 2029 application window closed', () => {
    platform.given(H.certified).when(openRecheck(2029), city('2029-05-05', WINDOW_CLOSED_2029)).then([
      { type: 'RecheckOpened', data: { cycleYear: 2029, materialsDueOn: RECHECK_DUE_ON, certifiedIn: 2027 } },
    ]);
  });

  it('Art. 15: not due in 2028, one year after certification → recheck.not-due', () => {
    const error = platform.given(H.certified).when(openRecheck(2028), city('2028-03-05', OPEN_2028)).thenThrows({
      code: 'recheck.not-due',
      article: '15',
      kind: 'conflict',
    });
    expect(error.details).toEqual({ status: 'certified', nextRecheckYear: 2029 });
  });

  it.each([
    ['a platform never certified', H.recommended],
    ['a recheck already open', H.recheckOpen],
    ['a revoked platform', H.revoked],
  ])('Art. 15: %s → recheck.not-due', (_, history) => {
    platform.given(history).when(openRecheck(2029), city(RECHECK_OPENED_ON, OPEN_2029)).thenThrows({ code: 'recheck.not-due', article: '15' });
  });

  it.each([
    ['no cycle is open', initialCycleState],
    ['the 2029 review is closed', cycleState(2029, 'review-closed')],
    ['the open cycle is 2028', OPEN_2028],
  ])('Art. 15: rechecks run with the yearly cycle; when %s → recheck.cycle-not-open', (_, cycle) => {
    platform.given(H.certified).when(openRecheck(2029), city(RECHECK_OPENED_ON, cycle)).thenThrows({ code: 'recheck.cycle-not-open', article: '15' });
  });

  it('Arts. 3, 15: the county cannot open a recheck → auth.city-only', () => {
    platform.given(H.certified).when(openRecheck(2029), county(RECHECK_OPENED_ON, OPEN_2029)).thenThrows({ code: 'auth.city-only', article: '11' });
  });

  it('evolve: the recheck is open in the 2029 cycle, with its due date', () => {
    expect(platform.given(H.recheckOpen).state).toMatchObject({
      status: 'recheck-open',
      cycleYear: 2029,
      materialsDueOn: RECHECK_DUE_ON,
      certifiedIn: 2027,
    });
  });
});

/* ================================================================== SubmitRecheckMaterials */

describe('SubmitRecheckMaterials (Art. 15)', () => {
  it('Art. 15: the operator sends the two-year summary, the audit report and the evaluation form', () => {
    platform.given(H.recheckOpen).when(submitRecheck(), applicant(RECHECK_SUBMITTED_ON, OPEN_2029)).then([recheckSubmittedEvent]);
  });

  it('Art. 15: on the due day itself (23:59 in Shanghai) the materials are accepted', () => {
    platform.given(H.recheckOpen).when(submitRecheck(), applicant('2029-05-31T15:59:00Z', OPEN_2029)).then([
      { type: 'RecheckMaterialsSubmitted', data: expect.objectContaining({ submittedOn: RECHECK_DUE_ON }) },
    ]);
  });

  it('Art. 15: the day after the due date → recheck.materials-late', () => {
    const error = platform.given(H.recheckOpen).when(submitRecheck(), applicant('2029-05-31T16:00:00Z', OPEN_2029)).thenThrows({
      code: 'recheck.materials-late',
      article: '15',
      kind: 'conflict',
    });
    expect(error.messages.zh).toContain(RECHECK_DUE_ON);
  });

  it.each(RECHECK_MATERIALS.map((code) => [code]))('Art. 15: without "%s" → recheck.materials-missing', (code) => {
    const error = platform.given(H.recheckOpen).when(submitRecheck(RECHECK_MATERIALS.filter((c) => c !== code)), applicant(RECHECK_SUBMITTED_ON, OPEN_2029)).thenThrows({
      code: 'recheck.materials-missing',
      article: '15',
      kind: 'invalid',
    });
    expect(error.details).toEqual({ missing: [code] });
    expect(error.messages.zh).not.toMatch(/[A-Za-z]/);
  });

  it.each([
    ['certified without an open recheck', H.certified],
    ['with materials already sent', H.recheckSubmitted],
  ])('Art. 15: a platform %s → platform.wrong-status', (_, history) => {
    platform.given(history).when(submitRecheck(), applicant(RECHECK_SUBMITTED_ON, OPEN_2029)).thenThrows('platform.wrong-status');
  });

  it('Art. 2: the operator of another platform → auth.not-the-operator', () => {
    platform.given(H.recheckOpen).when(submitRecheck(), as(applicantOf('gz-rj-0002'), RECHECK_SUBMITTED_ON, OPEN_2029)).thenThrows('auth.not-the-operator');
  });
});

/* ================================================================== GiveRecheckOpinion */

describe('GiveRecheckOpinion (Art. 15, the county evaluates and gives an opinion)', () => {
  it.each(['pass', 'fail'] as const)('Art. 15: the county of the platform gives a "%s" opinion with its evaluation', (opinion) => {
    platform.given(H.recheckSubmitted).when(giveOpinion(opinion), county('2029-06-05', OPEN_2029)).then([
      {
        type: 'RecheckOpinionGiven',
        data: {
          cycleYear: 2029,
          county: ZHANGGONG,
          opinion,
          countyEvaluation: countyEvaluation(),
          comments: opinion === 'pass' ? '两年来运营良好' : '服务企业数量明显下降',
        },
      },
    ]);
  });

  it('Art. 8: the bureau of another county → auth.other-county', () => {
    platform.given(H.recheckSubmitted).when(giveOpinion(), county('2029-06-05', OPEN_2029, RUIJIN)).thenThrows({ code: 'auth.other-county', article: '8' });
  });

  it('Art. 15: the city does not give the county opinion → auth.county-only', () => {
    platform.given(H.recheckSubmitted).when(giveOpinion(), city('2029-06-05', OPEN_2029)).thenThrows('auth.county-only');
  });

  it.each([
    ['before the materials arrived', H.recheckOpen],
    ['twice', H.opinionGiven],
  ])('Art. 15: no opinion %s → platform.wrong-status', (_, history) => {
    platform.given(history).when(giveOpinion(), county('2029-06-05', OPEN_2029)).thenThrows('platform.wrong-status');
  });
});

/* ================================================================== ConfirmRecheck */

describe('ConfirmRecheck (Art. 15)', () => {
  it('Art. 15: the city confirms after the county opinion; next recheck in the cycle two years on (2031)', () => {
    platform.given(H.opinionGiven).when(confirm(), city(RECHECK_DECIDED_ON, OPEN_2029)).then([
      { type: 'RecheckConfirmed', data: { cycleYear: 2029, reviewers: REVIEWERS, reasons: ['复核合格'], nextRecheckYear: 2031 } },
    ]);
  });

  const confirmed: PlatformEvent[] = [
    ...H.opinionGiven,
    { type: 'RecheckConfirmed', data: { cycleYear: 2029, reviewers: REVIEWERS, reasons: ['复核合格'], nextRecheckYear: 2031 } },
  ];

  it('evolve: a confirmed platform is certified again, still certified in 2027, next due in 2031', () => {
    expect(platform.given(confirmed).state).toMatchObject({ status: 'certified', certifiedIn: 2027, cycleYear: 2029, nextRecheckYear: 2031 });
  });

  it('Art. 15: after confirmation in 2029 the next recheck opens in 2031, not in 2030', () => {
    platform.given(confirmed).when(openRecheck(2030), city('2030-03-05', cycleState(2030))).thenThrows('recheck.not-due');
    platform.given(confirmed).when(openRecheck(2031), city('2031-03-05', cycleState(2031))).then([
      { type: 'RecheckOpened', data: { cycleYear: 2031, materialsDueOn: '2031-05-31', certifiedIn: 2027 } },
    ]);
  });

  it.each([
    ['before the county opinion', H.recheckSubmitted],
    ['without a recheck', H.certified],
  ])('Art. 15: no confirmation %s → platform.wrong-status', (_, history) => {
    platform.given(history).when(confirm(), city(RECHECK_DECIDED_ON, OPEN_2029)).thenThrows('platform.wrong-status');
  });

  it('Art. 15: a confirmation without reviewers → decision.reviewers-required', () => {
    platform.given(H.opinionGiven).when(confirm([]), city(RECHECK_DECIDED_ON, OPEN_2029)).thenThrows({ code: 'decision.reviewers-required', article: '15' });
  });

  it('Arts. 3, 15: the county cannot confirm → auth.city-only', () => {
    platform.given(H.opinionGiven).when(confirm(), county(RECHECK_DECIDED_ON, OPEN_2029)).thenThrows('auth.city-only');
  });
});

/* ================================================================== FailRecheck */

describe('FailRecheck (Art. 15)', () => {
  it('Art. 15: the city fails the recheck after the county opinion', () => {
    platform.given(H.opinionGiven).when(failRecheck(), city(RECHECK_DECIDED_ON, OPEN_2029)).then([recheckFailedEvent]);
  });

  it('Art. 15: no materials by the due date: the recheck fails from the next day, for missing materials', () => {
    platform.given(H.recheckOpen).when(failRecheck(['逾期未报送复核材料']), city('2029-06-01', OPEN_2029)).then([
      { type: 'RecheckFailed', data: { cycleYear: 2029, reviewers: REVIEWERS, reasons: ['逾期未报送复核材料'], materialsMissing: true } },
    ]);
  });

  it.each([
    ['on the due day itself', RECHECK_DUE_ON],
    ['before it', '2029-04-15'],
  ])('Art. 15: failing for missing materials %s → recheck.materials-not-yet-due', (_, date) => {
    platform.given(H.recheckOpen).when(failRecheck(['逾期未报送复核材料']), city(date, OPEN_2029)).thenThrows({
      code: 'recheck.materials-not-yet-due',
      article: '15',
      kind: 'conflict',
    });
  });

  it('Art. 15: materials sent but no county opinion yet → platform.wrong-status', () => {
    platform.given(H.recheckSubmitted).when(failRecheck(), city(RECHECK_DECIDED_ON, OPEN_2029)).thenThrows('platform.wrong-status');
  });

  it('Art. 15: a certified platform without a recheck cannot fail one → platform.wrong-status', () => {
    platform.given(H.certified).when(failRecheck(), city(RECHECK_DECIDED_ON, OPEN_2029)).thenThrows('platform.wrong-status');
  });

  it('Art. 15: failing without reasons → decision.reasons-required', () => {
    platform.given(H.opinionGiven).when(failRecheck([]), city(RECHECK_DECIDED_ON, OPEN_2029)).thenThrows({ code: 'decision.reasons-required', article: '15' });
  });

  it('Art. 15: failing without reviewers → decision.reviewers-required', () => {
    platform.given(H.opinionGiven).when(failRecheck(undefined, []), city(RECHECK_DECIDED_ON, OPEN_2029)).thenThrows('decision.reviewers-required');
  });

  it('Arts. 3, 15: the county cannot fail a recheck → auth.city-only', () => {
    platform.given(H.opinionGiven).when(failRecheck(), county(RECHECK_DECIDED_ON, OPEN_2029)).thenThrows('auth.city-only');
  });

  it('evolve: a failed recheck leaves the platform certified until revoked', () => {
    expect(platform.given(H.recheckFailed).state).toMatchObject({ status: 'recheck-failed', certifiedIn: 2027 });
  });
});

/* ================================================================== AnnounceRevocation */

describe('AnnounceRevocation (Art. 15, announcement before revocation)', () => {
  it('Art. 15: the city announces; the notice runs 30 days (Ganzhou 2013 ruleset setting)', () => {
    platform.given(H.recheckFailed).when(announce(), city(ANNOUNCED_ON, OPEN_2029)).then([announcedEvent]);
  });

  it('Art. 15: the notice end is counted in calendar days across months and years', () => {
    platform.given(H.recheckFailed).when(announce(), city('2029-12-15', OPEN_2029)).then([
      { type: 'RevocationAnnounced', data: expect.objectContaining({ announcedOn: '2029-12-15', noticeEndsOn: '2030-01-14', noticeDays: 30 }) },
    ]);
  });

  it.each([
    ['a certified platform', H.certified],
    ['a platform under recheck', H.opinionGiven],
    ['an announcement already made', H.announced],
  ])('Art. 15: only a failed recheck leads to an announcement, not %s → platform.wrong-status', (_, history) => {
    platform.given(history).when(announce(), city(ANNOUNCED_ON, OPEN_2029)).thenThrows('platform.wrong-status');
  });

  it('Art. 15: an announcement without reasons → decision.reasons-required', () => {
    platform.given(H.recheckFailed).when(announce([]), city(ANNOUNCED_ON, OPEN_2029)).thenThrows({ code: 'decision.reasons-required', article: '15' });
  });

  it('Arts. 3, 15: the county cannot announce → auth.city-only', () => {
    platform.given(H.recheckFailed).when(announce(), county(ANNOUNCED_ON, OPEN_2029)).thenThrows('auth.city-only');
  });

  it('evolve: the announced platform shows when the notice ends', () => {
    expect(platform.given(H.announced).state).toMatchObject({ status: 'revocation-announced', noticeEndsOn: NOTICE_ENDS_ON });
  });
});

/* ================================================================== RevokeCertification */

describe('RevokeCertification (Art. 15)', () => {
  it('Art. 15: on the day the notice ends the city revokes', () => {
    platform.given(H.announced).when(revoke(), city(NOTICE_ENDS_ON, OPEN_2029)).then([
      { type: 'PlatformRevoked', data: { cycleYear: 2029, revokedOn: NOTICE_ENDS_ON, reasons: ['公告期满无异议，撤销示范平台称号'] } },
    ]);
  });

  it('Art. 15: the day before the notice ends → revocation.notice-running', () => {
    const error = platform.given(H.announced).when(revoke(), city('2029-07-30', OPEN_2029)).thenThrows({
      code: 'revocation.notice-running',
      article: '15',
      kind: 'conflict',
    });
    expect(error.details).toEqual({ noticeEndsOn: NOTICE_ENDS_ON });
  });

  it.each([
    ['after a failed recheck but no announcement', H.recheckFailed],
    ['of a certified platform', H.certified],
    ['of an application', H.recommended],
  ])('Art. 15: a revocation %s → revocation.not-announced', (_, history) => {
    const error = platform.given(history).when(revoke(), city(NOTICE_ENDS_ON, OPEN_2029)).thenThrows({ code: 'revocation.not-announced', article: '15' });
    expect(error.messages.zh).toContain('第十五条');
  });

  it('Art. 15: a revocation without reasons → decision.reasons-required', () => {
    platform.given(H.announced).when(revoke([]), city(NOTICE_ENDS_ON, OPEN_2029)).thenThrows('decision.reasons-required');
  });

  it('Arts. 3, 15: the county cannot revoke → auth.city-only', () => {
    platform.given(H.announced).when(revoke(), county(NOTICE_ENDS_ON, OPEN_2029)).thenThrows('auth.city-only');
  });

  it('evolve: a revoked platform keeps who it was and when it was revoked', () => {
    expect(platform.given(H.revoked).state).toEqual({
      status: 'revoked',
      revokedOn: NOTICE_ENDS_ON,
      platformId: PLATFORM_ID,
      name: '赣州市章贡区中小企业综合服务平台',
      county: ZHANGGONG,
      cycleYear: 2029,
    });
  });
});

/* ================================================================== the auditor */

describe('every wrong-stage refusal cites the article that orders the steps (Arts. 8-11, 14, 15)', () => {
  const cases: [string, PlatformEvent[], PlatformCommand, ReturnType<typeof applicant>, string, string][] = [
    ['ReturnForCorrection', H.recommended, returnForCorrection(), county('2027-04-20'), '10', '第十条'],
    ['ResubmitApplication', H.submitted, resubmit(CONTENT), applicant('2027-04-05'), '10', '第十条'],
    ['WithdrawApplication', H.certified, withdraw, applicant('2027-06-20'), '8', '第八条'],
    ['RecommendPlatform', H.returned, recommend, county(RECOMMENDED_ON), '9', '第九条'],
    ['DeclineToRecommend', H.recommended, decline(), county(RECOMMENDED_ON), '9', '第九条'],
    ['SubmitAnnualSummary', H.submitted, annualSummary(2027), applicant('2028-01-20'), '14', '第十四条'],
    ['SubmitRecheckMaterials', H.certified, submitRecheck(), applicant(RECHECK_SUBMITTED_ON, OPEN_2029), '15', '第十五条'],
    ['GiveRecheckOpinion', H.recheckOpen, giveOpinion(), county('2029-06-05', OPEN_2029), '15', '第十五条'],
    ['ConfirmRecheck', H.recheckSubmitted, confirm(), city(RECHECK_DECIDED_ON, OPEN_2029), '15', '第十五条'],
    ['FailRecheck', H.certified, failRecheck(), city(RECHECK_DECIDED_ON, OPEN_2029), '15', '第十五条'],
    ['AnnounceRevocation', H.certified, announce(), city(ANNOUNCED_ON, OPEN_2029), '15', '第十五条'],
  ];

  it.each(cases)('%s in the wrong stage → platform.wrong-status, Art. %s', (_, history, command, context, article, zhArticle) => {
    const error = platform.given(history).when(command, context).thenThrows({ code: 'platform.wrong-status', article, kind: 'conflict' });
    expect(error.messages.zh).toContain(zhArticle);
    expect(error.messages.en).toContain(`(Art. ${article})`);
    // zh-CN throughout: the status and the step are named in Chinese.
    expect(error.messages.zh).not.toMatch(/[A-Za-z]/);
  });

  it('the Chinese message names the state and the step: a certified platform cannot withdraw', () => {
    const error = platform.given(H.certified).when(withdraw, applicant('2027-06-20')).thenThrows('platform.wrong-status');
    expect(error.messages.zh).toBe('平台当前状态为“已认定”，不能办理“撤回申报”（第八条）');
  });
});

describe('the auditor reads and changes nothing', () => {
  const ALL_COMMANDS: PlatformCommand[] = [
    submit(),
    returnForCorrection(),
    resubmit(CONTENT),
    withdraw,
    recommend,
    decline(),
    certify(),
    reject(),
    annualSummary(2027),
    openRecheck(2029),
    submitRecheck(),
    giveOpinion(),
    confirm(),
    failRecheck(),
    announce(),
    revoke(),
  ];

  it('covers every command type', () => {
    expect(new Set(ALL_COMMANDS.map((c) => c.type)).size).toBe(16);
  });

  it.each(ALL_COMMANDS.map((command) => [command.type, command] as const))('the auditor may not %s → auth.read-only', (_, command) => {
    platform.given(H.opinionGiven).when(command, as(auditorActor(), '2029-06-10', OPEN_2029)).thenThrows({ code: 'auth.read-only', kind: 'forbidden' });
  });
});

/* ================================================================== the rule evaluation in deciding events */

describe('deciding events carry the rule evaluation of the ruleset they used (Art. 1)', () => {
  const cases: [string, PlatformEvent[], PlatformCommand, ReturnType<typeof as>][] = [
    ['ApplicationSubmitted', [], submit(), applicant(APPLIED_ON)],
    ['ApplicationResubmitted', H.returned, resubmit(CONTENT), applicant('2027-04-05')],
    ['PlatformRecommended', H.submitted, recommend, county(RECOMMENDED_ON)],
    ['PlatformNotRecommended', H.submitted, decline(), county(RECOMMENDED_ON)],
    ['PlatformCertified', H.recommended, certify(), city(CERTIFIED_ON)],
    ['ApplicationRejected', H.recommended, reject(), city(CERTIFIED_ON)],
  ];

  it.each(cases)('%s carries the evaluation under ganzhou-2013 version 1', (type, history, command, context) => {
    const [event, ...rest] = platform.given(history).when(command, context).then([
      expect.objectContaining({ type, data: expect.objectContaining({ evaluation: ganzhouEvaluation() }) }),
    ]);
    expect(rest).toEqual([]);
    const evaluation = event && 'evaluation' in event.data ? event.data.evaluation : undefined;
    expect(evaluation?.criteria.length).toBeGreaterThan(0);
    expect(evaluation?.criteria.map((c) => c.criterion)).toContain('6(3) total assets');
  });

  it('the revocation announcement records the ruleset whose notice period it used', () => {
    platform.given(H.recheckFailed).when(announce(), city(ANNOUNCED_ON, OPEN_2029)).then([
      { type: 'RevocationAnnounced', data: expect.objectContaining({ rulesetId: 'ganzhou-2013', rulesetVersion: 1, noticeDays: GANZHOU_2013.revocationNoticeDays }) },
    ]);
  });
});

/* ================================================================== a whole life */

describe('a whole life, decided and folded step by step', () => {
  it('submit → return → resubmit → recommend → certify → summary → recheck → fail → announce → revoke', () => {
    const steps: [PlatformCommand, ReturnType<typeof as>, PlatformState['status']][] = [
      [submit(), applicant(APPLIED_ON), 'submitted'],
      [returnForCorrection(), county('2027-03-25'), 'returned'],
      [resubmit(CONTENT), applicant('2027-04-05'), 'submitted'],
      [recommend, county(RECOMMENDED_ON), 'recommended'],
      [certify(), city(CERTIFIED_ON), 'certified'],
      [annualSummary(2027), applicant('2028-01-20', initialCycleState), 'certified'],
      [openRecheck(2029), city(RECHECK_OPENED_ON, OPEN_2029), 'recheck-open'],
      [submitRecheck(), applicant(RECHECK_SUBMITTED_ON, OPEN_2029), 'recheck-submitted'],
      [giveOpinion('fail'), county('2029-06-05', OPEN_2029), 'recheck-opinion-given'],
      [failRecheck(), city(RECHECK_DECIDED_ON, OPEN_2029), 'recheck-failed'],
      [announce(), city(ANNOUNCED_ON, OPEN_2029), 'revocation-announced'],
      [revoke(), city(NOTICE_ENDS_ON, OPEN_2029), 'revoked'],
    ];
    let state: PlatformState = initialPlatformState;
    for (const [command, context, status] of steps) {
      const events = decidePlatform(command, state, context);
      expect(events).toHaveLength(1);
      state = events.reduce(evolvePlatform, state);
      expect(state.status).toBe(status);
    }
  });
});

describe('who may act is checked before the platform is revealed', () => {
  it('another operator withdrawing a certified platform learns nothing of its status → auth.not-the-operator', () => {
    const error = platform
      .given(H.certified)
      .when(withdraw, as(applicantOf('someone-else'), CERTIFIED_ON, WINDOW_CLOSED_2027))
      .thenThrows({ code: 'auth.not-the-operator', kind: 'forbidden' });
    expect(error.details).toBeUndefined();
  });

  it('Art. 8: another county asking to recommend a certified platform gets auth.other-county, not its status', () => {
    platform
      .given(H.certified)
      .when(recommend, county(CERTIFIED_ON, WINDOW_CLOSED_2027, RUIJIN))
      .thenThrows({ code: 'auth.other-county', article: '8' });
  });
});
