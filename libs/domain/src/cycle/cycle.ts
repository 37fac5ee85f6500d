import type { Actor } from '../shared/actor.js';
import { assertNever, forbidden, invalid, refuse } from '../shared/domain-error.js';
import { isAfter, isIsoDate, shanghaiDate, type IsoDate, type IsoInstant } from '../shared/dates.js';
import { findRuleset, GANZHOU_2013 } from '../ruleset/ganzhou-2013.js';
import type { Ruleset } from '../ruleset/ruleset.js';

export const cycleStreamId = (year: number) => `cycle-${year}`;

export interface CycleSchedule {
  /** Last day (Asia/Shanghai) to submit an application (Art. 12, set by the year's notice). */
  readonly applicationDeadline: IsoDate;
  /** Last day for recheck materials (Art. 15). */
  readonly recheckMaterialsDeadline: IsoDate;
  /** Last day for the city's review. */
  readonly reviewDeadline: IsoDate;
}

export type CycleEvent =
  | {
      readonly type: 'CycleOpened';
      readonly data: CycleSchedule & {
        readonly year: number;
        readonly rulesetId: string;
        readonly rulesetVersion: number;
        readonly noticeTitle: string;
        readonly openedOn: IsoDate;
      };
    }
  | { readonly type: 'ApplicationWindowClosed'; readonly data: { readonly year: number; readonly closedOn: IsoDate } }
  | { readonly type: 'ReviewClosed'; readonly data: { readonly year: number; readonly closedOn: IsoDate } }
  | {
      readonly type: 'ResultsPublished';
      readonly data: {
        readonly year: number;
        readonly publishedOn: IsoDate;
        readonly certified: readonly { readonly platformId: string; readonly name: string }[];
        readonly revoked: readonly { readonly platformId: string; readonly name: string }[];
      };
    };

export type CycleCommand =
  | {
      readonly type: 'OpenCycle';
      readonly data: CycleSchedule & { readonly year: number; readonly rulesetId: string; readonly noticeTitle: string };
    }
  | { readonly type: 'CloseApplicationWindow'; readonly data: { readonly year: number } }
  | { readonly type: 'CloseReview'; readonly data: { readonly year: number } }
  | {
      readonly type: 'PublishResults';
      readonly data: {
        readonly year: number;
        readonly certified: readonly { readonly platformId: string; readonly name: string }[];
        readonly revoked: readonly { readonly platformId: string; readonly name: string }[];
      };
    };

export type CycleStatus = 'open' | 'window-closed' | 'review-closed' | 'published';

export type CycleState =
  | { readonly status: 'none' }
  | ({
      readonly status: CycleStatus;
      readonly year: number;
      readonly rulesetId: string;
      readonly rulesetVersion: number;
    } & CycleSchedule);

export const initialCycleState: CycleState = { status: 'none' };

export function evolveCycle(state: CycleState, event: CycleEvent): CycleState {
  switch (event.type) {
    case 'CycleOpened': {
      const { year, rulesetId, rulesetVersion, applicationDeadline, recheckMaterialsDeadline, reviewDeadline } = event.data;
      return { status: 'open', year, rulesetId, rulesetVersion, applicationDeadline, recheckMaterialsDeadline, reviewDeadline };
    }
    case 'ApplicationWindowClosed':
      return state.status === 'none' ? state : { ...state, status: 'window-closed' };
    case 'ReviewClosed':
      return state.status === 'none' ? state : { ...state, status: 'review-closed' };
    case 'ResultsPublished':
      return state.status === 'none' ? state : { ...state, status: 'published' };
    default:
      return assertNever(event);
  }
}

export interface CycleContext {
  readonly now: IsoInstant;
  readonly actor: Actor;
}

