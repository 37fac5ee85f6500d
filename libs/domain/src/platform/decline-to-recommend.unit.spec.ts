import { describe, it } from '@jest/globals';
import { RUIJIN, ZHANGGONG, countyEvaluation } from '@certflow/testing';
import {
  platform,
  RECOMMENDED_ON,
  OPEN_2027,
  REVIEW_CLOSED_2027,
  county,
  decline,
  H,
  ganzhouEvaluation,
} from './story.spec.js';

describe('DeclineToRecommend (Art. 9)', () => {
  it('Art. 9: the county declines with its evaluation, written reasons and the rule evaluation', () => {
    platform.given(H.submitted).when(decline(), county(RECOMMENDED_ON)).then([
      {
        type: 'PlatformNotRecommended',
        data: {
          cycleYear: 2027,
          county: ZHANGGONG,
          countyEvaluation: countyEvaluation(62),
          reasons: ['服务企业满意度调查样本不足'],
          evaluation: ganzhouEvaluation(),
        },
      },
    ]);
  });

  it.each([
    ['no reasons', []],
    ['a blank reason', ['   ']],
  ])('Art. 9: declining with %s → decision.reasons-required', (_, reasons) => {
    platform.given(H.submitted).when(decline(reasons), county(RECOMMENDED_ON)).thenThrows({ code: 'decision.reasons-required', article: '9', kind: 'invalid' });
  });

  it('Art. 8: the bureau of another county → auth.other-county', () => {
    platform.given(H.submitted).when(decline(), county(RECOMMENDED_ON, OPEN_2027, RUIJIN)).thenThrows({ code: 'auth.other-county', article: '8' });
  });

  it('only a submitted application can be declined → platform.wrong-status', () => {
    platform.given(H.recommended).when(decline(), county(RECOMMENDED_ON)).thenThrows('platform.wrong-status');
  });

  it('Art. 12: once the review is closed → application.review-closed', () => {
    platform.given(H.submitted).when(decline(), county('2027-07-02', REVIEW_CLOSED_2027)).thenThrows('application.review-closed');
  });
});
