import { describe, it } from '@jest/globals';
import { RUIJIN } from '@certflow/testing';
import { platform, RECOMMENDED_ON, county, recommend, returnForCorrection, H } from './story.spec.js';

describe('Art. 8: a county bureau and a platform that has not applied', () => {
  it('a platform with no application belongs to no county yet: the county learns it cannot act in this state', () => {
    platform.given([]).when(recommend, county(RECOMMENDED_ON)).thenThrows({ code: 'platform.wrong-status', article: '9' });
    platform.given([]).when(returnForCorrection(), county(RECOMMENDED_ON, undefined, RUIJIN)).thenThrows({ code: 'platform.wrong-status', article: '10' });
  });

  it('once it has applied, it belongs to its county: another county is refused before its state is told', () => {
    platform.given(H.certified).when(returnForCorrection(), county(RECOMMENDED_ON, undefined, RUIJIN)).thenThrows({ code: 'auth.other-county', article: '8' });
  });
});
