import { describe, it } from '@jest/globals';
import {
  platform,
  RECHECK_DUE_ON,
  RECHECK_DECIDED_ON,
  OPEN_2029,
  county,
  city,
  REVIEWERS,
  failRecheck,
  recheckFailedEvent,
  H,
} from './story.spec.js';

describe('FailRecheck (Art. 15)', () => {
  it('Art. 15: the city fails the recheck after the county opinion', () => {
    platform.given(H.opinionGiven).when(failRecheck(), city(RECHECK_DECIDED_ON, OPEN_2029)).then([recheckFailedEvent]);
  });

  it('Art. 15: no materials by the due date: the recheck fails from the next day, for missing materials', () => {
    platform.given(H.recheckOpen).when(failRecheck(['逾期未报送复核材料']), city('2029-06-01', OPEN_2029)).then([
      { type: 'RecheckFailed', data: { cycleYear: 2029, reviewers: REVIEWERS, reasons: ['逾期未报送复核材料'], materialsMissing: true } },
    ]);
  });

  it.each([
    ['on the due day itself', RECHECK_DUE_ON],
    ['before it', '2029-04-15'],
  ])('Art. 15: failing for missing materials %s → recheck.materials-not-yet-due', (_, date) => {
    platform.given(H.recheckOpen).when(failRecheck(['逾期未报送复核材料']), city(date, OPEN_2029)).thenThrows({
      code: 'recheck.materials-not-yet-due',
      article: '15',
      kind: 'conflict',
    });
  });

  it('Art. 15: materials sent but no county opinion yet → platform.wrong-status', () => {
    platform.given(H.recheckSubmitted).when(failRecheck(), city(RECHECK_DECIDED_ON, OPEN_2029)).thenThrows('platform.wrong-status');
  });

  it('Art. 15: a certified platform without a recheck cannot fail one → platform.wrong-status', () => {
    platform.given(H.certified).when(failRecheck(), city(RECHECK_DECIDED_ON, OPEN_2029)).thenThrows('platform.wrong-status');
  });

  it('Art. 15: failing without reasons → decision.reasons-required', () => {
    platform.given(H.opinionGiven).when(failRecheck([]), city(RECHECK_DECIDED_ON, OPEN_2029)).thenThrows({ code: 'decision.reasons-required', article: '15' });
  });

  it('Art. 15: failing without reviewers → decision.reviewers-required', () => {
    platform.given(H.opinionGiven).when(failRecheck(undefined, []), city(RECHECK_DECIDED_ON, OPEN_2029)).thenThrows('decision.reviewers-required');
  });

  it('Arts. 3, 15: the county cannot fail a recheck → auth.city-only', () => {
    platform.given(H.opinionGiven).when(failRecheck(), county(RECHECK_DECIDED_ON, OPEN_2029)).thenThrows('auth.city-only');
  });
});
