import type { Actor } from '../shared/actor.js';
import { articleZh } from '../shared/articles.js';
import { addDays, isAfter, isBefore, isIsoDate, shanghaiDate, yearOf, type IsoDate, type IsoInstant } from '../shared/dates.js';
import { assertNever, forbidden, invalid, malformed, refuse, type Article } from '../shared/domain-error.js';
import { acceptsApplications, type CycleState } from '../cycle/cycle.js';
import { criterionZh, evaluateApplication, type CriterionResult, type RuleEvaluation } from '../ruleset/evaluate.js';
import { MATERIAL_LABELS_ZH, type MaterialCode, type RecheckMaterialCode, type Ruleset } from '../ruleset/ruleset.js';
import type { ApplicationContent } from './application.js';
import type { PlatformCommand, PlatformCommandType } from './platform.commands.js';
import type { Override, PlatformEvent } from './platform.events.js';

export const platformStreamId = (platformId: string) => `platform-${platformId}`;
export const CERTIFIED_TITLE = '赣州市市级中小企业公共服务示范平台';

interface Known {
  readonly platformId: string;
  readonly name: string;
  readonly county: string;
  readonly cycleYear: number;
}

interface InApplication extends Known {
  readonly application: ApplicationContent;
  readonly evaluation: RuleEvaluation;
}

interface Certified extends Known {
  readonly certifiedIn: number;
  readonly nextRecheckYear: number;
  readonly summaries: readonly number[];
}

export type PlatformState =
  | { readonly status: 'new' }
  | ({ readonly status: 'submitted' | 'returned' } & InApplication)
  /** `countyOverrides`: the criteria the county passed on with a written reason (Art. 6(3) "generally"), for the city to see. */
  | ({ readonly status: 'recommended'; readonly countyOverrides: readonly Override[] } & InApplication)
  | ({ readonly status: 'closed'; readonly closedAs: 'withdrawn' | 'not-recommended' | 'rejected' } & Known)
  | ({ readonly status: 'certified' } & Certified)
  | ({ readonly status: 'recheck-open'; readonly materialsDueOn: IsoDate } & Certified)
  | ({ readonly status: 'recheck-submitted' | 'recheck-opinion-given'; readonly materialsDueOn: IsoDate } & Certified)
  | ({ readonly status: 'recheck-failed' } & Certified)
  | ({ readonly status: 'revocation-announced'; readonly noticeEndsOn: IsoDate } & Certified)
  | ({ readonly status: 'revoked'; readonly revokedOn: IsoDate } & Known);

export type PlatformStatus = PlatformState['status'];

export const initialPlatformState: PlatformState = { status: 'new' };

export function evolvePlatform(state: PlatformState, event: PlatformEvent): PlatformState {
  switch (event.type) {
    case 'ApplicationSubmitted': {
      const { platformId, cycleYear, application, evaluation } = event.data;
      const { name, county } = application.profile;
      return { status: 'submitted', platformId, name, county, cycleYear, application, evaluation };
    }
    case 'ApplicationReturnedForCorrection':
      return state.status === 'submitted' ? { ...state, status: 'returned' } : state;
    case 'ApplicationResubmitted':
      if (state.status !== 'returned') return state;
      return {
        ...state,
        status: 'submitted',
        application: event.data.application,
        evaluation: event.data.evaluation,
        name: event.data.application.profile.name,
      };
    case 'ApplicationWithdrawn':
      return 'platformId' in state ? { ...known(state), status: 'closed', closedAs: 'withdrawn' } : state;
    case 'PlatformRecommended':
      // Recommendations recorded before counties could pass a criterion on carry no overrides.
      return state.status === 'submitted' ? { ...state, status: 'recommended', countyOverrides: event.data.overrides ?? [] } : state;
    case 'PlatformNotRecommended':
      return 'platformId' in state ? { ...known(state), status: 'closed', closedAs: 'not-recommended' } : state;
    case 'ApplicationRejected':
      return 'platformId' in state ? { ...known(state), status: 'closed', closedAs: 'rejected' } : state;
    case 'PlatformCertified':
      if (!('platformId' in state)) return state;
      return {
        ...known(state),
        status: 'certified',
        certifiedIn: event.data.cycleYear,
        nextRecheckYear: event.data.nextRecheckYear,
        summaries: [],
      };
    case 'AnnualSummarySubmitted':
      return 'summaries' in state ? { ...state, summaries: [...state.summaries, event.data.year] } : state;
    case 'RecheckOpened':
      return state.status === 'certified'
        ? { ...state, status: 'recheck-open', cycleYear: event.data.cycleYear, materialsDueOn: event.data.materialsDueOn }
        : state;
    case 'RecheckMaterialsSubmitted':
      return state.status === 'recheck-open' ? { ...state, status: 'recheck-submitted' } : state;
    case 'RecheckOpinionGiven':
      return state.status === 'recheck-submitted' ? { ...state, status: 'recheck-opinion-given' } : state;
    case 'RecheckConfirmed':
      return 'certifiedIn' in state ? { ...certified(state), status: 'certified', nextRecheckYear: event.data.nextRecheckYear } : state;
    case 'RecheckFailed':
      return 'certifiedIn' in state ? { ...certified(state), status: 'recheck-failed' } : state;
    case 'RevocationAnnounced':
      return 'certifiedIn' in state ? { ...certified(state), status: 'revocation-announced', noticeEndsOn: event.data.noticeEndsOn } : state;
    case 'PlatformRevoked':
      return 'platformId' in state ? { ...known(state), status: 'revoked', revokedOn: event.data.revokedOn } : state;
    default:
      return assertNever(event);
  }
}

