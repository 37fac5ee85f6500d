import { describe, expect, it } from '@jest/globals';
import { at, cityActor, openCycleEvents, platformContext, PLATFORM_ID, windowClosedEvent } from '@certflow/testing';
import { acceptsApplications, cycleStreamId, evolveCycle, initialCycleState, type CycleEvent, type CycleState } from '../cycle/cycle.js';
import { decidePlatform } from '../platform/decide.js';
import type { PlatformEvent } from '../platform/platform.events.js';
import { evolvePlatform, initialPlatformState, platformStreamId, type PlatformState } from '../platform/state.js';
import { GANZHOU_2013 } from '../ruleset/ganzhou-2013.js';
import { DomainError } from '../shared/domain-error.js';
import { announcedEvent, H, NOTICE_ENDS_ON, RECHECK_DUE_ON } from '../platform/story.spec.js';
import {
  applyToSchedule,
  dueBy,
  dueItems,
  emptySchedule,
  evolveSchedule,
  initialScheduleState,
  REMINDER_SENT,
  REMINDER_STREAM,
  scheduledCommandId,
  SCHEDULER_ACTOR,
  type DueItem,
  type ScheduleInput,
  type ScheduleState,
} from './schedule.js';
import { DueIndex } from './due-index.js';

const cycleInput = (event: CycleEvent, occurredAt = at(`${(event.data as { year: number }).year}-03-01`)): ScheduleInput => ({
  streamId: cycleStreamId((event.data as { year: number }).year),
  type: event.type,
  data: event.data,
  occurredAt,
});
const platformInput = (event: PlatformEvent, platformId = PLATFORM_ID): ScheduleInput => ({
  streamId: platformStreamId(platformId),
  type: event.type,
  data: event.data,
  occurredAt: at('2027-06-01'),
});
const schedule = (inputs: readonly ScheduleInput[]): ScheduleState => inputs.reduce(evolveSchedule, initialScheduleState);
const opened = (year: number, occurredAt?: string) => openCycleEvents(year).map((event) => cycleInput(event, occurredAt));
const history = (events: readonly PlatformEvent[]) => events.map((event) => platformInput(event));
const ms = (instant: string, delta: number) => new Date(Date.parse(instant) + delta).toISOString();
const kinds = (items: readonly DueItem[]) => items.map((item) => item.id);
/** The items of the cycle rules (Arts. 12, 15), without the yearly summaries (Art. 14) a certified platform always owes. */
const cycleRules = (items: readonly DueItem[]) => items.filter((item) => item.kind !== 'summary-overdue' && item.kind !== 'reminder');
const cycleOf = (events: readonly CycleEvent[]): CycleState => events.reduce(evolveCycle, initialCycleState);

function decideAt(item: DueItem, state: ScheduleState, now: string) {
  if (item.issues?.target !== 'platform') throw new Error('a platform item');
  const cycle = state.cycles.get(item.cycleYear)!.state;
  // The scheduled commands decide on the status and dates alone, which the schedule keeps.
  return decidePlatform(item.issues.command, state.platforms.get(item.issues.platformId)! as PlatformState, platformContext(SCHEDULER_ACTOR, now, cycle, item.issues.platformId));
}

