import { describe, expect, it } from '@jest/globals';
import { RUIJIN, applicantOf, auditorActor } from '@certflow/testing';
import { decidePlatform } from './decide.js';
import { evolvePlatform, initialPlatformState, type PlatformState } from './state.js';
import type { PlatformCommand } from './platform.commands.js';
import type { PlatformEvent } from './platform.events.js';
import { initialCycleState } from '../cycle/cycle.js';
import { GANZHOU_2013 } from '../ruleset/ganzhou-2013.js';
import {
  platform,
  APPLIED_ON,
  RECOMMENDED_ON,
  CERTIFIED_ON,
  RECHECK_OPENED_ON,
  RECHECK_SUBMITTED_ON,
  RECHECK_DECIDED_ON,
  ANNOUNCED_ON,
  NOTICE_ENDS_ON,
  WINDOW_CLOSED_2027,
  OPEN_2029,
  as,
  applicant,
  county,
  city,
  CONTENT,
  submit,
  returnForCorrection,
  resubmit,
  withdraw,
  recommend,
  decline,
  certify,
  reject,
  annualSummary,
  openRecheck,
  submitRecheck,
  giveOpinion,
  confirm,
  failRecheck,
  announce,
  revoke,
  H,
  ganzhouEvaluation,
} from './story.spec.js';

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
