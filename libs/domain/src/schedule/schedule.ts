import type { Actor } from '../shared/actor.js';
import { addDays, shanghaiDate, startOfShanghaiDay, type IsoDate, type IsoInstant } from '../shared/dates.js';
import { cycleStreamId, evolveCycle, initialCycleState, type CycleCommand, type CycleEvent, type CycleState } from '../cycle/cycle.js';
import { findRuleset, GANZHOU_2013 } from '../ruleset/ganzhou-2013.js';
import type { Ruleset } from '../ruleset/ruleset.js';
import { summaryDueOn } from '../platform/record-summary-overdue.js';
import type { PlatformCommand } from '../platform/platform.commands.js';
import { PLATFORM_EVENT_TYPES, type PlatformEvent } from '../platform/platform.events.js';
import { evolvePlatform, initialPlatformState, type PlatformState } from '../platform/state.js';

/**
 * The time rules of Arts. 12 and 15 as data: what falls due when, derived from the log alone.
 * Nothing here reads a clock; the scheduler asks what is due by an instant it was given.
 */

/** Who the scheduler acts as: the city bureau's own rules, applied by certflow on their day. */
export const SCHEDULER_ACTOR: Actor = { id: 'certflow-scheduler', role: 'city' };
const SCHEDULER_REVIEWER = 'certflow 定时规则（市局）';

const CYCLE_EVENT_TYPES = ['CycleOpened', 'ApplicationWindowClosed', 'ReviewClosed', 'ResultsPublished', 'CycleResultsPublished'] as const satisfies readonly CycleEvent['type'][];


/** Where the scheduler records the reminders it sent: facts for the platforms and counties, not decisions. */
export const REMINDER_STREAM = 'deadline-reminders';
export const REMINDER_SENT = 'DeadlineReminderSent';

/** What a reminder event carries, for the Kafka relay to route to the platform and county concerned. */
export interface DeadlineReminder {
  /** The item reminded of. */
  readonly item: string;
  readonly rule: DueKind;
  readonly article: string;
  /** The last day to act (inclusive), Asia/Shanghai. */
  readonly deadline: IsoDate;
  readonly year: number;
  readonly platformId?: string;
  readonly county?: string;
  readonly what: { readonly zh: string; readonly en: string };
}

/** The event types the schedule is derived from; a subscriber may leave every other type out. */
/** Every platform event moves the platform's state, so the schedule follows them all. */
export const SCHEDULE_EVENT_TYPES: readonly string[] = [...CYCLE_EVENT_TYPES, ...PLATFORM_EVENT_TYPES, REMINDER_SENT];

/** A logged event as the schedule needs it: where it lives and when it happened for the measures. */
export interface ScheduleInput {
  readonly streamId: string;
  readonly type: string;
  readonly data: unknown;
  readonly occurredAt: IsoInstant;
}

export interface ScheduledCycle {
  readonly state: CycleState;
  /** When the cycle was opened (business time): rechecks run with the cycle from then on (Art. 15). */
  readonly openedAt: IsoInstant;
}

/**
 * What the schedule keeps of a platform: its state without the application's content and rule
 * evaluation, which no time rule reads. Kept whole, they took about 20 KB of heap per platform
 * under review: 400 MB in a cycle of 20,000.
 */
export type ScheduledPlatform = PlatformState extends infer S ? (S extends unknown ? Omit<S, 'application' | 'evaluation'> : never) : never;

export interface ScheduleState {
  readonly cycles: ReadonlyMap<number, ScheduledCycle>;
  readonly platforms: ReadonlyMap<string, ScheduledPlatform>;
  /** Years whose summary each platform was recorded as overdue for (Art. 14): settled, the next year comes due. */
  readonly overdueSummaries: ReadonlyMap<string, readonly number[]>;
  /** Items whose reminder was sent. */
  readonly reminded: ReadonlySet<string>;
}

export const initialScheduleState: ScheduleState = { cycles: new Map(), platforms: new Map(), overdueSummaries: new Map(), reminded: new Set() };

