import { describe, expect, it } from '@jest/globals';
import {
  applicantOf,
  at,
  auditorActor,
  cityActor,
  countyOf,
  cycleSchedule,
  cycleState,
  cycleStateOf,
  deciderSpec,
  openCycleEvents,
  reviewClosedEvent,
  windowClosedEvent,
} from '@certflow/testing';
import { createHash } from 'node:crypto';
import {
  acceptsApplications,
  decideCycle,
  evolveCycle,
  initialCycleState,
  RESULTS_PAGE_SIZE,
  resultsListSha256,
  rulesetOfCycle,
  verifyPublishedResults,
  type CycleCommand,
  type CycleEvent,
} from './cycle.js';
import { GANZHOU_2013 } from '../ruleset/ganzhou-2013.js';
import type { Actor } from '../shared/actor.js';

const cycle = deciderSpec({ decide: decideCycle, evolve: evolveCycle, initialState: initialCycleState });

const YEAR = 2027;
const NOTICE = '关于开展2027年度赣州市市级中小企业公共服务示范平台认定工作的通知';
const city = (date: string) => ({ actor: cityActor(), now: at(date) });

const open = (overrides: Partial<ReturnType<typeof cycleSchedule>> & { rulesetId?: string } = {}): CycleCommand => ({
  type: 'OpenCycle',
  data: { year: YEAR, rulesetId: 'ganzhou-2013', noticeTitle: NOTICE, ...cycleSchedule(YEAR), ...overrides },
});
const closeWindow: CycleCommand = { type: 'CloseApplicationWindow', data: { year: YEAR } };
const closeReview: CycleCommand = { type: 'CloseReview', data: { year: YEAR } };
const CERTIFIED = [{ platformId: 'gz-zg-0001', name: '赣州市章贡区中小企业综合服务平台' }];
const REVOKED = [{ platformId: 'gz-nk-0007', name: '南康区家具产业公共服务平台' }];
const publish: CycleCommand = { type: 'PublishResults', data: { year: YEAR, certified: CERTIFIED, revoked: REVOKED } };

const opened: CycleEvent[] = openCycleEvents(YEAR);
const windowClosed: CycleEvent[] = [...opened, windowClosedEvent(YEAR)];
const reviewClosed: CycleEvent[] = [...windowClosed, reviewClosedEvent(YEAR)];
const published: CycleEvent[] = [...reviewClosed, { type: 'ResultsPublished', data: { year: YEAR, publishedOn: '2027-07-05', certified: [], revoked: [] } }];

describe('decideCycle: only the city runs the yearly cycle (Arts. 3, 12)', () => {
  const others: [string, Actor][] = [
    ['a county bureau', countyOf('360702')],
    ['a platform operator', applicantOf('gz-zg-0001')],
    ['an auditor', auditorActor()],
  ];
  const commands: [string, readonly CycleEvent[], CycleCommand][] = [
    ['open', [], open()],
    ['close the window', opened, closeWindow],
    ['close the review', windowClosed, closeReview],
    ['publish', reviewClosed, publish],
  ];

  for (const [who, actor] of others) {
    it.each(commands)(`Art. 12: ${who} may not %s a cycle → cycle.city-only`, (_, history, command) => {
      const error = cycle.given(history).when(command, { actor, now: at('2027-03-01') }).thenThrows({ code: 'cycle.city-only', article: '12' });
      expect(error.kind).toBe('forbidden');
      expect(error.messages.zh).toContain('第十二条');
    });
  }
});