function known(state: Known): Known {
  return { platformId: state.platformId, name: state.name, county: state.county, cycleYear: state.cycleYear };
}

function certified(state: Certified): Certified {
  return { ...known(state), certifiedIn: state.certifiedIn, nextRecheckYear: state.nextRecheckYear, summaries: state.summaries };
}

export interface PlatformContext {
  readonly now: IsoInstant;
  readonly actor: Actor;
  readonly platformId: string;
  /** The cycle the command acts in (see commandCycleYear), loaded by the handler. */
  readonly cycle: CycleState;
  /** The ruleset that cycle names. */
  readonly ruleset: Ruleset;
}

/** Arts. 3, 8, 9, 11, 14, 15: who takes each step. */
const ACTING_ROLE: Record<PlatformCommand['type'], 'applicant' | 'county' | 'city'> = {
  SubmitApplication: 'applicant',
  ResubmitApplication: 'applicant',
  WithdrawApplication: 'applicant',
  SubmitAnnualSummary: 'applicant',
  SubmitRecheckMaterials: 'applicant',
  ReturnForCorrection: 'county',
  RecommendPlatform: 'county',
  DeclineToRecommend: 'county',
  GiveRecheckOpinion: 'county',
  CertifyPlatform: 'city',
  RejectApplication: 'city',
  OpenRecheck: 'city',
  ConfirmRecheck: 'city',
  FailRecheck: 'city',
  AnnounceRevocation: 'city',
  RevokeCertification: 'city',
};

