import type { Actor } from '../shared/actor.js';
import { articleZh } from '../shared/articles.js';
import type { IsoDate, IsoInstant } from '../shared/dates.js';
import { invalid, refuse, type Article } from '../shared/domain-error.js';
import type { CycleState } from '../cycle/cycle.js';
import { evaluateApplication, type RuleEvaluation } from '../ruleset/evaluate.js';
import type { Ruleset } from '../ruleset/ruleset.js';
import type { PlatformCommand, PlatformCommandType } from './platform.commands.js';
import { platformStatusZh, type Certified, type InApplication, type PlatformState, type PlatformStatus } from './state.js';

export interface PlatformContext {
  readonly now: IsoInstant;
  readonly actor: Actor;
  readonly platformId: string;
  /** The cycle the command acts in (see commandCycleYear), loaded by the handler. */
  readonly cycle: CycleState;
  /** The ruleset that cycle names. */
  readonly ruleset: Ruleset;
}

/** What a command's decide function gets: the dispatcher works out the business date once, as every date rule counts Shanghai calendar days. */
export interface DecisionContext extends PlatformContext {
  readonly today: IsoDate;
}

export type CommandOf<T extends PlatformCommandType> = Extract<PlatformCommand, { readonly type: T }>;

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
  RecordSummaryOverdue: '14',
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
  RecordSummaryOverdue: '记录年度工作总结逾期未报送',
  OpenRecheck: '启动复核',
  SubmitRecheckMaterials: '报送复核材料',
  GiveRecheckOpinion: '出具复核意见',
  ConfirmRecheck: '确认复核合格',
  FailRecheck: '判定复核不合格',
  AnnounceRevocation: '公告撤销称号',
  RevokeCertification: '撤销称号',
};

export function wrongStatus(state: PlatformState, command: PlatformCommandType) {
  const article = STAGE_ARTICLE[command];
  return refuse('platform.wrong-status', {
    zh: `平台当前状态为“${platformStatusZh(state)}”，不能办理“${COMMAND_ZH[command]}”（${articleZh(article)}）`,
    en: `${command} is not possible while the platform is ${state.status} (Art. ${article})`,
  }, article, { status: state.status });
}

export function inStatus<S extends PlatformStatus>(state: PlatformState, allowed: readonly S[], command: PlatformCommandType): PlatformState & { status: S } {
  if (!(allowed as readonly PlatformStatus[]).includes(state.status)) throw wrongStatus(state, command);
  return state as PlatformState & { status: S };
}

export function inCertification(state: PlatformState, command: PlatformCommandType): Certified {
  if (!('certifiedIn' in state) || state.status === 'revocation-announced') throw wrongStatus(state, command);
  return state;
}

export function requireReviewOpen(cycle: CycleState): void {
  if (cycle.status !== 'open' && cycle.status !== 'window-closed') {
    throw refuse('application.review-closed', {
      zh: '本年度审核工作已结束',
      en: "this cycle's review has ended",
    }, '12');
  }
}

export function requireReasons(list: readonly string[], article: Article, what: 'reasons' | 'reviewers' = 'reasons'): void {
  if (list.length === 0 || list.some((item) => item.trim().length === 0)) {
    throw what === 'reviewers'
      ? invalid('decision.reviewers-required', { zh: '须列明审核人员', en: 'the decision must name its reviewers' }, article)
      : invalid('decision.reasons-required', { zh: '须书面说明理由', en: 'the decision needs written reasons' }, article);
  }
}

/** Art. 9: the city decides only on what a county recommended. */
export function notRecommended(status: PlatformStatus) {
  return refuse('certification.not-recommended', {
    zh: '市局只对县（市、区）局推荐的平台作出认定决定（第九条）',
    en: `the city decides only on platforms their county recommended (Art. 9); this one is ${status}`,
  }, '9', { status });
}

/**
 * Decisions judge the application as of the day it was (re)submitted: Art. 6(1)'s two years
 * run to the application date, not to the day an official happens to decide.
 */
export function reevaluate(current: InApplication, ruleset: Ruleset): RuleEvaluation {
  return evaluateApplication(current.application, current.evaluation.evaluatedOn, ruleset);
}