describe('decideCycle: OpenCycle (Art. 12, the year\'s notice)', () => {
  it('Art. 12: the city opens the cycle under the Ganzhou 2013 measures, recording ruleset, version and schedule', () => {
    cycle.given([]).when(open(), city('2027-03-01')).then([
      {
        type: 'CycleOpened',
        data: {
          year: YEAR,
          rulesetId: 'ganzhou-2013',
          rulesetVersion: 1,
          noticeTitle: NOTICE,
          applicationDeadline: '2027-04-30',
          recheckMaterialsDeadline: '2027-05-31',
          reviewDeadline: '2027-06-30',
          openedOn: '2027-03-01',
        },
      },
    ]);
  });

  it('Art. 12: the opening day is the Shanghai date (00:30 on 1 March in Shanghai is still 28 February in UTC)', () => {
    cycle.given([]).when(open(), { actor: cityActor(), now: '2027-02-28T16:30:00.000Z' }).then([
      { type: 'CycleOpened', data: expect.objectContaining({ year: YEAR, openedOn: '2027-03-01' }) },
    ]);
  });

  it('Art. 12: a cycle is opened once → cycle.already-opened', () => {
    cycle.given(opened).when(open(), city('2027-03-02')).thenThrows({ code: 'cycle.already-opened', article: '12', kind: 'conflict' });
  });

  it('Art. 12: a cycle that has moved on cannot be opened again either', () => {
    cycle.given(published).when(open(), city('2027-08-01')).thenThrows('cycle.already-opened');
  });

  it('Art. 1: an unknown ruleset → cycle.unknown-ruleset', () => {
    const error = cycle.given([]).when(open({ rulesetId: 'ganzhou-2099' }), city('2027-03-01')).thenThrows('cycle.unknown-ruleset');
    expect(error.kind).toBe('invalid');
    expect(error.messages.en).toContain('ganzhou-2099');
  });

  it.each([
    ['application deadline', { applicationDeadline: '2027-02-30' }],
    ['recheck materials deadline', { recheckMaterialsDeadline: '2027-13-01' }],
    ['review deadline', { reviewDeadline: '30/06/2027' }],
  ])('an invalid %s → cycle.invalid-date', (_, schedule) => {
    cycle.given([]).when(open(schedule), city('2027-03-01')).thenThrows({ code: 'cycle.invalid-date', kind: 'invalid' });
  });

  it.each([
    ['the application deadline has already passed', { applicationDeadline: '2027-02-28' }],
    ['the review ends before applications close', { applicationDeadline: '2027-04-30', reviewDeadline: '2027-04-29' }],
    ['recheck materials are due after the review ends', { recheckMaterialsDeadline: '2027-07-01', reviewDeadline: '2027-06-30' }],
  ])('Art. 12: deadlines out of order (%s) → cycle.deadlines-out-of-order', (_, schedule) => {
    cycle.given([]).when(open(schedule), city('2027-03-01')).thenThrows({ code: 'cycle.deadlines-out-of-order', article: '12', kind: 'invalid' });
  });

  it('Art. 15: recheck materials due before the cycle opens → cycle.deadlines-out-of-order', () => {
    // A recheck-materials deadline already past on the opening day makes Art. 15 impossible: every
    // platform due for recheck would be late before it was asked, and could be failed at once.
    cycle
      .given([])
      .when(open({ recheckMaterialsDeadline: '2027-02-28' }), city('2027-03-01'))
      .thenThrows({ code: 'cycle.deadlines-out-of-order', article: '12', kind: 'invalid' });
  });

  it('Art. 12: deadlines may fall on the same day: today = application deadline = recheck deadline = review deadline', () => {
    const sameDay = { applicationDeadline: '2027-03-01', recheckMaterialsDeadline: '2027-03-01', reviewDeadline: '2027-03-01' };
    cycle.given([]).when(open(sameDay), city('2027-03-01')).then([
      { type: 'CycleOpened', data: { year: YEAR, rulesetId: 'ganzhou-2013', rulesetVersion: 1, noticeTitle: NOTICE, ...sameDay, openedOn: '2027-03-01' } },
    ]);
  });
});