/** Arts. 8-15 as one decision function over the platform's whole history. */
export function decidePlatform(command: PlatformCommand, state: PlatformState, context: PlatformContext): PlatformEvent[] {
  const { actor, cycle, ruleset } = context;
  const today = shanghaiDate(context.now);
  if (actor.role === 'auditor') {
    throw forbidden('auth.read-only', { zh: '审计角色只能查阅，不能办理', en: 'auditors read; they do not act' });
  }
  // Who may act is settled before anything about the platform is revealed by a refusal.
  switch (ACTING_ROLE[command.type]) {
    case 'applicant':
      asApplicant(actor, context.platformId);
      break;
    case 'county':
      asCountyOf(actor, 'county' in state ? state.county : undefined);
      break;
    case 'city':
      asCity(actor);
      break;
  }
  switch (command.type) {
    case 'SubmitApplication': {
      if (!['new', 'closed', 'revoked'].includes(state.status)) {
        throw refuse('application.already-active', {
          zh: '该平台已有在办申请或已认定',
          en: `the platform already has an application or certification in progress (${state.status})`,
        }, '8');
      }
      if (cycle.status === 'none' || cycle.year !== command.data.cycleYear || !acceptsApplications(cycle, context.now)) {
        throw refuse('application.cycle-closed', {
          zh: `${command.data.cycleYear}年度申报未开放或已截止（第十二条）`,
          en: `applications for ${command.data.cycleYear} are not open (Art. 12)`,
        }, '12');
      }
      if ('cycleYear' in state && state.cycleYear === command.data.cycleYear && state.status !== 'closed') {
        throw refuse('application.already-active', { zh: '本年度已申报', en: 'already applied in this cycle' }, '12');
      }
      const application = checkApplication(command.data.application, ruleset, today);
      return [
        {
          type: 'ApplicationSubmitted',
          data: {
            platformId: context.platformId,
            cycleYear: command.data.cycleYear,
            application,
            evaluation: evaluateApplication(application, today, ruleset),
            submittedOn: today,
          },
        },
      ];
    }
    case 'ReturnForCorrection': {
      const current = inStatus(state, ['submitted'], command.type);
      requireReviewOpen(cycle);
      if (command.data.reasons.every((reason) => reason.trim().length === 0) && command.data.missingMaterials.length === 0) {
        throw invalid('application.return-needs-reason', { zh: '退回须说明理由或缺少的材料', en: 'a return needs a reason or the missing materials' }, '10');
      }
      return [{ type: 'ApplicationReturnedForCorrection', data: { cycleYear: current.cycleYear, ...command.data } }];
    }
    case 'ResubmitApplication': {
      const current = inStatus(state, ['returned'], command.type);
      requireReviewOpen(cycle);
      const application = checkApplication(command.data.application, ruleset, today);
      if (application.profile.county !== current.county) {
        throw invalid('application.county-changed', { zh: '补正时不能更换所属县（市、区）', en: 'a resubmission cannot move the platform to another county' }, '8');
      }
      return [
        {
          type: 'ApplicationResubmitted',
          data: { cycleYear: current.cycleYear, application, evaluation: evaluateApplication(application, today, ruleset) },
        },
      ];
    }
    case 'WithdrawApplication': {
      const current = inStatus(state, ['submitted', 'returned', 'recommended'], command.type);
      return [{ type: 'ApplicationWithdrawn', data: { cycleYear: current.cycleYear, reason: command.data.reason } }];
    }
    case 'RecommendPlatform': {
      const current = inStatus(state, ['submitted'], command.type);
      requireReviewOpen(cycle);
      const missing = missingMaterials(current.application, ruleset);
      if (missing.length > 0) {
        throw refuse('recommendation.materials-missing', {
          zh: `申报材料不全，缺少：${missing.map((code) => MATERIAL_LABELS_ZH[code]).join('、')}（第十条）`,
          en: `the application lacks required materials: ${missing.join(', ')} (Art. 10)`,
        }, '10', { missing });
      }
      const evaluation = reevaluate(current, ruleset);
      const overrides = command.data.overrides ?? [];
      checkCountyOverrides(evaluation, overrides);
      return [
        {
          type: 'PlatformRecommended',
          data: {
            cycleYear: current.cycleYear,
            county: current.county,
            countyEvaluation: command.data.countyEvaluation,
            recommendationForm: command.data.recommendationForm,
            evaluation,
            overrides,
          },
        },
      ];
    }
    case 'DeclineToRecommend': {
      const current = inStatus(state, ['submitted'], command.type);
      requireReviewOpen(cycle);
      requireReasons(command.data.reasons, '9');
      return [
        {
          type: 'PlatformNotRecommended',
          data: {
            cycleYear: current.cycleYear,
            county: current.county,
            countyEvaluation: command.data.countyEvaluation,
            reasons: command.data.reasons,
            evaluation: reevaluate(current, ruleset),
          },
        },
      ];
    }
    case 'CertifyPlatform': {
      if (state.status !== 'recommended') throw notRecommended(state.status);
      requireReviewOpen(cycle);
      requireReasons(command.data.reasons, '11');
      requireReasons(command.data.reviewers, '11', 'reviewers');
      const evaluation = reevaluate(state, ruleset);
      const overrides = command.data.overrides;
      for (const failed of evaluation.failed) {
        const override = overrides.find((o) => o.criterion === failed);
        const criterion = evaluation.criteria.find((c) => c.criterion === failed)!;
        if (!criterion.overridable) {
          throw refuse('certification.criterion-failed', {
            zh: `不符合认定条件：${criterionZh(failed)}`,
            en: `the platform fails ${failed} (Art. ${criterion.article})`,
          }, criterion.article, { criterion: failed, input: criterion.input, threshold: criterion.threshold });
        }
        if (!override || override.reason.trim().length === 0) {
          throw refuse('certification.override-needs-reason', {
            zh: `${criterionZh(failed)}未达标，破格认定须书面说明理由（${articleZh(criterion.article)}“一般”）`,
            en: `${failed} is not met; certifying anyway needs a written reason (Art. ${criterion.article}, "generally")`,
          }, criterion.article, { criterion: failed });
        }
      }
      const stray = overrides.filter((o) => !evaluation.failed.includes(o.criterion));
      if (stray.length > 0) {
        throw invalid('certification.override-not-needed', {
          zh: `无需破格的条件：${stray.map((o) => criterionZh(o.criterion)).join('、')}`,
          en: `overrides for criteria that did not fail: ${stray.map((o) => o.criterion).join(', ')}`,
        });
      }
      return [
        {
          type: 'PlatformCertified',
          data: {
            cycleYear: state.cycleYear,
            title: CERTIFIED_TITLE,
            reviewers: command.data.reviewers,
            reasons: command.data.reasons,
            overrides,
            evaluation,
            certifiedOn: today,
            nextRecheckYear: state.cycleYear + ruleset.recheckEveryYears,
          },
        },
      ];
    }
    case 'RejectApplication': {
      if (state.status !== 'recommended') throw notRecommended(state.status);
      const current = state;
      requireReviewOpen(cycle);
      requireReasons(command.data.reasons, '11');
      requireReasons(command.data.reviewers, '11', 'reviewers');
      return [
        {
          type: 'ApplicationRejected',
          data: {
            cycleYear: current.cycleYear,
            reviewers: command.data.reviewers,
            reasons: command.data.reasons,
            evaluation: reevaluate(current, ruleset),
          },
        },
      ];
    }
    case 'SubmitAnnualSummary': {
      const current = inCertification(state, command.type);
      const { year } = command.data;
      if (!Number.isInteger(year) || year < current.certifiedIn || year > yearOf(today)) {
        throw invalid('summary.year-out-of-range', {
          zh: `年度工作总结的年份须在${current.certifiedIn}年至今年之间`,
          en: `a yearly summary covers a year from ${current.certifiedIn} to this year`,
        }, '14');
      }
      if (current.summaries.includes(year)) {
        throw refuse('summary.already-submitted', { zh: `${year}年度工作总结已报送`, en: `the ${year} summary was already sent` }, '14');
      }
      return [{ type: 'AnnualSummarySubmitted', data: { year, summary: command.data.summary, submittedOn: today } }];
    }
    case 'OpenRecheck': {
      const year = command.data.cycleYear;
      if (cycle.status === 'none' || cycle.year !== year || !['open', 'window-closed'].includes(cycle.status)) {
        throw refuse('recheck.cycle-not-open', {
          zh: `复核与年度认定工作同步进行，${year}年度工作未开启（第十五条）`,
          en: `rechecks run with the yearly cycle; the ${year} cycle is not open (Art. 15)`,
        }, '15');
      }
      if (state.status !== 'certified' || state.nextRecheckYear > year) {
        throw refuse('recheck.not-due', {
          zh: `该平台${year}年度不需复核（每两年复核一次，第十五条）`,
          en: `the platform is not due for recheck in ${year} (every two years, Art. 15)`,
        }, '15', { status: state.status, ...(state.status === 'certified' ? { nextRecheckYear: state.nextRecheckYear } : {}) });
      }
      return [
        { type: 'RecheckOpened', data: { cycleYear: year, materialsDueOn: cycle.recheckMaterialsDeadline, certifiedIn: state.certifiedIn } },
      ];
    }
    case 'SubmitRecheckMaterials': {
      if (state.status !== 'recheck-open') throw wrongStatus(state, command.type);
      if (isAfter(today, state.materialsDueOn)) {
        throw refuse('recheck.materials-late', {
          zh: `复核材料报送截止日为${state.materialsDueOn}（第十五条）`,
          en: `recheck materials were due by ${state.materialsDueOn} (Art. 15)`,
        }, '15');
      }
      const given = new Set(command.data.materials.map((m) => m.code));
      const missing = ruleset.recheckMaterials.filter((code) => !given.has(code));
      if (missing.length > 0) {
        throw invalid('recheck.materials-missing', {
          zh: `复核材料不全，缺少：${missing.map((code: RecheckMaterialCode) => MATERIAL_LABELS_ZH[code]).join('、')}（第十五条）`,
          en: `recheck materials missing: ${missing.join(', ')} (Art. 15)`,
        }, '15', { missing });
      }
      return [{ type: 'RecheckMaterialsSubmitted', data: { cycleYear: state.cycleYear, materials: command.data.materials, submittedOn: today } }];
    }
    case 'GiveRecheckOpinion': {
      if (state.status !== 'recheck-submitted') throw wrongStatus(state, command.type);
      return [
        {
          type: 'RecheckOpinionGiven',
          data: {
            cycleYear: state.cycleYear,
            county: state.county,
            opinion: command.data.opinion,
            countyEvaluation: command.data.countyEvaluation,
            comments: command.data.comments,
          },
        },
      ];
    }
    case 'ConfirmRecheck': {
      if (state.status !== 'recheck-opinion-given') throw wrongStatus(state, command.type);
      requireReasons(command.data.reviewers, '15', 'reviewers');
      return [
        {
          type: 'RecheckConfirmed',
          data: { ...command.data, cycleYear: state.cycleYear, nextRecheckYear: state.cycleYear + ruleset.recheckEveryYears },
        },
      ];
    }
    case 'FailRecheck': {
      requireReasons(command.data.reasons, '15');
      requireReasons(command.data.reviewers, '15', 'reviewers');
      if (state.status === 'recheck-open') {
        if (!isAfter(today, state.materialsDueOn)) {
          throw refuse('recheck.materials-not-yet-due', {
            zh: `复核材料报送截止日（${state.materialsDueOn}）前不能以未报送为由判定不合格`,
            en: `materials are due by ${state.materialsDueOn}; a recheck cannot fail for missing them before then`,
          }, '15');
        }
        return [{ type: 'RecheckFailed', data: { ...command.data, cycleYear: state.cycleYear, materialsMissing: true } }];
      }
      if (state.status !== 'recheck-opinion-given') throw wrongStatus(state, command.type);
      return [{ type: 'RecheckFailed', data: { ...command.data, cycleYear: state.cycleYear, materialsMissing: false } }];
    }
    case 'AnnounceRevocation': {
      if (state.status !== 'recheck-failed') throw wrongStatus(state, command.type);
      requireReasons(command.data.reasons, '15');
      return [
        {
          type: 'RevocationAnnounced',
          data: {
            cycleYear: state.cycleYear,
            announcedOn: today,
            noticeEndsOn: addDays(today, ruleset.revocationNoticeDays),
            noticeDays: ruleset.revocationNoticeDays,
            rulesetId: ruleset.id,
            rulesetVersion: ruleset.version,
            reasons: command.data.reasons,
          },
        },
      ];
    }
    case 'RevokeCertification': {
      if (state.status !== 'revocation-announced') {
        throw refuse('revocation.not-announced', {
          zh: '撤销称号前须先予以公告（第十五条）',
          en: 'a certification is revoked only after its revocation was announced (Art. 15)',
        }, '15', { status: state.status });
      }
      if (isBefore(today, state.noticeEndsOn)) {
        throw refuse('revocation.notice-running', {
          zh: `公告期至${state.noticeEndsOn}届满，届满后方可撤销`,
          en: `the notice period runs until ${state.noticeEndsOn}; revocation can follow from that day`,
        }, '15', { noticeEndsOn: state.noticeEndsOn });
      }
      requireReasons(command.data.reasons, '15');
      return [{ type: 'PlatformRevoked', data: { cycleYear: state.cycleYear, revokedOn: today, reasons: command.data.reasons } }];
    }
    default:
      return assertNever(command);
  }
}

