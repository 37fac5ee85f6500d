import { describe, expect, it } from '@jest/globals';
import { PLATFORM_ID, RUIJIN, applicantOf, cityActor } from '@certflow/testing';
import {
  platform,
  OPEN_2027,
  REVIEW_CLOSED_2027,
  as,
  county,
  returnForCorrection,
  returnedEvent,
  H,
} from './story.spec.js';

describe('ReturnForCorrection (Arts. 8, 10)', () => {
  it('Art. 10: the county of the platform returns it with reasons and the missing materials', () => {
    platform.given(H.submitted).when(returnForCorrection(), county('2027-03-25')).then([returnedEvent]);
  });

  it('Art. 10: missing materials alone are reason enough', () => {
    platform.given(H.submitted).when(returnForCorrection([], ['premises-proof']), county('2027-03-25')).then([
      { type: 'ApplicationReturnedForCorrection', data: { cycleYear: 2027, reasons: [], missingMaterials: ['premises-proof'] } },
    ]);
  });

  it('Art. 10: a return with neither reasons nor missing materials → application.return-needs-reason', () => {
    platform.given(H.submitted).when(returnForCorrection([], []), county('2027-03-25')).thenThrows({
      code: 'application.return-needs-reason',
      article: '10',
      kind: 'invalid',
    });
  });

  it('Art. 8: the bureau of another county (瑞金市) → auth.other-county', () => {
    const error = platform.given(H.submitted).when(returnForCorrection(), county('2027-03-25', OPEN_2027, RUIJIN)).thenThrows({
      code: 'auth.other-county',
      article: '8',
      kind: 'forbidden',
    });
    expect(error.messages.zh).toContain('第八条');
  });

  it.each([
    ['the city bureau', cityActor()],
    ['the operator', applicantOf(PLATFORM_ID)],
  ])('Art. 9: %s cannot return an application → auth.county-only', (_, actor) => {
    platform.given(H.submitted).when(returnForCorrection(), as(actor, '2027-03-25', OPEN_2027)).thenThrows({ code: 'auth.county-only', article: '9' });
  });

  it.each([
    ['new', []],
    ['returned', H.returned],
    ['recommended', H.recommended],
    ['certified', H.certified],
  ])('only a submitted application can be returned, not one that is %s → platform.wrong-status', (_, history) => {
    const error = platform.given(history).when(returnForCorrection(), county('2027-04-20')).thenThrows('platform.wrong-status');
    expect(error.details).toEqual({ status: platform.given(history).state.status });
  });

  it('Art. 12: once the review is closed → application.review-closed', () => {
    platform.given(H.submitted).when(returnForCorrection(), county('2027-07-02', REVIEW_CLOSED_2027)).thenThrows({ code: 'application.review-closed', article: '12' });
  });
});
