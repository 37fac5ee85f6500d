import type { Actor } from '../shared/actor.js';
import { assertNever, forbidden, invalid, refuse } from '../shared/domain-error.js';
import { sha256Hex } from '../shared/sha256.js';
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
      /**
       * The whole list in one event: how results were published before pages. Still read (cycles
       * published then keep it), no longer decided: past about 15,000 platforms it outgrew the
       * store's event size limit.
       */
      readonly type: 'ResultsPublished';
      readonly data: {
        readonly year: number;
        readonly publishedOn: IsoDate;
        readonly certified: readonly PublishedPlatform[];
        readonly revoked: readonly PublishedPlatform[];
      };
    }
  | {
      /** One page of the published list (Art. 13), at most RESULTS_PAGE_SIZE platforms. */
      readonly type: 'ResultsPagePublished';
      readonly data: {
        readonly year: number;
        /** 1 for the first page. */
        readonly page: number;
        readonly certified: readonly PublishedPlatform[];
        readonly revoked: readonly PublishedPlatform[];
      };
    }
  | {
      /**
       * Art. 13: the results are published. Follows its pages in the same append; `listSha256`
       * is resultsListSha256 of the pages' lists put together, so the list is checked from the
       * log alone (verifyPublishedResults).
       */
      readonly type: 'CycleResultsPublished';
      readonly data: {
        readonly year: number;
        readonly publishedOn: IsoDate;
        readonly certifiedCount: number;
        readonly revokedCount: number;
        readonly pages: number;
        readonly listSha256: string;
      };
    };

export interface PublishedPlatform {
  readonly platformId: string;
  readonly name: string;
}

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
        readonly certified: readonly PublishedPlatform[];
        readonly revoked: readonly PublishedPlatform[];
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
    case 'CycleResultsPublished':
      return state.status === 'none' ? state : { ...state, status: 'published' };
    case 'ResultsPagePublished':
      return state;
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
      return publishedResults(year, today, command.data.certified, command.data.revoked);
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

/**
 * Platforms per ResultsPagePublished: with names of up to a few hundred bytes a page stays far
 * below the stores' 1 MiB event limit, whatever the size of the cycle.
 */
export const RESULTS_PAGE_SIZE = 500;

/** The pages of the list (certified first, then revoked, each in the order given), then the summary. */
function publishedResults(year: number, publishedOn: IsoDate, certified: readonly PublishedPlatform[], revoked: readonly PublishedPlatform[]): CycleEvent[] {
  const all = [...certified.map((entry) => ['certified', entry] as const), ...revoked.map((entry) => ['revoked', entry] as const)];
  const events: CycleEvent[] = [];
  for (let start = 0; start < all.length; start += RESULTS_PAGE_SIZE) {
    const slice = all.slice(start, start + RESULTS_PAGE_SIZE);
    events.push({
      type: 'ResultsPagePublished',
      data: {
        year,
        page: events.length + 1,
        certified: slice.filter(([kind]) => kind === 'certified').map(([, entry]) => published(entry)),
        revoked: slice.filter(([kind]) => kind === 'revoked').map(([, entry]) => published(entry)),
      },
    });
  }
  const listSha256 = resultsListSha256(year, certified, revoked);
  events.push({
    type: 'CycleResultsPublished',
    data: { year, publishedOn, certifiedCount: certified.length, revokedCount: revoked.length, pages: events.length, listSha256 },
  });
  return events;
}

function published(entry: PublishedPlatform): PublishedPlatform {
  return { platformId: entry.platformId, name: entry.name };
}

/**
 * SHA-256 (hex) of the published list's canonical text: the UTF-8 JSON of
 * `{"year":…,"certified":[{"platformId":…,"name":…},…],"revoked":[…]}`, keys in that order,
 * entries in the published order, no spaces. Anyone holding the list recomputes it.
 */
export function resultsListSha256(year: number, certified: readonly PublishedPlatform[], revoked: readonly PublishedPlatform[]): string {
  const text = JSON.stringify({ year, certified: certified.map(published), revoked: revoked.map(published) });
  return sha256Hex(text);
}

export type PublishedResultsCheck =
  | { readonly ok: true; readonly year: number; readonly certified: readonly PublishedPlatform[]; readonly revoked: readonly PublishedPlatform[] }
  | { readonly ok: false; readonly year: number; readonly problem: string };

/**
 * Rebuilds a cycle's published list from its stream (Art. 13) and checks it against what the
 * summary announced: pages numbered 1..pages just before it, the counts, the hash. Undefined
 * when the stream holds no publication. A cycle published in one event (ResultsPublished) is
 * its own list.
 */
export function verifyPublishedResults(events: readonly CycleEvent[]): PublishedResultsCheck | undefined {
  let pages: Extract<CycleEvent, { type: 'ResultsPagePublished' }>['data'][] = [];
  for (const event of events) {
    if (event.type === 'ResultsPublished') {
      return { ok: true, year: event.data.year, certified: event.data.certified, revoked: event.data.revoked };
    }
    if (event.type === 'ResultsPagePublished') {
      pages.push(event.data);
      continue;
    }
    if (event.type !== 'CycleResultsPublished') {
      pages = [];
      continue;
    }
    const summary = event.data;
    const fail = (problem: string): PublishedResultsCheck => ({ ok: false, year: summary.year, problem });
    if (pages.length !== summary.pages) return fail(`${summary.pages} pages announced, ${pages.length} found`);
    for (const [index, page] of pages.entries()) {
      if (page.page !== index + 1 || page.year !== summary.year) return fail(`page ${index + 1} is numbered ${page.page} of ${page.year}`);
    }
    const certified = pages.flatMap((page) => page.certified);
    const revoked = pages.flatMap((page) => page.revoked);
    if (certified.length !== summary.certifiedCount || revoked.length !== summary.revokedCount) {
      return fail(`counts ${certified.length}/${revoked.length}, announced ${summary.certifiedCount}/${summary.revokedCount}`);
    }
    const hash = resultsListSha256(summary.year, certified, revoked);
    if (hash !== summary.listSha256) return fail(`list hash ${hash}, announced ${summary.listSha256}`);
    return { ok: true, year: summary.year, certified, revoked };
  }
  return undefined;
}