/**
 * Decisions judge the application as of the day it was (re)submitted: Art. 6(1)'s two years
 * run to the application date, not to the day an official happens to decide.
 */
function reevaluate(current: InApplication, ruleset: Ruleset): RuleEvaluation {
  return evaluateApplication(current.application, current.evaluation.evaluatedOn, ruleset);
}

function asApplicant(actor: Actor, platformId: string): void {
  if (actor.role !== 'applicant' || actor.platformId !== platformId) {
    throw forbidden('auth.not-the-operator', {
      zh: '只有平台运营单位本身可以办理此事项',
      en: "only the platform's own operator may do this",
    }, '2');
  }
}

/** Art. 8: a county bureau acts for the platforms of its own area only. */
function asCountyOf(actor: Actor, county: string | undefined): void {
  if (actor.role !== 'county') {
    throw forbidden('auth.county-only', { zh: '此事项由县（市、区）局办理（第八、九条）', en: 'this step belongs to the county bureau (Arts. 8, 9)' }, '9');
  }
  if (county !== undefined && actor.county !== county) {
    throw forbidden('auth.other-county', {
      zh: '县（市、区）局只能办理本辖区平台的事项（第八条）',
      en: "a county bureau acts only on its own county's platforms (Art. 8)",
    }, '8');
  }
}

