import { describe, it } from '@jest/globals';
import { countyEvaluation } from '@certflow/testing';
import type { PlatformCommand } from './platform.commands.js';
import { platform, RECOMMENDED_ON, CERTIFIED_ON, FORM, CONTENT, county, city, certify, submittedEvent, recommendedWith } from './story.spec.js';

const shortOfAssets = { figures: { totalAssetsCny: 1_500_000 } };
const elsewhere = { criterion: '6(3) premises m2', reason: '另有500平方米场地在建' };

describe('Art. 6(3) "generally": a reason explains only the criterion it names', () => {
  it('the county: a reason given for the premises does not pass on the assets → recommendation.override-needs-reason', () => {
    const recommend: PlatformCommand = { type: 'RecommendPlatform', data: { countyEvaluation: countyEvaluation(), recommendationForm: FORM, overrides: [elsewhere] } };
    platform
      .given([submittedEvent({ ...CONTENT, figures: { ...CONTENT.figures, ...shortOfAssets.figures } })])
      .when(recommend, county(RECOMMENDED_ON))
      .thenThrows({ code: 'recommendation.override-needs-reason', article: '6(3)' });
  });

  it('the city: a reason given for the premises does not set the assets aside → certification.override-needs-reason', () => {
    platform.given(recommendedWith(shortOfAssets)).when(certify([elsewhere]), city(CERTIFIED_ON)).thenThrows({ code: 'certification.override-needs-reason', article: '6(3)' });
  });
});
