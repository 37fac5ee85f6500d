// The platform's story, shared by the spec of every command: its calendar, who acts, the commands
// and the histories they act on. Named *.spec.ts so the build leaves it out with the tests; Jest
// runs only *.unit.spec.ts, so it holds no tests of its own.
import { expect } from '@jest/globals';
import {
  PLATFORM_ID,
  ZHANGGONG,
  applicantOf,
  applicationContent,
  at,
  cityActor,
  countyEvaluation,
  countyOf,
  cycleState,
  deciderSpec,
  documentRef,
  platformContext,
  recheckMaterials,
  type ContentOverrides,
} from '@certflow/testing';
import { CERTIFIED_TITLE } from './certify-platform.js';
import { decidePlatform } from './decide.js';
import { evolvePlatform, initialPlatformState } from './state.js';
import type { PlatformCommand } from './platform.commands.js';
import type { Override, PlatformEvent } from './platform.events.js';
import type { ApplicationContent } from './application.js';
import type { CycleState } from '../cycle/cycle.js';
import { evaluateApplication } from '../ruleset/evaluate.js';
import { GANZHOU_2013 } from '../ruleset/ganzhou-2013.js';
import { RECHECK_MATERIALS, type MaterialCode, type RecheckMaterialCode } from '../ruleset/ruleset.js';
import type { Actor } from '../shared/actor.js';
import type { IsoDate } from '../shared/dates.js';

export const platform = deciderSpec({ decide: decidePlatform, evolve: evolvePlatform, initialState: initialPlatformState });

/* ------------------------------------------------------------------ the calendar of this story */

export const APPLIED_ON = '2027-03-15';
export const RECOMMENDED_ON = '2027-04-10';
export const CERTIFIED_ON = '2027-06-10';
export const RECHECK_OPENED_ON = '2029-03-05';
export const RECHECK_DUE_ON = '2029-05-31';
export const RECHECK_SUBMITTED_ON = '2029-05-20';
export const RECHECK_DECIDED_ON = '2029-06-20';
export const ANNOUNCED_ON = '2029-07-01';
export const NOTICE_ENDS_ON = '2029-07-31';

export const OPEN_2027 = cycleState(2027);
export const WINDOW_CLOSED_2027 = cycleState(2027, 'window-closed');
export const REVIEW_CLOSED_2027 = cycleState(2027, 'review-closed');
export const OPEN_2028 = cycleState(2028);
export const OPEN_2029 = cycleState(2029);
export const WINDOW_CLOSED_2029 = cycleState(2029, 'window-closed');

/* ------------------------------------------------------------------ contexts */

export const instant = (when: string) => (when.includes('T') ? when : at(when));
export const as = (actor: Actor, when: string, cycle: CycleState) => platformContext(actor, instant(when), cycle);
export const applicant = (when: string, cycle: CycleState = OPEN_2027) => as(applicantOf(PLATFORM_ID), when, cycle);
export const county = (when: string, cycle: CycleState = OPEN_2027, code = ZHANGGONG) => as(countyOf(code), when, cycle);
export const city = (when: string, cycle: CycleState = WINDOW_CLOSED_2027) => as(cityActor(), when, cycle);

/* ------------------------------------------------------------------ commands */

export const CONTENT = applicationContent();
export const REVIEWERS = ['市民营企业管理局 王建国', '江西理工大学 李晓华教授', '赣州银行 陈思'];
export const FORM = documentRef('赣州市市级中小企业公共服务示范平台推荐表（附件1）.pdf');