/** Arts. 3, 4, 11: certifying, rejecting, rechecking and revoking belong to the city. */
function asCity(actor: Actor): void {
  if (actor.role !== 'city') {
    throw forbidden('auth.city-only', { zh: '此事项由市局办理（第三、十一条）', en: 'this decision belongs to the city bureau (Arts. 3, 11)' }, '11');
  }
}

function requireReviewOpen(cycle: CycleState): void {
  if (cycle.status !== 'open' && cycle.status !== 'window-closed') {
    throw refuse('application.review-closed', {
      zh: '本年度审核工作已结束',
      en: "this cycle's review has ended",
    }, '12');
  }
}

function requireReasons(list: readonly string[], article: string, what = 'reasons'): void {
  if (list.length === 0 || list.some((item) => item.trim().length === 0)) {
    throw invalid(`decision.${what}-required`, {
      zh: what === 'reviewers' ? '须列明审核人员' : '须书面说明理由',
      en: what === 'reviewers' ? 'the decision must name its reviewers' : 'the decision needs written reasons',
    }, article);
  }
}

/** Art. 9: the city decides only on what a county recommended. */
function notRecommended(status: PlatformStatus) {
  return refuse('certification.not-recommended', {
    zh: '市局只对县（市、区）局推荐的平台作出认定决定（第九条）',
    en: `the city decides only on platforms their county recommended (Art. 9); this one is ${status}`,
  }, '9', { status });
}

