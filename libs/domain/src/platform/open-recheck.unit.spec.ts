import { describe, expect, it } from '@jest/globals';
import { cycleState } from '@certflow/testing';
import { initialCycleState } from '../cycle/cycle.js';
import {
  platform,
  RECHECK_OPENED_ON,
  RECHECK_DUE_ON,
  OPEN_2028,
  OPEN_2029,
  WINDOW_CLOSED_2029,
  county,
  city,
  openRecheck,
  H,
} from './story.spec.js';

describe('OpenRecheck (Art. 15, every two years with the yearly cycle)', () => {
  it('Art. 15: certified in 2027, the platform is rechecked in the 2029 cycle; materials due by the cycle deadline', () => {
    platform.given(H.certified).when(openRecheck(2029), city(RECHECK_OPENED_ON, OPEN_2029)).then([
      { type: 'RecheckOpened', data: { cycleYear: 2029, materialsDueOn: RECHECK_DUE_ON, certifiedIn: 2027 } },
    ]);
  });

  it('Art. 15: the recheck may also open after the 2029 application window closed', () => {
    platform.given(H.certified).when(openRecheck(2029), city('2029-05-05', WINDOW_CLOSED_2029)).then([
      { type: 'RecheckOpened', data: { cycleYear: 2029, materialsDueOn: RECHECK_DUE_ON, certifiedIn: 2027 } },
    ]);
  });

  it('Art. 15: not due in 2028, one year after certification → recheck.not-due', () => {
    const error = platform.given(H.certified).when(openRecheck(2028), city('2028-03-05', OPEN_2028)).thenThrows({
      code: 'recheck.not-due',
      article: '15',
      kind: 'conflict',
    });
    expect(error.details).toEqual({ status: 'certified', nextRecheckYear: 2029 });
  });

  it.each([
    ['a platform never certified', H.recommended],
    ['a recheck already open', H.recheckOpen],
    ['a revoked platform', H.revoked],
  ])('Art. 15: %s → recheck.not-due', (_, history) => {
    platform.given(history).when(openRecheck(2029), city(RECHECK_OPENED_ON, OPEN_2029)).thenThrows({ code: 'recheck.not-due', article: '15' });
  });

  it.each([
    ['no cycle is open', initialCycleState],
    ['the 2029 review is closed', cycleState(2029, 'review-closed')],
    ['the open cycle is 2028', OPEN_2028],
  ])('Art. 15: rechecks run with the yearly cycle; when %s → recheck.cycle-not-open', (_, cycle) => {
    platform.given(H.certified).when(openRecheck(2029), city(RECHECK_OPENED_ON, cycle)).thenThrows({ code: 'recheck.cycle-not-open', article: '15' });
  });

  it('Arts. 3, 15: the county cannot open a recheck → auth.city-only', () => {
    platform.given(H.certified).when(openRecheck(2029), county(RECHECK_OPENED_ON, OPEN_2029)).thenThrows({ code: 'auth.city-only', article: '11' });
  });
});