export const submit = (application: ApplicationContent = CONTENT, cycleYear = 2027): PlatformCommand => ({
  type: 'SubmitApplication',
  data: { cycleYear, application },
});
export const returnForCorrection = (reasons: string[] = ['专项审计报告未加盖会计师事务所公章'], missing: MaterialCode[] = ['special-audit-report']): PlatformCommand => ({
  type: 'ReturnForCorrection',
  data: { reasons, missingMaterials: missing },
});
export const resubmit = (application: ApplicationContent): PlatformCommand => ({ type: 'ResubmitApplication', data: { application } });
export const withdraw: PlatformCommand = { type: 'WithdrawApplication', data: { reason: '运营单位重组，暂不申报' } };
export const recommend: PlatformCommand = { type: 'RecommendPlatform', data: { countyEvaluation: countyEvaluation(), recommendationForm: FORM } };
export const decline = (reasons: string[] = ['服务企业满意度调查样本不足']): PlatformCommand => ({
  type: 'DeclineToRecommend',
  data: { countyEvaluation: countyEvaluation(62), reasons },
});
export const certify = (overrides: Override[] = [], reviewers: string[] = REVIEWERS): PlatformCommand => ({
  type: 'CertifyPlatform',
  data: { reviewers, reasons: ['经市局审核，符合认定条件'], overrides },
});
export const reject = (reasons: string[] = ['服务收支审计报告显示公益性服务不足'], reviewers: string[] = REVIEWERS): PlatformCommand => ({
  type: 'RejectApplication',
  data: { reviewers, reasons },
});
export const annualSummary = (year: number): PlatformCommand => ({
  type: 'SubmitAnnualSummary',
  data: { year, summary: documentRef(`${year}年度工作总结.pdf`) },
});
export const openRecheck = (cycleYear: number): PlatformCommand => ({ type: 'OpenRecheck', data: { cycleYear } });
export const submitRecheck = (codes: readonly RecheckMaterialCode[] = RECHECK_MATERIALS): PlatformCommand => ({
  type: 'SubmitRecheckMaterials',
  data: { materials: recheckMaterials(codes) },
});
export const giveOpinion = (opinion: 'pass' | 'fail' = 'pass'): PlatformCommand => ({
  type: 'GiveRecheckOpinion',
  data: { opinion, countyEvaluation: countyEvaluation(), comments: opinion === 'pass' ? '两年来运营良好' : '服务企业数量明显下降' },
});
export const confirm = (reviewers: string[] = REVIEWERS): PlatformCommand => ({
  type: 'ConfirmRecheck',
  data: { reviewers, reasons: ['复核合格'] },
});
export const failRecheck = (reasons: string[] = ['复核不合格：服务企业数量不足50家'], reviewers: string[] = REVIEWERS): PlatformCommand => ({
  type: 'FailRecheck',
  data: { reviewers, reasons },
});
export const announce = (reasons: string[] = ['复核不合格，拟撤销示范平台称号']): PlatformCommand => ({ type: 'AnnounceRevocation', data: { reasons } });
export const revoke = (reasons: string[] = ['公告期满无异议，撤销示范平台称号']): PlatformCommand => ({ type: 'RevokeCertification', data: { reasons } });

/* ------------------------------------------------------------------ histories */

export const submittedEvent = (application: ApplicationContent = CONTENT, submittedOn: IsoDate = APPLIED_ON, cycleYear = 2027): PlatformEvent => ({
  type: 'ApplicationSubmitted',
  data: { platformId: PLATFORM_ID, cycleYear, application, evaluation: evaluateApplication(application, submittedOn, GANZHOU_2013), submittedOn },
});
export const returnedEvent: PlatformEvent = {
  type: 'ApplicationReturnedForCorrection',
  data: { cycleYear: 2027, reasons: ['专项审计报告未加盖会计师事务所公章'], missingMaterials: ['special-audit-report'] },
};
export const recommendedEvent = (application: ApplicationContent = CONTENT): PlatformEvent => ({
  type: 'PlatformRecommended',
  data: {
    cycleYear: 2027,
    county: ZHANGGONG,
    countyEvaluation: countyEvaluation(),
    recommendationForm: FORM,
    evaluation: evaluateApplication(application, RECOMMENDED_ON, GANZHOU_2013),
  },
});
export const certifiedEvent: PlatformEvent = {
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
export const recheckOpenedEvent: PlatformEvent = { type: 'RecheckOpened', data: { cycleYear: 2029, materialsDueOn: RECHECK_DUE_ON, certifiedIn: 2027 } };
export const recheckSubmittedEvent: PlatformEvent = {
  type: 'RecheckMaterialsSubmitted',
  data: { cycleYear: 2029, materials: recheckMaterials(), submittedOn: RECHECK_SUBMITTED_ON },
};
export const opinionEvent: PlatformEvent = {
  type: 'RecheckOpinionGiven',
  data: { cycleYear: 2029, county: ZHANGGONG, opinion: 'fail', countyEvaluation: countyEvaluation(55), comments: '服务企业数量明显下降' },
};
export const recheckFailedEvent: PlatformEvent = {
  type: 'RecheckFailed',
  data: { cycleYear: 2029, reviewers: REVIEWERS, reasons: ['复核不合格：服务企业数量不足50家'], materialsMissing: false },
};
export const announcedEvent: PlatformEvent = {
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

export const H = {
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
export const recommendedWith = (overrides: ContentOverrides): PlatformEvent[] => {
  const application = applicationContent(overrides);
  return [submittedEvent(application), recommendedEvent(application)];
};

/** The evaluation a deciding event must carry: made under the Ganzhou 2013 measures, version 1. */
export const ganzhouEvaluation = (extra: object = {}) => expect.objectContaining({ rulesetId: 'ganzhou-2013', rulesetVersion: 1, ...extra });