describe('decideCycle: closing the application window', () => {
  it('Art. 12: an open cycle closes its window on the Shanghai date', () => {
    cycle.given(opened).when(closeWindow, city('2027-05-01')).then([{ type: 'ApplicationWindowClosed', data: { year: YEAR, closedOn: '2027-05-01' } }]);
  });

  it('Art. 12: a cycle never opened → cycle.not-opened', () => {
    cycle.given([]).when(closeWindow, city('2027-05-01')).thenThrows({ code: 'cycle.not-opened', article: '12', kind: 'conflict' });
  });

  it.each([
    ['window-closed', windowClosed],
    ['review-closed', reviewClosed],
    ['published', published],
  ])('Art. 12: only while open, not when %s → cycle.wrong-stage', (_, history) => {
    const error = cycle.given(history).when(closeWindow, city('2027-07-10')).thenThrows({ code: 'cycle.wrong-stage', article: '12' });
    expect(error.messages.zh).not.toMatch(/[A-Za-z]/);
  });
});

describe('decideCycle: closing the review', () => {
  it('closes the review once the window is closed', () => {
    cycle.given(windowClosed).when(closeReview, city('2027-06-30')).then([{ type: 'ReviewClosed', data: { year: YEAR, closedOn: '2027-06-30' } }]);
  });

  it('closes the review of a cycle still open (the window closes with it)', () => {
    cycle.given(opened).when(closeReview, city('2027-06-30')).then([{ type: 'ReviewClosed', data: { year: YEAR, closedOn: '2027-06-30' } }]);
  });

  it('a cycle never opened → cycle.not-opened', () => {
    cycle.given([]).when(closeReview, city('2027-06-30')).thenThrows('cycle.not-opened');
  });

  it.each([
    ['review-closed', reviewClosed],
    ['published', published],
  ])('a review already %s cannot close again → cycle.wrong-stage', (_, history) => {
    cycle.given(history).when(closeReview, city('2027-07-10')).thenThrows('cycle.wrong-stage');
  });
});