/** A schedule its one owner (the scheduler) changes in place. */
export interface MutableScheduleState extends ScheduleState {
  readonly cycles: Map<number, ScheduledCycle>;
  readonly platforms: Map<string, ScheduledPlatform>;
  readonly overdueSummaries: Map<string, readonly number[]>;
  readonly reminded: Set<string>;
}

export function emptySchedule(): MutableScheduleState {
  return { cycles: new Map(), platforms: new Map(), overdueSummaries: new Map(), reminded: new Set() };
}

/** Whether the event changes the schedule at all. */
function schedules(input: ScheduleInput): boolean {
  if (input.type === REMINDER_SENT) return input.streamId === REMINDER_STREAM;
  if ((CYCLE_EVENT_TYPES as readonly string[]).includes(input.type)) return input.streamId === cycleStreamId((input.data as { year: number }).year);
  return (PLATFORM_EVENT_TYPES as readonly string[]).includes(input.type) && input.streamId.startsWith('platform-');
}

/**
 * The schedule with one more event, as a new value. Copies the schedule's maps: for folding a
 * whole log use `applyToSchedule`, which a copy per event would make quadratic in the number of
 * platforms (2 ms an event at 8,000 platforms).
 */
export function evolveSchedule(state: ScheduleState, input: ScheduleInput): ScheduleState {
  if (!schedules(input)) return state;
  const next: MutableScheduleState = {
    cycles: new Map(state.cycles),
    platforms: new Map(state.platforms),
    overdueSummaries: new Map(state.overdueSummaries),
    reminded: new Set(state.reminded),
  };
  applyToSchedule(next, input);
  return next;
}

/** Adds one event to a schedule in place; the same outcome as `evolveSchedule`, at the cost of the event alone. */
export function applyToSchedule(state: MutableScheduleState, input: ScheduleInput): void {
  if (!schedules(input)) return;
  if (input.type === REMINDER_SENT) {
    state.reminded.add((input.data as DeadlineReminder).item);
    return;
  }
  if ((CYCLE_EVENT_TYPES as readonly string[]).includes(input.type)) {
    const event = { type: input.type, data: input.data } as CycleEvent;
    const year = (event.data as { year: number }).year;
    const before = state.cycles.get(year);
    state.cycles.set(year, {
      state: evolveCycle(before?.state ?? initialCycleState, event),
      openedAt: event.type === 'CycleOpened' ? input.occurredAt : (before?.openedAt ?? input.occurredAt),
    });
    return;
  }
  const platformId = input.streamId.slice('platform-'.length);
  const event = { type: input.type, data: input.data } as PlatformEvent;
  // evolvePlatform only carries application and evaluation along (or replaces them): a state
  // without them evolves into the same state without them.
  const before = (state.platforms.get(platformId) ?? initialPlatformState) as PlatformState;
  state.platforms.set(platformId, scheduled(evolvePlatform(before, event)));
  if (event.type === 'AnnualSummaryOverdue') {
    state.overdueSummaries.set(platformId, [...(state.overdueSummaries.get(platformId) ?? []), event.data.year]);
  }
}

function scheduled(state: PlatformState): ScheduledPlatform {
  if (!('application' in state)) return state;
  const { application: _application, evaluation: _evaluation, ...kept } = state;
  return kept;
}

export type DueKind = 'close-application-window' | 'open-recheck' | 'summary-overdue' | 'fail-recheck' | 'revoke-certification' | 'revocation-due' | 'reminder';

/** The deadlines someone can still meet, and so is reminded of: the application, the recheck materials, the yearly summary. */
const REMINDED: readonly DueKind[] = ['close-application-window', 'fail-recheck', 'summary-overdue'];

export type DueCommand =
  | { readonly target: 'cycle'; readonly command: CycleCommand }
  | { readonly target: 'platform'; readonly platformId: string; readonly command: PlatformCommand };

