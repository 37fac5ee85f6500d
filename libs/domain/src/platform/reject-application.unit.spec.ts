import { describe, it } from '@jest/globals';
import {
  platform,
  CERTIFIED_ON,
  WINDOW_CLOSED_2027,
  REVIEW_CLOSED_2027,
  county,
  city,
  REVIEWERS,
  reject,
  H,
  ganzhouEvaluation,
} from './story.spec.js';

describe('RejectApplication (Art. 11)', () => {
  it('Art. 11: the city rejects a recommended platform with reviewers, reasons and the rule evaluation', () => {
    platform.given(H.recommended).when(reject(), city(CERTIFIED_ON)).then([
      {
        type: 'ApplicationRejected',
        data: { cycleYear: 2027, reviewers: REVIEWERS, reasons: ['服务收支审计报告显示公益性服务不足'], evaluation: ganzhouEvaluation() },
      },
    ]);
  });

  it('Art. 11: a rejection without reasons → decision.reasons-required', () => {
    platform.given(H.recommended).when(reject([]), city(CERTIFIED_ON)).thenThrows({ code: 'decision.reasons-required', article: '11' });
  });

  it('Art. 11: a rejection without reviewers → decision.reviewers-required', () => {
    platform.given(H.recommended).when(reject(undefined, []), city(CERTIFIED_ON)).thenThrows({ code: 'decision.reviewers-required', article: '11' });
  });

  it.each([
    ['submitted', H.submitted],
    ['certified', H.certified],
  ])('Art. 9: only a recommended application is rejected, not a %s one → certification.not-recommended', (_, history) => {
    platform.given(history).when(reject(), city(CERTIFIED_ON)).thenThrows({ code: 'certification.not-recommended', article: '9' });
  });

  it('Arts. 3, 11: the county cannot reject → auth.city-only', () => {
    platform.given(H.recommended).when(reject(), county(CERTIFIED_ON, WINDOW_CLOSED_2027)).thenThrows({ code: 'auth.city-only', article: '11' });
  });

  it('Art. 12: once the review is closed → application.review-closed', () => {
    platform.given(H.recommended).when(reject(), city('2027-07-02', REVIEW_CLOSED_2027)).thenThrows('application.review-closed');
  });
});