/**
 * The article that puts each step where it is in the order of the measures: the application
 * path runs Arts. 8-11 (apply through the county, its evaluation and recommendation, the
 * materials and their correction, the city's review), yearly summaries Art. 14, rechecks and
 * revocation Art. 15. A withdrawal is not in the text; it ends the application of Art. 8.
 */
const STAGE_ARTICLE: Record<PlatformCommandType, Article> = {
  SubmitApplication: '8',
  WithdrawApplication: '8',
  ReturnForCorrection: '10',
  ResubmitApplication: '10',
  RecommendPlatform: '9',
  DeclineToRecommend: '9',
  CertifyPlatform: '11',
  RejectApplication: '11',
  SubmitAnnualSummary: '14',
  OpenRecheck: '15',
  SubmitRecheckMaterials: '15',
  GiveRecheckOpinion: '15',
  ConfirmRecheck: '15',
  FailRecheck: '15',
  AnnounceRevocation: '15',
  RevokeCertification: '15',
};

const COMMAND_ZH: Record<PlatformCommandType, string> = {
  SubmitApplication: '申报',
  WithdrawApplication: '撤回申报',
  ReturnForCorrection: '退回补正',
  ResubmitApplication: '补正后重新提交',
  RecommendPlatform: '推荐',
  DeclineToRecommend: '不予推荐',
  CertifyPlatform: '认定',
  RejectApplication: '不予认定',
  SubmitAnnualSummary: '报送年度工作总结',
  OpenRecheck: '启动复核',
  SubmitRecheckMaterials: '报送复核材料',
  GiveRecheckOpinion: '出具复核意见',
  ConfirmRecheck: '确认复核合格',
  FailRecheck: '判定复核不合格',
  AnnounceRevocation: '公告撤销称号',
  RevokeCertification: '撤销称号',
};

/** The platform's state as a Chinese message names it. */
export function platformStatusZh(state: PlatformState): string {
  switch (state.status) {
    case 'new':
      return '未申报';
    case 'submitted':
      return '已申报，待县（市、区）局测评';
    case 'returned':
      return '已退回补正';
    case 'recommended':
      return '县（市、区）局已推荐，待市局审核';
    case 'closed':
      return { withdrawn: '申报已撤回', 'not-recommended': '县（市、区）局未予推荐', rejected: '市局未予认定' }[state.closedAs];
    case 'certified':
      return '已认定';
    case 'recheck-open':
      return '复核中，待报送复核材料';
    case 'recheck-submitted':
      return '复核材料已报送，待县（市、区）局意见';
    case 'recheck-opinion-given':
      return '县（市、区）局已出具复核意见，待市局复核';
    case 'recheck-failed':
      return '复核不合格';
    case 'revocation-announced':
      return '撤销称号公告期内';
    case 'revoked':
      return '称号已撤销';
    default:
      return assertNever(state);
  }
}