describe('decideCycle: publishing the results (Art. 13)', () => {
  it('Art. 13: after the review closed, the city publishes the certified and revoked platforms: one page, then the summary with counts and hash', () => {
    const listSha256 = createHash('sha256')
      .update(`{"year":2027,"certified":[{"platformId":"gz-zg-0001","name":"${CERTIFIED[0]!.name}"}],"revoked":[{"platformId":"gz-nk-0007","name":"${REVOKED[0]!.name}"}]}`)
      .digest('hex');
    cycle.given(reviewClosed).when(publish, city('2027-07-05')).then([
      { type: 'ResultsPagePublished', data: { year: YEAR, page: 1, certified: CERTIFIED, revoked: REVOKED } },
      { type: 'CycleResultsPublished', data: { year: YEAR, publishedOn: '2027-07-05', certifiedCount: 1, revokedCount: 1, pages: 1, listSha256 } },
    ]);
  });

  const many = (n: number, prefix = 'p') => Array.from({ length: n }, (_, i) => ({ platformId: `${prefix}-${String(i).padStart(5, '0')}`, name: `平台${i}` }));
  const decided = (certified: number, revoked: number) =>
    decideCycle({ type: 'PublishResults', data: { year: YEAR, certified: many(certified), revoked: many(revoked, 'r') } }, reviewClosedState(), { actor: cityActor(), now: at('2027-07-05') });
  const reviewClosedState = () => reviewClosed.reduce(evolveCycle, initialCycleState);

  it.each([
    [0, 0, 0],
    [RESULTS_PAGE_SIZE, 0, 1],
    [RESULTS_PAGE_SIZE + 1, 0, 2],
    [RESULTS_PAGE_SIZE - 1, 1, 1],
    [RESULTS_PAGE_SIZE, 1, 2],
    [20_000, 3, 41],
  ])('Art. 13: %i certified and %i revoked make %i pages of at most RESULTS_PAGE_SIZE platforms, whatever the size', (certified, revoked, pages) => {
    const events = decided(certified, revoked);
    expect(events).toHaveLength(pages + 1);
    for (const event of events.slice(0, -1)) {
      const data = (event as Extract<CycleEvent, { type: 'ResultsPagePublished' }>).data;
      expect(data.certified.length + data.revoked.length).toBeLessThanOrEqual(RESULTS_PAGE_SIZE);
      expect(JSON.stringify(event).length).toBeLessThan(100_000);
    }
    expect(events.at(-1)).toMatchObject({ type: 'CycleResultsPublished', data: { certifiedCount: certified, revokedCount: revoked, pages } });
    const check = verifyPublishedResults([...reviewClosed, ...events]);
    expect(check).toMatchObject({ ok: true, year: YEAR });
    expect(check!.ok && check!.certified).toEqual(many(certified));
    expect(check!.ok && check!.revoked).toEqual(many(revoked, 'r'));
  });

  it('Art. 13: the list read back from the log is checked against the summary: a page changed, lost or a count off is found', () => {
    const events = decided(RESULTS_PAGE_SIZE + 10, 2);
    const [first, second, summary] = events as [Extract<CycleEvent, { type: 'ResultsPagePublished' }>, Extract<CycleEvent, { type: 'ResultsPagePublished' }>, CycleEvent];
    const renamed = { ...first, data: { ...first.data, certified: [{ platformId: 'p-00000', name: '改名' }, ...first.data.certified.slice(1)] } };
    expect(verifyPublishedResults([renamed, second, summary])).toMatchObject({ ok: false, problem: expect.stringContaining('hash') });
    expect(verifyPublishedResults([second, summary])).toMatchObject({ ok: false, problem: expect.stringContaining('2 pages announced, 1 found') });
    expect(verifyPublishedResults([second, first, summary])).toMatchObject({ ok: false, problem: expect.stringContaining('numbered') });
    const shortened = { ...second, data: { ...second.data, revoked: second.data.revoked.slice(1) } };
    expect(verifyPublishedResults([first, shortened, summary])).toMatchObject({ ok: false, problem: expect.stringContaining('counts') });
    expect(verifyPublishedResults(reviewClosed)).toBeUndefined();
  });

  it('a cycle published in one event before pages is its own list', () => {
    expect(verifyPublishedResults(published)).toEqual({ ok: true, year: YEAR, certified: [], revoked: [] });
    expect(resultsListSha256(YEAR, [], [])).toBe(createHash('sha256').update('{"year":2027,"certified":[],"revoked":[]}').digest('hex'));
  });

  it.each([
    ['open', opened],
    ['window-closed', windowClosed],
    ['published', published],
  ])('Art. 13: publishing only after the review closed, not when %s → cycle.wrong-stage', (_, history) => {
    const error = cycle.given(history).when(publish, city('2027-07-05')).thenThrows({ code: 'cycle.wrong-stage', article: '13' });
    expect(error.messages.en).toContain('review-closed');
  });

  it('Art. 13: a cycle never opened publishes nothing → cycle.not-opened', () => {
    cycle.given([]).when(publish, city('2027-07-05')).thenThrows('cycle.not-opened');
  });
});

describe('evolveCycle', () => {
  it('folds the life of a cycle: none → open → window-closed → review-closed → published, keeping its schedule', () => {
    expect(cycle.given([]).state).toEqual({ status: 'none' });
    const schedule = { ...cycleSchedule(YEAR), year: YEAR, rulesetId: 'ganzhou-2013', rulesetVersion: 1 };
    expect(cycle.given(opened).state).toEqual({ status: 'open', ...schedule });
    expect(cycle.given(windowClosed).state).toEqual({ status: 'window-closed', ...schedule });
    expect(cycle.given(reviewClosed).state).toEqual({ status: 'review-closed', ...schedule });
    expect(cycle.given(published).state).toEqual({ status: 'published', ...schedule });
  });

  it('ignores later steps of a cycle it never saw opened', () => {
    expect(evolveCycle(initialCycleState, windowClosedEvent(YEAR))).toEqual({ status: 'none' });
    expect(evolveCycle(initialCycleState, reviewClosedEvent(YEAR))).toEqual({ status: 'none' });
  });
});

