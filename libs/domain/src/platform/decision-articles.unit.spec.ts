import { describe, expect, it } from '@jest/globals';
import { countyOf, platformContext, at, ZHANGGONG } from '@certflow/testing';
import { GANZHOU_2013 } from '../ruleset/ganzhou-2013.js';
import type { Ruleset } from '../ruleset/ruleset.js';
import type { PlatformCommand } from './platform.commands.js';
import { platform, CERTIFIED_ON, RECHECK_DECIDED_ON, OPEN_2027, OPEN_2029, CONTENT, REVIEWERS, city, failRecheck, revoke, NOTICE_ENDS_ON, submittedEvent, recommend, H } from './story.spec.js';

describe('a decision without reasons or reviewers cites the article it is taken under', () => {
  it('Art. 11: certifying without written reasons → decision.reasons-required, Art. 11', () => {
    const blank: PlatformCommand = { type: 'CertifyPlatform', data: { reviewers: REVIEWERS, reasons: [' '], overrides: [] } };
    platform.given(H.recommended).when(blank, city(CERTIFIED_ON)).thenThrows({ code: 'decision.reasons-required', article: '11' });
  });

  it('Art. 15: revoking without written reasons → decision.reasons-required, Art. 15', () => {
    platform.given(H.announced).when(revoke(['']), city(NOTICE_ENDS_ON, OPEN_2029)).thenThrows({ code: 'decision.reasons-required', article: '15' });
  });

  it('Art. 15: failing a recheck without reviewers → decision.reviewers-required, Art. 15', () => {
    platform.given(H.opinionGiven).when(failRecheck(undefined, []), city(RECHECK_DECIDED_ON, OPEN_2029)).thenThrows({ code: 'decision.reviewers-required', article: '15' });
  });
});

describe('Art. 6(3) "generally" under measures that qualify two criteria so', () => {
  const lenient: Ruleset = { ...GANZHOU_2013, overridable: ['6(3) total assets', '6(3) premises m2'] };
  const short = submittedEvent({ ...CONTENT, figures: { ...CONTENT.figures, totalAssetsCny: 1_500_000, premisesM2: 150 } });

  it('the county is told every criterion still needing a reason, in both languages', () => {
    const error = platform
      .given([short])
      .when(recommend, platformContext(countyOf(ZHANGGONG), at('2027-04-10'), OPEN_2027, undefined, lenient))
      .thenThrows({ code: 'recommendation.override-needs-reason', article: '6(3)' });
    expect(error.messages).toEqual({
      zh: '资产总额（第六条第（三）项）、固定经营场所面积（第六条第（三）项）未达标，推荐须书面说明理由（第六条第（三）项“一般”）',
      en: '6(3) total assets, 6(3) premises m2 not met; recommending anyway needs a written reason (Art. 6(3), "generally")',
    });
  });
});
