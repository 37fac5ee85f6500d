import { describe, it } from '@jest/globals';
import {
  platform,
  WINDOW_CLOSED_2027,
  applicant,
  county,
  withdraw,
  H,
} from './story.spec.js';

describe('WithdrawApplication', () => {
  it.each([
    ['submitted', H.submitted],
    ['returned for correction', H.returned],
    ['recommended', H.recommended],
  ])('the operator withdraws an application that is %s', (_, history) => {
    platform.given(history).when(withdraw, applicant('2027-05-10', WINDOW_CLOSED_2027)).then([
      { type: 'ApplicationWithdrawn', data: { cycleYear: 2027, reason: '运营单位重组，暂不申报' } },
    ]);
  });

  it.each([
    ['certified', H.certified],
    ['rejected', H.rejected],
    ['already withdrawn', H.withdrawn],
    ['never applied', []],
  ])('nothing to withdraw once %s → platform.wrong-status', (_, history) => {
    platform.given(history).when(withdraw, applicant('2027-06-20')).thenThrows({ code: 'platform.wrong-status', kind: 'conflict' });
  });

  it('Art. 2: the county cannot withdraw for the operator → auth.not-the-operator', () => {
    platform.given(H.submitted).when(withdraw, county('2027-04-01')).thenThrows('auth.not-the-operator');
  });
});