describe('the schedule of the time rules (Arts. 12, 15)', () => {
  describe('Art. 12: the application window closes after its (inclusive) deadline', () => {
    const state = schedule(opened(2027));
    const item = dueItems(state).find((each) => each.kind === 'close-application-window');

    it('is due at 00:00 Asia/Shanghai the day after the deadline (30 April → 1 May 00:00 +08:00)', () => {
      expect(item).toMatchObject({
        id: 'close-application-window/2027',
        kind: 'close-application-window',
        article: '12',
        dueAt: '2027-04-30T16:00:00.000Z',
        issues: { target: 'cycle', command: { type: 'CloseApplicationWindow', data: { year: 2027 } } },
      });
    });

    it('boundary: 23:59:59.999 on the deadline day is not due and still takes applications; 00:00 the next day is due and does not', () => {
      const cycle = cycleOf(openCycleEvents(2027));
      expect(cycleRules(dueBy(state, ms(item!.dueAt, -1)))).toEqual([]);
      expect(acceptsApplications(cycle, ms(item!.dueAt, -1))).toBe(true);
      expect(kinds(dueBy(state, item!.dueAt))).toEqual(['close-application-window/2027']);
      expect(acceptsApplications(cycle, item!.dueAt)).toBe(false);
    });

    it('is settled once the window closed (by the city or by the scheduler)', () => {
      expect(dueItems(schedule([...opened(2027), cycleInput(windowClosedEvent(2027))]))).toEqual([]);
    });
  });

  describe('Art. 15: the biennial recheck opens with the cycle two years after certification or the last confirmation', () => {
    const certified2027 = history(H.certified);

    it('a platform certified in 2027 is not due in the 2028 cycle (one year is not two)', () => {
      expect(kinds(cycleRules(dueItems(schedule([...certified2027, ...opened(2028)]))))).toEqual(['close-application-window/2028']);
    });

    it('it is due in the 2029 cycle at the instant the cycle opened, as the city', () => {
      const state = schedule([...certified2027, ...opened(2029, '2029-03-01T01:30:00.000Z')]);
      const recheck = dueItems(state).find((item) => item.kind === 'open-recheck');
      expect(recheck).toMatchObject({
        id: `open-recheck/2029/${PLATFORM_ID}`,
        article: '15',
        dueAt: '2029-03-01T01:30:00.000Z',
        platformId: PLATFORM_ID,
        issues: { target: 'platform', platformId: PLATFORM_ID, command: { type: 'OpenRecheck', data: { cycleYear: 2029 } } },
      });
      expect(cycleRules(dueBy(state, ms('2029-03-01T01:30:00.000Z', -1)))).toEqual([]);
      expect(decideAt(recheck!, state, '2029-03-01T01:30:00.000Z')).toEqual([
        { type: 'RecheckOpened', data: { cycleYear: 2029, materialsDueOn: '2029-05-31', certifiedIn: 2027 } },
      ]);
    });

    it('a recheck confirmed in 2029 is next due in 2031, not 2030', () => {
      const confirmed = history([
        ...H.recheckSubmitted,
        { type: 'RecheckConfirmed', data: { cycleYear: 2029, reviewers: ['x'], reasons: ['复核合格'], nextRecheckYear: 2029 + GANZHOU_2013.recheckEveryYears } },
      ]);
      expect(dueItems(schedule([...confirmed, ...opened(2030)])).filter((item) => item.kind === 'open-recheck')).toEqual([]);
      expect(kinds(dueItems(schedule([...confirmed, ...opened(2031)])))).toContain(`open-recheck/2031/${PLATFORM_ID}`);
    });

    it('is settled once the recheck is open, and not offered once the cycle reached its review', () => {
      const state = schedule([...history(H.recheckOpen), ...opened(2029)]);
      expect(dueItems(state).some((item) => item.kind === 'open-recheck')).toBe(false);
      const closedReview = schedule([
        ...certified2027,
        ...opened(2029),
        cycleInput(windowClosedEvent(2029)),
        cycleInput({ type: 'ReviewClosed', data: { year: 2029, closedOn: '2029-07-01' } }),
      ]);
      expect(cycleRules(dueItems(closedReview))).toEqual([]);
    });
  });

  describe('Art. 15: a recheck with no materials by the (inclusive) deadline fails', () => {
    const state = schedule([...opened(2029), ...history(H.recheckOpen)]);
    const item = dueItems(state).find((each) => each.kind === 'fail-recheck')!;

    it(`is due at 00:00 Asia/Shanghai the day after ${RECHECK_DUE_ON}, for missing materials`, () => {
      expect(item).toMatchObject({ id: `fail-recheck/2029/${PLATFORM_ID}`, dueAt: '2029-05-31T16:00:00.000Z', article: '15' });
    });

    it('boundary: the decider refuses it 1 ms before (still the deadline day) and accepts it at the due instant', () => {
      expect(dueBy(state, ms(item.dueAt, -1)).some((each) => each.kind === 'fail-recheck')).toBe(false);
      expect(() => decideAt(item, state, ms(item.dueAt, -1))).toThrow(DomainError);
      expect(decideAt(item, state, item.dueAt)).toEqual([
        expect.objectContaining({ type: 'RecheckFailed', data: expect.objectContaining({ cycleYear: 2029, materialsMissing: true }) }),
      ]);
    });

    it('materials sent by the deadline settle it', () => {
      expect(dueItems(schedule([...opened(2029), ...history(H.recheckSubmitted)])).some((each) => each.kind === 'fail-recheck')).toBe(false);
    });
  });

  describe('Art. 15: revocation falls due when the announcement period of the ruleset ends', () => {
    const state = schedule([...opened(2029), ...history(H.announced)]);
    const item = dueItems(state).find((each) => each.platformId === PLATFORM_ID && each.kind.startsWith('revo'))!;

    it(`announced ${announcedEvent.type === 'RevocationAnnounced' ? announcedEvent.data.announcedOn : ''} + ${GANZHOU_2013.revocationNoticeDays} days: due at 00:00 Asia/Shanghai on ${NOTICE_ENDS_ON}, revoked automatically under ganzhou-2013`, () => {
      expect(GANZHOU_2013.revokeWhenNoticeEnds).toBe(true);
      expect(item).toMatchObject({
        id: `revoke-certification/2029/${PLATFORM_ID}`,
        kind: 'revoke-certification',
        dueAt: '2029-07-30T16:00:00.000Z',
        issues: { command: { type: 'RevokeCertification' } },
      });
    });

    it('boundary: day 29 of the notice (1 ms before) is refused by the decider, day 30 is accepted', () => {
      expect(dueBy(state, ms(item.dueAt, -1)).some((each) => each.kind === 'revoke-certification')).toBe(false);
      expect(() => decideAt(item, state, ms(item.dueAt, -1))).toThrow(expect.objectContaining({ code: 'revocation.notice-running' }));
      expect(decideAt(item, state, item.dueAt)).toEqual([expect.objectContaining({ type: 'PlatformRevoked', data: expect.objectContaining({ revokedOn: NOTICE_ENDS_ON }) })]);
    });

    it('is settled by the revocation', () => {
      expect(dueItems(schedule([...opened(2029), ...history(H.revoked)])).some((each) => each.platformId === PLATFORM_ID)).toBe(false);
    });
  });

  describe('Art. 14: a yearly summary not sent by its due date (ruleset: 31 March of the next year, inclusive) is recorded overdue', () => {
    const state = schedule([...opened(2027), ...history(H.certified)]);
    const item = dueItems(state).find((each) => each.kind === 'summary-overdue')!;

    it('the 2027 summary of a platform certified in 2027 is overdue at 2028-04-01 00:00 Asia/Shanghai', () => {
      expect(item).toMatchObject({
        id: `summary-overdue/2027/${PLATFORM_ID}`,
        article: '14',
        dueAt: '2028-03-31T16:00:00.000Z',
        issues: { command: { type: 'RecordSummaryOverdue', data: { year: 2027 } } },
      });
    });

    it('boundary: the decider refuses it 1 ms before (still 31 March) and accepts it at the due instant', () => {
      expect(dueBy(state, ms(item.dueAt, -1)).some((each) => each.kind === 'summary-overdue')).toBe(false);
      expect(() => decideAt(item, state, ms(item.dueAt, -1))).toThrow(expect.objectContaining({ code: 'summary.not-yet-overdue' }));
      expect(decideAt(item, state, item.dueAt)).toEqual([{ type: 'AnnualSummaryOverdue', data: { year: 2027, dueOn: '2028-03-31', public: true } }]);
    });

    it('once recorded (or sent), the next year comes due; none during a revocation notice or after revocation', () => {
      const recorded = schedule([...opened(2027), ...history([...H.certified, { type: 'AnnualSummaryOverdue', data: { year: 2027, dueOn: '2028-03-31', public: true } }])]);
      expect(dueItems(recorded).find((each) => each.kind === 'summary-overdue')).toMatchObject({ id: `summary-overdue/2028/${PLATFORM_ID}`, dueAt: '2029-03-31T16:00:00.000Z' });
      const sent = schedule([
        ...opened(2027),
        ...history([...H.certified, { type: 'AnnualSummarySubmitted', data: { year: 2027, summary: { name: 's', sha256: 'a'.repeat(64), sizeBytes: 1, mediaType: 'application/pdf', location: 'x' }, submittedOn: '2028-01-20' } }]),
      ]);
      expect(dueItems(sent).find((each) => each.kind === 'summary-overdue')?.id).toBe(`summary-overdue/2028/${PLATFORM_ID}`);
      expect(dueItems(schedule([...opened(2029), ...history(H.announced)])).some((each) => each.kind === 'summary-overdue')).toBe(false);
      expect(dueItems(schedule([...opened(2029), ...history(H.revoked)])).some((each) => each.kind === 'summary-overdue')).toBe(false);
    });
  });

  describe(`reminders ${GANZHOU_2013.reminderDaysBefore} days (ruleset) before the deadlines someone can still meet`, () => {
    const reminderOf = (state: ScheduleState, of: string) => dueItems(state).find((item) => item.id === `reminder/${of}`);

    it.each([
      ['Art. 12: the application deadline 2027-04-30', schedule(opened(2027)), 'close-application-window/2027', '2027-04-22T16:00:00.000Z', '2027-04-30'],
      ['Art. 15: the recheck materials deadline 2029-05-31', schedule([...opened(2029), ...history(H.recheckOpen)]), `fail-recheck/2029/${PLATFORM_ID}`, '2029-05-23T16:00:00.000Z', '2029-05-31'],
      ['Art. 14: the 2027 summary due 2028-03-31', schedule([...opened(2027), ...history(H.certified)]), `summary-overdue/2027/${PLATFORM_ID}`, '2028-03-23T16:00:00.000Z', '2028-03-31'],
    ])('%s: at 00:00 Asia/Shanghai 7 days before the deadline day, until the deadline has passed', (_, state, of, at, deadline) => {
      const reminder = reminderOf(state, of)!;
      expect(reminder).toMatchObject({ kind: 'reminder', dueAt: at, reminds: { item: of, deadline } });
      expect(reminder.issues).toBeUndefined();
      expect(dueBy(state, ms(at, -1)).some((item) => item.id === reminder.id)).toBe(false);
      expect(dueBy(state, at).some((item) => item.id === reminder.id)).toBe(true);
      // The deadline passed (the item itself is due): too late to remind.
      expect(dueBy(state, reminder.reminds!.dueAt).some((item) => item.id === reminder.id)).toBe(false);
    });

    it('none for what nobody can meet any more (an opening recheck, a revocation), and none once sent', () => {
      const state = schedule([...opened(2029), ...history(H.announced)]);
      expect(dueItems(state).filter((item) => item.kind === 'reminder').map((item) => item.reminds!.rule)).toEqual(['close-application-window']);
      const sent = evolveSchedule(schedule(opened(2027)), {
        streamId: REMINDER_STREAM,
        type: REMINDER_SENT,
        data: { item: 'close-application-window/2027' },
        occurredAt: '2027-04-22T16:00:00.000Z',
      });
      expect(reminderOf(sent, 'close-application-window/2027')).toBeUndefined();
      expect(kinds(dueItems(sent))).toEqual(['close-application-window/2027']);
    });
  });

  it('several items fall due in the order of their instants, then of their ids', () => {
    const state = schedule([...opened(2029, '2029-03-01T01:30:00.000Z'), ...history(H.certified), ...history(H.certified).map((input) => ({ ...input, streamId: platformStreamId('gz-aa-0001') }))]);
    expect(kinds(dueBy(state, '2029-04-01T00:00:00.000Z'))).toEqual([
      'summary-overdue/2027/gz-aa-0001',
      `summary-overdue/2027/${PLATFORM_ID}`,
      'open-recheck/2029/gz-aa-0001',
      `open-recheck/2029/${PLATFORM_ID}`,
    ]);
  });

  it('the command id is the item id under the scheduler prefix, the same in every process', () => {
    expect(scheduledCommandId({ id: 'close-application-window/2027' })).toBe('scheduler:close-application-window/2027');
    expect(SCHEDULER_ACTOR.role).toBe(cityActor().role);
  });

  it('events of other streams or types leave the schedule as it was', () => {
    const state = schedule(opened(2027));
    expect(evolveSchedule(state, { streamId: 'simulation-clock', type: 'BusinessClockMoved', data: {}, occurredAt: at('2027-03-02') })).toBe(state);
    expect(evolveSchedule(state, { ...opened(2028)[0]!, streamId: 'cycle-2099' })).toBe(state);
  });

  it('folded in place (the scheduler, linear in the log) it is the same schedule as folded by copies, event for event', () => {
    const inputs = [
      ...opened(2027),
      ...history(H.certified),
      ...history(H.certified).map((input) => ({ ...input, streamId: platformStreamId('gz-aa-0001') })),
      { streamId: 'simulation-clock', type: 'BusinessClockMoved', data: {}, occurredAt: at('2027-03-02') },
      { streamId: REMINDER_STREAM, type: REMINDER_SENT, data: { item: 'close-application-window/2027' }, occurredAt: at('2027-04-23') },
      ...opened(2029, '2029-03-01T01:30:00.000Z'),
    ];
    const inPlace = emptySchedule();
    let copied = initialScheduleState;
    for (const input of inputs) {
      applyToSchedule(inPlace, input);
      copied = evolveSchedule(copied, input);
      expect(inPlace).toEqual(copied);
    }
    expect(dueBy(inPlace, '2029-04-01T00:00:00.000Z')).toEqual(dueBy(copied, '2029-04-01T00:00:00.000Z'));
    expect(dueBy(inPlace, '2029-04-01T00:00:00.000Z').length).toBeGreaterThan(0);
  });

  it('keeps a platform under review without its application and evaluation, and its items are those of the full state', () => {
    for (const events of [H.submitted, H.returned, H.recommended, H.certified]) {
      const state = schedule([...opened(2027), ...history(events)]);
      const kept = state.platforms.get(PLATFORM_ID)!;
      const full = events.reduce(evolvePlatform, initialPlatformState);
      expect(kept).not.toHaveProperty('application');
      expect(kept).not.toHaveProperty('evaluation');
      expect(kept.status).toBe(full.status);
      const withFull = { ...state, platforms: new Map([[PLATFORM_ID, full]]) };
      for (const now of ['2027-05-01T00:00:00.000Z', '2029-04-01T00:00:00.000Z']) expect(dueBy(state, now)).toEqual(dueBy(withFull, now));
    }
  });

  it('kept as an index (each platform worked out again only after its own events), it answers what the whole schedule answers', () => {
    const other = (input: ScheduleInput) => ({ ...input, streamId: platformStreamId('gz-aa-0001') });
    const inputs: ScheduleInput[] = [
      ...opened(2027),
      ...history(H.certified),
      ...history(H.certified).map(other),
      { streamId: REMINDER_STREAM, type: REMINDER_SENT, data: { item: 'close-application-window/2027' }, occurredAt: at('2027-04-23') },
      { streamId: REMINDER_STREAM, type: REMINDER_SENT, data: { item: `summary-overdue/2027/${PLATFORM_ID}`, platformId: PLATFORM_ID }, occurredAt: at('2028-03-20') },
      ...opened(2029, '2029-03-01T01:30:00.000Z'),
      ...history([announcedEvent]).map(other),
    ];
    const state = emptySchedule();
    const index = new DueIndex(state);
    const instants = ['2027-04-30T00:00:00.000Z', '2028-03-25T00:00:00.000Z', '2029-04-01T00:00:00.000Z', '2029-09-01T00:00:00.000Z'];
    let seen = 0;
    for (const input of inputs) {
      applyToSchedule(state, input);
      index.touched(input);
      expect(index.items()).toEqual(dueItems(state));
      for (const now of instants) {
        expect(index.dueBy(now)).toEqual(dueBy(state, now));
        seen += index.dueBy(now).length;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});