export interface DueItem {
  /** Stable across replays and processes: the scheduler's command id is derived from it. */
  readonly id: string;
  readonly kind: DueKind;
  readonly article: string;
  /** The first instant the rule applies: a deadline is inclusive, so the day after it at 00:00 Asia/Shanghai. */
  readonly dueAt: IsoInstant;
  readonly cycleYear: number;
  readonly platformId?: string;
  readonly county?: string;
  /** What certflow issues when the item falls due; absent when a person decides (shown as due), or for a reminder. */
  readonly issues?: DueCommand;
  /** For a reminder: what it reminds of, sent only while that deadline is still ahead. */
  readonly reminds?: DeadlineReminder & { readonly dueAt: IsoInstant };
  readonly what: { readonly zh: string; readonly en: string };
}

/** Every item not yet done, earliest first; an item disappears once the event that settles it is in the log. */
export function dueItems(state: ScheduleState): DueItem[] {
  const items = cycleDueItems(state);
  for (const platformId of state.platforms.keys()) items.push(...platformDueItems(state, platformId));
  return items.sort(byDueAt);
}

/**
 * The items of the cycles themselves (closing an application window) with their reminders: they
 * change only with cycle events and reminders without a platform.
 */
export function cycleDueItems(state: ScheduleState): DueItem[] {
  const items: DueItem[] = [];
  for (const [year, cycle] of state.cycles) items.push(...cycleItems(year, cycle));
  return withReminders(items, state);
}

/**
 * One platform's items with their reminders: they change only with its own events, its reminders
 * and cycle events, so a scheduler may keep them between events (unsorted).
 */
export function platformDueItems(state: ScheduleState, platformId: string): DueItem[] {
  const platform = state.platforms.get(platformId);
  if (!platform) return [];
  const items: DueItem[] = [];
  for (const [year, cycle] of state.cycles) {
    const recheck = recheckItem(year, cycle, platformId, platform);
    if (recheck) items.push(recheck);
  }
  const item = platformItem(platformId, platform, state.cycles);
  if (item) items.push(item);
  const summary = summaryItem(platformId, platform, state.cycles, state.overdueSummaries.get(platformId) ?? []);
  if (summary) items.push(summary);
  return withReminders(items, state);
}

function withReminders(items: DueItem[], state: ScheduleState): DueItem[] {
  for (const item of [...items]) {
    if (REMINDED.includes(item.kind) && !state.reminded.has(item.id)) items.push(reminderOf(item, reminderDays(item, state)));
  }
  return items;
}

/** Whether an item is for certflow to act on by `now` (a reminder only while its deadline is ahead). */
export function isDueBy(item: DueItem, limit: number): boolean {
  return (
    Date.parse(item.dueAt) <= limit &&
    // A reminder is worth sending only while its deadline is ahead (a clock moved past both sends none).
    (item.issues !== undefined || (item.reminds !== undefined && limit < Date.parse(item.reminds.dueAt)))
  );
}

