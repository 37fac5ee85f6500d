// evolve folds whatever the log holds. An event that does not follow from the state (a replayed
// duplicate, a log from an older release) must leave the state as it is rather than invent one,
// and each state keeps exactly what the next decision needs.
import { describe, expect, it } from '@jest/globals';
import { PLATFORM_ID, ZHANGGONG, documentRef } from '@certflow/testing';
import type { PlatformEvent } from './platform.events.js';
import { evolvePlatform, initialPlatformState, type PlatformState } from './state.js';
import { evaluateApplication } from '../ruleset/evaluate.js';
import { GANZHOU_2013 } from '../ruleset/ganzhou-2013.js';
import {
  platform,
  RECHECK_DUE_ON,
  NOTICE_ENDS_ON,
  CONTENT,
  REVIEWERS,
  submittedEvent,
  returnedEvent,
  recommendedEvent,
  certifiedEvent,
  recheckOpenedEvent,
  recheckSubmittedEvent,
  opinionEvent,
  recheckFailedEvent,
  announcedEvent,
  H,
} from './story.spec.js';

const confirmedEvent: PlatformEvent = { type: 'RecheckConfirmed', data: { cycleYear: 2029, reviewers: REVIEWERS, reasons: ['复核合格'], nextRecheckYear: 2031 } };
const summaryEvent = (year: number): PlatformEvent => ({ type: 'AnnualSummarySubmitted', data: { year, summary: documentRef(`${year}年度工作总结.pdf`), submittedOn: `${year + 1}-01-20` } });
const resubmittedEvent: PlatformEvent = { type: 'ApplicationResubmitted', data: { cycleYear: 2027, application: CONTENT, evaluation: evaluateApplication(CONTENT, '2027-04-05', GANZHOU_2013) } };
const revokedEvent: PlatformEvent = { type: 'PlatformRevoked', data: { cycleYear: 2029, revokedOn: NOTICE_ENDS_ON, reasons: ['撤销'] } };
const withdrawnEvent: PlatformEvent = { type: 'ApplicationWithdrawn', data: { cycleYear: 2027, reason: '撤回' } };

const CERTIFIED_2027 = { platformId: PLATFORM_ID, name: '赣州市章贡区中小企业综合服务平台', county: ZHANGGONG, certifiedIn: 2027 };

describe('evolve: an event out of turn leaves the state as it was', () => {
  const OUT_OF_TURN: [string, PlatformEvent[], PlatformEvent][] = [
    ['a return before any application', [], returnedEvent],
    ['a resubmission of an application never returned', H.submitted, resubmittedEvent],
    ['a withdrawal before any application', [], withdrawnEvent],
    ['a recommendation of a returned application', H.returned, recommendedEvent()],
    ['a certification before any application', [], certifiedEvent],
    ['a yearly summary of a platform not certified', H.submitted, summaryEvent(2027)],
    ['a recheck opened while one is open', H.recheckOpen, { type: 'RecheckOpened', data: { cycleYear: 2031, materialsDueOn: '2031-05-31', certifiedIn: 2027 } }],
    ['recheck materials with no recheck open', H.certified, recheckSubmittedEvent],
    ['a county opinion before the materials', H.recheckOpen, opinionEvent],
    ['a recheck confirmed of a platform never certified', H.submitted, confirmedEvent],
    ['a recheck failed of a platform never certified', H.submitted, recheckFailedEvent],
    ['a revocation announced of a platform never certified', H.submitted, announcedEvent],
    ['a revocation before any application', [], revokedEvent],
  ];

  it.each(OUT_OF_TURN)('%s', (_, history, event) => {
    const before = platform.given(history).state;
    expect(evolvePlatform(before, event)).toEqual(before);
  });
});

describe('evolve: each state holds exactly what follows from the history', () => {
  it('a resubmission is folded only into a returned application', () => {
    expect(platform.given([...H.returned, resubmittedEvent]).state.status).toBe('submitted');
  });

  it('a withdrawal of a returned application closes it, keeping who the platform is', () => {
    expect(platform.given([...H.returned, withdrawnEvent]).state).toEqual({
      status: 'closed',
      closedAs: 'withdrawn',
      platformId: PLATFORM_ID,
      name: '赣州市章贡区中小企业综合服务平台',
      county: ZHANGGONG,
      cycleYear: 2027,
    });
  });

  it('Art. 14: yearly summaries accumulate in the order sent and survive a confirmed recheck', () => {
    const history = [...H.certified, summaryEvent(2027), summaryEvent(2028), recheckOpenedEvent, recheckSubmittedEvent, opinionEvent, confirmedEvent];
    expect(platform.given(history).state).toEqual({ status: 'certified', cycleYear: 2029, nextRecheckYear: 2031, summaries: [2027, 2028], ...CERTIFIED_2027 });
  });

  it('Art. 15: a recheck opened keeps the certification and adds its due date', () => {
    expect(platform.given([...H.certified, summaryEvent(2027), recheckOpenedEvent]).state).toEqual({
      status: 'recheck-open',
      cycleYear: 2029,
      nextRecheckYear: 2029,
      summaries: [2027],
      materialsDueOn: RECHECK_DUE_ON,
      ...CERTIFIED_2027,
    });
  });

  it('Art. 15: materials submitted and the county opinion move the recheck on, nothing else', () => {
    const base = { cycleYear: 2029, nextRecheckYear: 2029, summaries: [], materialsDueOn: RECHECK_DUE_ON, ...CERTIFIED_2027 };
    expect(platform.given(H.recheckSubmitted).state).toEqual({ status: 'recheck-submitted', ...base });
    expect(platform.given(H.opinionGiven).state).toEqual({ status: 'recheck-opinion-given', ...base });
  });

  it('Art. 15: a failed recheck drops the due date and keeps the certification', () => {
    expect(platform.given(H.recheckFailed).state).toEqual({ status: 'recheck-failed', cycleYear: 2029, nextRecheckYear: 2029, summaries: [], ...CERTIFIED_2027 });
  });

  it('Art. 15: an announced revocation keeps the certification and when its notice ends', () => {
    expect(platform.given(H.announced).state).toEqual({
      status: 'revocation-announced',
      cycleYear: 2029,
      nextRecheckYear: 2029,
      summaries: [],
      noticeEndsOn: NOTICE_ENDS_ON,
      ...CERTIFIED_2027,
    });
  });

  it('the initial state is a platform that never applied', () => {
    expect(initialPlatformState).toEqual({ status: 'new' } satisfies PlatformState);
    expect(platform.given([submittedEvent()]).state.status).toBe('submitted');
  });
});