/** Arts. 3, 12, 13: only the city runs the yearly cycle. */
export function decideCycle(command: CycleCommand, state: CycleState, context: CycleContext): CycleEvent[] {
  if (context.actor.role !== 'city') {
    throw forbidden('cycle.city-only', { zh: '年度认定工作由市局组织（第十二条）', en: 'only the city bureau runs the yearly cycle (Art. 12)' }, '12');
  }
  const today = shanghaiDate(context.now);
  const year = command.data.year;
  switch (command.type) {
    case 'OpenCycle': {
      if (state.status !== 'none') {
        throw refuse('cycle.already-opened', { zh: `${year}年度认定工作已开启`, en: `the ${year} cycle is already open` }, '12');
      }
      const ruleset = findRuleset(command.data.rulesetId);
      if (!ruleset) {
        throw invalid('cycle.unknown-ruleset', {
          zh: `未知的认定规则：${command.data.rulesetId}`,
          en: `unknown ruleset ${command.data.rulesetId}`,
        });
      }
      const { applicationDeadline, recheckMaterialsDeadline, reviewDeadline } = command.data;
      for (const date of [applicationDeadline, recheckMaterialsDeadline, reviewDeadline]) {
        if (!isIsoDate(date)) throw invalid('cycle.invalid-date', { zh: `日期无效：${date}`, en: `invalid date ${date}` });
      }
      const inOrder =
        !isAfter(today, applicationDeadline) &&
        !isAfter(applicationDeadline, reviewDeadline) &&
        !isAfter(today, recheckMaterialsDeadline) &&
        !isAfter(recheckMaterialsDeadline, reviewDeadline);
      if (!inOrder) {
        throw invalid('cycle.deadlines-out-of-order', {
          zh: '截止日期须依次为：今天 ≤ 申报截止 ≤ 审核截止，今天 ≤ 复核材料截止 ≤ 审核截止',
          en: 'deadlines must run today ≤ application ≤ review, and today ≤ recheck materials ≤ review',
        }, '12');
      }
      return [
        {
          type: 'CycleOpened',
          data: {
            year,
            rulesetId: ruleset.id,
            rulesetVersion: ruleset.version,
            noticeTitle: command.data.noticeTitle,
            applicationDeadline,
            recheckMaterialsDeadline,
            reviewDeadline,
            openedOn: today,
          },
        },
      ];
    }
    case 'CloseApplicationWindow':
      requireStatus(state, year, ['open']);
      return [{ type: 'ApplicationWindowClosed', data: { year, closedOn: today } }];
    case 'CloseReview':
      requireStatus(state, year, ['open', 'window-closed']);
      return [{ type: 'ReviewClosed', data: { year, closedOn: today } }];
    case 'PublishResults':
      requireStatus(state, year, ['review-closed'], '13');
      return [
        { type: 'ResultsPublished', data: { year, publishedOn: today, certified: command.data.certified, revoked: command.data.revoked } },
      ];
    default:
      return assertNever(command);
  }
}

const CYCLE_STATUS_ZH: Record<CycleStatus, string> = {
  open: '申报中',
  'window-closed': '申报已截止，审核中',
  'review-closed': '审核已结束',
  published: '结果已公布',
};

function requireStatus(state: CycleState, year: number, allowed: readonly CycleStatus[], article = '12'): void {
  if (state.status === 'none') {
    throw refuse('cycle.not-opened', { zh: `${year}年度认定工作尚未开启`, en: `the ${year} cycle has not been opened` }, '12');
  }
  if (!allowed.includes(state.status)) {
    throw refuse('cycle.wrong-stage', {
      zh: `${year}年度认定工作当前阶段为“${CYCLE_STATUS_ZH[state.status]}”，不允许此操作`,
      en: `the ${year} cycle is ${state.status}; this step needs ${allowed.join(' or ')}`,
    }, article);
  }
}

/** Art. 12: applications only inside an open cycle, up to its deadline. */
export function acceptsApplications(state: CycleState, now: IsoInstant): boolean {
  return state.status === 'open' && !isAfter(shanghaiDate(now), state.applicationDeadline);
}

/**
 * The ruleset a cycle runs under (Art. 1: each decision records the measures it used), exactly
 * as the cycle named it. One this deployment does not know, or knows at another version (a
 * rollback, a log from elsewhere), is refused: deciding under other measures than the year's
 * notice announced would record decisions nobody could explain.
 *
 * Without a cycle there is nothing to run under; every command that would read the ruleset is
 * then refused for the missing cycle before it does, so the first ruleset stands in.
 */
export function rulesetOfCycle(cycle: CycleState): Ruleset {
  if (cycle.status === 'none') return GANZHOU_2013;
  const ruleset = findRuleset(cycle.rulesetId);
  if (!ruleset || ruleset.version !== cycle.rulesetVersion) {
    throw refuse('cycle.ruleset-unavailable', {
      zh: `${cycle.year}年度认定工作所依据的规则（${cycle.rulesetId} 第${cycle.rulesetVersion}版）在本系统中不可用，请联系系统管理员`,
      en: `the ${cycle.year} cycle runs under ruleset ${cycle.rulesetId} version ${cycle.rulesetVersion}, which this deployment does not have`,
    }, '1', {
      rulesetId: cycle.rulesetId,
      rulesetVersion: cycle.rulesetVersion,
      ...(ruleset ? { availableVersion: ruleset.version } : {}),
    });
  }
  return ruleset;
}