describe('acceptsApplications (Art. 12, deadlines are Asia/Shanghai dates)', () => {
  const open2027 = cycle.given(opened).state;

  it('Art. 12: 2027-04-30T15:59:59Z is 23:59:59 on 30 April in Shanghai: still accepted on the deadline day', () => {
    expect(acceptsApplications(open2027, '2027-04-30T15:59:59Z')).toBe(true);
  });

  it('Art. 12: 2027-04-30T16:00:00Z is already 1 May in Shanghai: closed', () => {
    expect(acceptsApplications(open2027, '2027-04-30T16:00:00Z')).toBe(false);
  });

  it('Art. 12: accepted on any day of the open window', () => {
    expect(acceptsApplications(open2027, at('2027-03-01'))).toBe(true);
    expect(acceptsApplications(open2027, at('2027-04-15'))).toBe(true);
  });

  it('Art. 12: no applications once the window is closed, even before the deadline, nor in a cycle never opened', () => {
    expect(acceptsApplications(cycle.given(windowClosed).state, at('2027-04-15'))).toBe(false);
    expect(acceptsApplications(cycle.given(reviewClosed).state, at('2027-04-15'))).toBe(false);
    expect(acceptsApplications(initialCycleState, at('2027-04-15'))).toBe(false);
  });
});


describe('rulesetOfCycle: a cycle runs under the ruleset it named, or not at all (Art. 1)', () => {
  const opened = (rulesetId: string, rulesetVersion: number) =>
    cycleStateOf(openCycleEvents(2027).map((e) => (e.type === 'CycleOpened' ? { ...e, data: { ...e.data, rulesetId, rulesetVersion } } : e)));

  it('the Ganzhou 2013 measures for a cycle opened under them', () => {
    expect(rulesetOfCycle(cycleState(2027))).toBe(GANZHOU_2013);
  });

  it('an unknown ruleset id is refused, not replaced by another → cycle.ruleset-unavailable', () => {
    expect(() => rulesetOfCycle(opened('ganzhou-2031', 1))).toThrow(
      expect.objectContaining({
        code: 'cycle.ruleset-unavailable',
        kind: 'conflict',
        article: '1',
        details: { rulesetId: 'ganzhou-2031', rulesetVersion: 1 },
        messages: expect.objectContaining({ zh: expect.stringContaining('ganzhou-2031') }),
      }),
    );
  });

  it('a known id at another version is refused too', () => {
    expect(() => rulesetOfCycle(opened('ganzhou-2013', 2))).toThrow(
      expect.objectContaining({ code: 'cycle.ruleset-unavailable', details: { rulesetId: 'ganzhou-2013', rulesetVersion: 2, availableVersion: 1 } }),
    );
  });

  it('no cycle: nothing runs under it, and the first ruleset stands in for the refusal that follows', () => {
    expect(rulesetOfCycle(initialCycleState)).toBe(GANZHOU_2013);
  });
});


describe('decideCycle: a refusal names the stage the cycle is in, in Chinese', () => {
  const stageOf = (history: CycleEvent[], command: CycleCommand) =>
    /当前阶段为“([^”]*)”/.exec(cycle.given(history).when(command, city('2027-07-10')).thenThrows('cycle.wrong-stage').messages.zh)?.[1];

  it('each stage has a Chinese name of its own, and the year of the cycle', () => {
    const names = [stageOf(windowClosed, closeWindow), stageOf(reviewClosed, closeWindow), stageOf(published, closeWindow), stageOf(opened, publish)];
    for (const name of names) expect(name).toMatch(/^[^A-Za-z]+$/);
    expect(new Set(names).size).toBe(4);
    expect(cycle.given(published).when(closeWindow, city('2027-07-10')).thenThrows('cycle.wrong-stage').messages.zh).toMatch(/^2027年度/);
  });

  it('the English message says which stages would have allowed the step', () => {
    const { en } = cycle.given(published).when(closeReview, city('2027-07-10')).thenThrows('cycle.wrong-stage').messages;
    expect(en).toContain('2027 cycle is published');
    expect(en).toContain('needs open or window-closed');
  });
});
