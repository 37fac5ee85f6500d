import { describe, it } from '@jest/globals';
import { RUIJIN, ZHANGGONG, countyEvaluation } from '@certflow/testing';
import {
  platform,
  OPEN_2029,
  county,
  city,
  giveOpinion,
  H,
} from './story.spec.js';

describe('GiveRecheckOpinion (Art. 15, the county evaluates and gives an opinion)', () => {
  it.each(['pass', 'fail'] as const)('Art. 15: the county of the platform gives a "%s" opinion with its evaluation', (opinion) => {
    platform.given(H.recheckSubmitted).when(giveOpinion(opinion), county('2029-06-05', OPEN_2029)).then([
      {
        type: 'RecheckOpinionGiven',
        data: {
          cycleYear: 2029,
          county: ZHANGGONG,
          opinion,
          countyEvaluation: countyEvaluation(),
          comments: opinion === 'pass' ? '两年来运营良好' : '服务企业数量明显下降',
        },
      },
    ]);
  });

  it('Art. 8: the bureau of another county → auth.other-county', () => {
    platform.given(H.recheckSubmitted).when(giveOpinion(), county('2029-06-05', OPEN_2029, RUIJIN)).thenThrows({ code: 'auth.other-county', article: '8' });
  });

  it('Art. 15: the city does not give the county opinion → auth.county-only', () => {
    platform.given(H.recheckSubmitted).when(giveOpinion(), city('2029-06-05', OPEN_2029)).thenThrows('auth.county-only');
  });

  it.each([
    ['before the materials arrived', H.recheckOpen],
    ['twice', H.opinionGiven],
  ])('Art. 15: no opinion %s → platform.wrong-status', (_, history) => {
    platform.given(history).when(giveOpinion(), county('2029-06-05', OPEN_2029)).thenThrows('platform.wrong-status');
  });
});