export function byDueAt(a: DueItem, b: DueItem): number {
  return Date.parse(a.dueAt) - Date.parse(b.dueAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function reminderDays(item: DueItem, state: ScheduleState): number {
  const platform = item.platformId !== undefined ? state.platforms.get(item.platformId) : undefined;
  if (platform) return rulesetOf(platform, state.cycles).reminderDaysBefore;
  const cycle = state.cycles.get(item.cycleYear)?.state;
  return ((cycle && cycle.status !== 'none' ? findRuleset(cycle.rulesetId) : undefined) ?? GANZHOU_2013).reminderDaysBefore;
}

/** The deadline of a reminded item is the day before it falls due (deadlines are inclusive). */
export const reminderAt = (deadline: IsoDate, days: number) => startOfShanghaiDay(addDays(deadline, -days));

function reminderOf(item: DueItem, days: number): DueItem {
  const deadline = addDays(shanghaiDate(item.dueAt), -1);
  return {
    id: `reminder/${item.id}`,
    kind: 'reminder',
    article: item.article,
    dueAt: reminderAt(deadline, days),
    cycleYear: item.cycleYear,
    ...(item.platformId !== undefined ? { platformId: item.platformId } : {}),
    ...(item.county !== undefined ? { county: item.county } : {}),
    reminds: {
      item: item.id,
      rule: item.kind,
      article: item.article,
      deadline,
      year: item.cycleYear,
      ...(item.platformId !== undefined ? { platformId: item.platformId } : {}),
      ...(item.county !== undefined ? { county: item.county } : {}),
      what: item.what,
      dueAt: item.dueAt,
    },
    what: { zh: `提醒（距截止${days}日）：${item.what.zh}`, en: `reminder (${days} days ahead): ${item.what.en}` },
  };
}

/** What certflow itself must issue by `now`, in the order the rules fell due. */
export function dueBy(state: ScheduleState, now: IsoInstant): DueItem[] {
  const limit = Date.parse(now);
  return dueItems(state).filter((item) => isDueBy(item, limit));
}

/** The command id of an item: the same item issued twice, by one process or two, appends once. */
export const scheduledCommandId = (item: Pick<DueItem, 'id'>) => `scheduler:${item.id}`;

/** Art. 12: the day after the application deadline, late submissions are refused and the window closes. */
export const applicationWindowClosesAt = (applicationDeadline: IsoDate) => startOfShanghaiDay(addDays(applicationDeadline, 1));
/** Art. 15: a recheck with no materials by the (inclusive) deadline fails the next day. */
export const recheckFailsAt = (materialsDueOn: IsoDate) => startOfShanghaiDay(addDays(materialsDueOn, 1));
/** Art. 14: a summary not sent by its (inclusive) due date is overdue the next day. */
export const summaryOverdueAt = (year: number, ruleset: Pick<Ruleset, 'annualSummaryDueBy'>) => startOfShanghaiDay(addDays(summaryDueOn(year, ruleset), 1));
/** Art. 15: revocation may follow from the day the notice period ends (RevokeCertification's own rule). */
export const revocationDueAt = (noticeEndsOn: IsoDate) => startOfShanghaiDay(noticeEndsOn);

function cycleItems(year: number, cycle: ScheduledCycle): DueItem[] {
  const { state } = cycle;
  if (state.status !== 'open') return [];
  return [
    {
      id: `close-application-window/${year}`,
      kind: 'close-application-window',
      article: '12',
      dueAt: applicationWindowClosesAt(state.applicationDeadline),
      cycleYear: year,
      issues: { target: 'cycle', command: { type: 'CloseApplicationWindow', data: { year } } },
      what: {
        zh: `${year}年度申报截止（${state.applicationDeadline}），此后不再受理申报（第十二条）`,
        en: `the ${year} application window closes after ${state.applicationDeadline}; later submissions are refused (Art. 12)`,
      },
    },
  ];
}

/** Art. 15: rechecks run with the yearly cycle, while it still takes steps (OpenRecheck's own rule). */
function recheckItem(year: number, cycle: ScheduledCycle, platformId: string, platform: ScheduledPlatform): DueItem | undefined {
  const { state } = cycle;
  if (state.status !== 'open' && state.status !== 'window-closed') return undefined;
  if (platform.status !== 'certified' || platform.nextRecheckYear > year) return undefined;
  return {
    id: `open-recheck/${year}/${platformId}`,
    kind: 'open-recheck',
    article: '15',
    dueAt: cycle.openedAt,
    cycleYear: year,
    platformId,
    county: platform.county,
    issues: { target: 'platform', platformId, command: { type: 'OpenRecheck', data: { cycleYear: year } } },
    what: {
      zh: `${platform.name}自${platform.certifiedIn}年度认定（或上次复核确认）已满两年，纳入${year}年度复核（第十五条）`,
      en: `${platform.name} is due for its biennial recheck in the ${year} cycle (Art. 15)`,
    },
  };
}

function platformItem(platformId: string, platform: ScheduledPlatform, cycles: ReadonlyMap<number, ScheduledCycle>): DueItem | undefined {
  switch (platform.status) {
    case 'recheck-open':
      return {
        id: `fail-recheck/${platform.cycleYear}/${platformId}`,
        kind: 'fail-recheck',
        article: '15',
        dueAt: recheckFailsAt(platform.materialsDueOn),
        cycleYear: platform.cycleYear,
        platformId,
        county: platform.county,
        issues: {
          target: 'platform',
          platformId,
          command: {
            type: 'FailRecheck',
            data: {
              reviewers: [SCHEDULER_REVIEWER],
              reasons: [`复核材料报送截止日（${platform.materialsDueOn}）前未报送复核材料，复核不合格（第十五条）`],
            },
          },
        },
        what: {
          zh: `${platform.name}须于${platform.materialsDueOn}前报送复核材料，逾期未报送的复核不合格（第十五条）`,
          en: `${platform.name} must send its recheck materials by ${platform.materialsDueOn}; otherwise its recheck fails (Art. 15)`,
        },
      };
    case 'revocation-announced': {
      const automatic = rulesetOf(platform, cycles).revokeWhenNoticeEnds;
      return {
        id: `revoke-certification/${platform.cycleYear}/${platformId}`,
        kind: automatic ? 'revoke-certification' : 'revocation-due',
        article: '15',
        dueAt: revocationDueAt(platform.noticeEndsOn),
        cycleYear: platform.cycleYear,
        platformId,
        county: platform.county,
        ...(automatic
          ? {
              issues: {
                target: 'platform',
                platformId,
                command: { type: 'RevokeCertification', data: { reasons: [`撤销公告期于${platform.noticeEndsOn}届满（第十五条）`] } },
              } as const,
            }
          : {}),
        what: {
          zh: `${platform.name}撤销称号公告期于${platform.noticeEndsOn}届满，${automatic ? '届时撤销称号' : '届时由市局决定撤销'}（第十五条）`,
          en: `the revocation notice of ${platform.name} ends on ${platform.noticeEndsOn}; ${automatic ? 'its title is revoked that day' : 'the city revokes it from that day'} (Art. 15)`,
        },
      };
    }
    default:
      return undefined;
  }
}

/** The ruleset a platform's current cycle runs under; the first one where the log names none this deployment knows. */
function rulesetOf(platform: ScheduledPlatform, cycles: ReadonlyMap<number, ScheduledCycle>): Ruleset {
  const cycle = 'cycleYear' in platform ? cycles.get(platform.cycleYear)?.state : undefined;
  return (cycle && cycle.status !== 'none' ? findRuleset(cycle.rulesetId) : undefined) ?? GANZHOU_2013;
}

/**
 * Art. 14: the earliest year of the certification whose summary is neither sent nor recorded as
 * overdue. One year at a time: once it is recorded, the next year's comes due.
 */
function summaryItem(
  platformId: string,
  platform: ScheduledPlatform,
  cycles: ReadonlyMap<number, ScheduledCycle>,
  overdue: readonly number[],
): DueItem | undefined {
  // RecordSummaryOverdue's own rule: a platform under certification, not during a revocation notice.
  if (!('certifiedIn' in platform) || platform.status === 'revocation-announced') return undefined;
  let year = platform.certifiedIn;
  while (platform.summaries.includes(year) || overdue.includes(year)) year += 1;
  const ruleset = rulesetOf(platform, cycles);
  const dueOn = summaryDueOn(year, ruleset);
  return {
    id: `summary-overdue/${year}/${platformId}`,
    kind: 'summary-overdue',
    article: '14',
    dueAt: summaryOverdueAt(year, ruleset),
    cycleYear: year,
    platformId,
    county: platform.county,
    issues: { target: 'platform', platformId, command: { type: 'RecordSummaryOverdue', data: { year } } },
    what: {
      zh: `${platform.name}须于${dueOn}前报送${year}年度工作总结，逾期记为未报送（第十四条）`,
      en: `${platform.name} must send its ${year} yearly summary by ${dueOn}; after that it shows as overdue (Art. 14)`,
    },
  };
}