function wrongStatus(state: PlatformState, command: PlatformCommandType) {
  const article = STAGE_ARTICLE[command];
  return refuse('platform.wrong-status', {
    zh: `平台当前状态为“${platformStatusZh(state)}”，不能办理“${COMMAND_ZH[command]}”（${articleZh(article)}）`,
    en: `${command} is not possible while the platform is ${state.status} (Art. ${article})`,
  }, article, { status: state.status });
}

function inStatus<S extends PlatformStatus>(state: PlatformState, allowed: readonly S[], command: PlatformCommandType): PlatformState & { status: S } {
  if (!(allowed as readonly PlatformStatus[]).includes(state.status)) throw wrongStatus(state, command);
  return state as PlatformState & { status: S };
}

function inCertification(state: PlatformState, command: PlatformCommandType): Certified {
  if (!('certifiedIn' in state) || state.status === 'revocation-announced') throw wrongStatus(state, command);
  return state;
}

const topArticle = (criterion: CriterionResult): Article => criterion.article.replace(/\(.*$/, '');

/**
 * Art. 8 puts the check against Arts. 6 and 7 on the county: it recommends only a platform that
 * meets them. A criterion the measures qualify with "generally" (the ruleset's `overridable`)
 * it may pass on with a written reason, which goes to the city with the recommendation; the city
 * still decides on its own override when it certifies.
 */
function checkCountyOverrides(evaluation: RuleEvaluation, overrides: readonly Override[]): void {
  const failed = evaluation.criteria.filter((c) => c.result === 'fail');
  const hard = failed.filter((c) => !c.overridable);
  if (hard.length > 0) {
    throw refuse('recommendation.criterion-failed', {
      zh: `不符合第六、七条规定的条件，不能推荐：${hard.map((c) => criterionZh(c.criterion)).join('、')}`,
      en: `the platform fails ${hard.map((c) => c.criterion).join(', ')} (Arts. 6, 7); the county recommends only platforms that meet them`,
    }, topArticle(hard[0]!), {
      failed: failed.map(({ criterion, article, input, threshold, overridable }) => ({ criterion, article, input, threshold, overridable })),
    });
  }
  const unexplained = failed.filter((c) => !overrides.some((o) => o.criterion === c.criterion && o.reason.trim().length > 0));
  if (unexplained.length > 0) {
    throw refuse('recommendation.override-needs-reason', {
      zh: `${unexplained.map((c) => criterionZh(c.criterion)).join('、')}未达标，推荐须书面说明理由（${articleZh(unexplained[0]!.article)}“一般”）`,
      en: `${unexplained.map((c) => c.criterion).join(', ')} not met; recommending anyway needs a written reason (Art. ${unexplained[0]!.article}, "generally")`,
    }, unexplained[0]!.article, { criteria: unexplained.map((c) => c.criterion) });
  }
  const stray = overrides.filter((o) => !failed.some((c) => c.criterion === o.criterion));
  if (stray.length > 0) {
    throw invalid('recommendation.override-not-needed', {
      zh: `无需说明理由的条件：${stray.map((o) => criterionZh(o.criterion)).join('、')}`,
      en: `overrides for criteria that did not fail: ${stray.map((o) => o.criterion).join(', ')}`,
    }, undefined, { criteria: stray.map((o) => o.criterion) });
  }
}

function missingMaterials(application: ApplicationContent, ruleset: Ruleset): MaterialCode[] {
  const given = new Set(application.materials.map((m) => m.code));
  return ruleset.materials.filter((code) => !given.has(code));
}

/** The founding of the People's Republic: no legal person of today was established before it. */
const EARLIEST_ESTABLISHMENT: IsoDate = '1949-10-01';

/** Arts. 2, 5, 6: the checks on an application that need no judgement. `today` is the application date. */
function checkApplication(application: ApplicationContent, ruleset: Ruleset, today: IsoDate): ApplicationContent {
  const { profile } = application;
  if (profile.categories.length === 0) {
    throw invalid('application.no-category', { zh: '至少选择一个服务类别（第五条）', en: 'choose at least one service category (Art. 5)' }, '5');
  }
  if (new Set(profile.categories).size !== profile.categories.length) {
    throw invalid('application.duplicate-category', { zh: '服务类别重复', en: 'a service category is listed twice' }, '5');
  }
  if (!isIsoDate(profile.establishedOn)) {
    throw malformed('application.invalid-date', { zh: '成立日期无效', en: 'invalid establishment date' }, '6(1)');
  }
  if (isAfter(profile.establishedOn, today) || isBefore(profile.establishedOn, EARLIEST_ESTABLISHMENT)) {
    throw malformed('application.establishment-date-out-of-range', {
      zh: `成立日期（${profile.establishedOn}）须在${EARLIEST_ESTABLISHMENT}至申报日（${today}）之间`,
      en: `the establishment date ${profile.establishedOn} must lie from ${EARLIEST_ESTABLISHMENT} to the application date ${today}`,
    }, '6(1)', { establishedOn: profile.establishedOn, earliest: EARLIEST_ESTABLISHMENT, latest: today });
  }
  checkFigures(application.figures);
  const known = new Set<string>(ruleset.materials);
  const unknown = application.materials.filter((m) => !known.has(m.code));
  if (unknown.length > 0) {
    throw invalid('application.unknown-material', {
      zh: `未知的材料类别：${unknown.map((m) => m.code).join('、')}`,
      en: `unknown material codes: ${unknown.map((m) => m.code).join(', ')}`,
    }, '10');
  }
  return application;
}

const PERCENT_FIGURES = ['publicInterestPercent', 'satisfactionPercent'] as const;

/** The figures of an application as a Chinese message names them. */
const FIGURE_LABELS_ZH: Readonly<Record<string, string>> = {
  totalAssetsCny: '资产总额',
  staffServingSmes: '为中小企业服务的人员数',
  qualifiedStaff: '大专以上学历或中级以上职称人员数',
  premisesM2: '固定经营场所面积',
  publicInterestPercent: '公益性服务或低收费服务比例',
  serviceInstitutions: '聚集的服务机构数',
  smesServedLastYear: '上一年服务中小企业数',
  smesServedYearBefore: '前一年服务中小企业数',
  satisfactionPercent: '用户满意度',
  'information.offlineFirms': '信息服务线下服务企业数',
  'information.events': '信息服务活动次数',
  'technology.events': '技术服务活动次数',
  'entrepreneurship.events': '创业项目推介活动次数',
  'training.traineeTimes': '培训人次',
  'financing.matchmakingEvents': '银企对接活动次数',
  'financing.financingLectures': '融资讲座次数',
};
const figuresZh = (names: readonly string[]) => names.map((name) => FIGURE_LABELS_ZH[name] ?? name).join('、');

/** Figures that cannot all be true at once are a mistake in the input, not a failed criterion. */
function checkFigures(figures: ApplicationContent['figures']): void {
  const numbers = Object.entries(figures).flatMap(([name, value]): [string, number][] => {
    if (typeof value === 'number') return [[name, value]];
    return value ? Object.entries(value as Record<string, number>).map(([inner, n]) => [`${name}.${inner}`, n]) : [];
  });
  const negative = numbers.filter(([, value]) => !Number.isFinite(value) || value < 0).map(([name]) => name);
  if (negative.length > 0) {
    throw malformed('application.figure-out-of-range', {
      zh: `申报数据不能为负数：${figuresZh(negative)}`,
      en: `figures cannot be negative: ${negative.join(', ')}`,
    }, '6', { figures: negative });
  }
  const overFull = PERCENT_FIGURES.filter((name) => figures[name] > 100);
  if (overFull.length > 0) {
    throw malformed('application.share-over-100', {
      zh: `比例不能超过100%：${figuresZh(overFull)}`,
      en: `a share cannot exceed 100 %: ${overFull.join(', ')}`,
    }, overFull[0] === 'publicInterestPercent' ? '6(4)' : '6(5)', { figures: overFull });
  }
  if (figures.qualifiedStaff > figures.staffServingSmes) {
    throw malformed('application.qualified-staff-over-staff', {
      zh: `具有大专以上学历或中级以上职称的人员（${figures.qualifiedStaff}人）不能多于为中小企业服务的人员（${figures.staffServingSmes}人）`,
      en: `qualified staff (${figures.qualifiedStaff}) cannot exceed the staff serving SMEs (${figures.staffServingSmes})`,
    }, '6(3)', { qualifiedStaff: figures.qualifiedStaff, staffServingSmes: figures.staffServingSmes });
  }
}
