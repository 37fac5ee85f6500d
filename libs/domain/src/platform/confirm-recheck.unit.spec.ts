import { describe, it } from '@jest/globals';
import { cycleState } from '@certflow/testing';
import type { PlatformEvent } from './platform.events.js';
import {
  platform,
  RECHECK_DECIDED_ON,
  OPEN_2029,
  county,
  city,
  REVIEWERS,
  openRecheck,
  confirm,
  H,
} from './story.spec.js';

describe('ConfirmRecheck (Art. 15)', () => {
  it('Art. 15: the city confirms after the county opinion; next recheck in the cycle two years on (2031)', () => {
    platform.given(H.opinionGiven).when(confirm(), city(RECHECK_DECIDED_ON, OPEN_2029)).then([
      { type: 'RecheckConfirmed', data: { cycleYear: 2029, reviewers: REVIEWERS, reasons: ['复核合格'], nextRecheckYear: 2031 } },
    ]);
  });

  const confirmed: PlatformEvent[] = [
    ...H.opinionGiven,
    { type: 'RecheckConfirmed', data: { cycleYear: 2029, reviewers: REVIEWERS, reasons: ['复核合格'], nextRecheckYear: 2031 } },
  ];

  it('Art. 15: after confirmation in 2029 the next recheck opens in 2031, not in 2030', () => {
    platform.given(confirmed).when(openRecheck(2030), city('2030-03-05', cycleState(2030))).thenThrows('recheck.not-due');
    platform.given(confirmed).when(openRecheck(2031), city('2031-03-05', cycleState(2031))).then([
      { type: 'RecheckOpened', data: { cycleYear: 2031, materialsDueOn: '2031-05-31', certifiedIn: 2027 } },
    ]);
  });

  it.each([
    ['before the county opinion', H.recheckSubmitted],
    ['without a recheck', H.certified],
  ])('Art. 15: no confirmation %s → platform.wrong-status', (_, history) => {
    platform.given(history).when(confirm(), city(RECHECK_DECIDED_ON, OPEN_2029)).thenThrows('platform.wrong-status');
  });

  it('Art. 15: a confirmation without reviewers → decision.reviewers-required', () => {
    platform.given(H.opinionGiven).when(confirm([]), city(RECHECK_DECIDED_ON, OPEN_2029)).thenThrows({ code: 'decision.reviewers-required', article: '15' });
  });

  it('Arts. 3, 15: the county cannot confirm → auth.city-only', () => {
    platform.given(H.opinionGiven).when(confirm(), county(RECHECK_DECIDED_ON, OPEN_2029)).thenThrows('auth.city-only');
  });
});
