import { describe, expect, it } from '@jest/globals';
import {
  platform,
  NOTICE_ENDS_ON,
  OPEN_2029,
  county,
  city,
  revoke,
  H,
} from './story.spec.js';

describe('RevokeCertification (Art. 15)', () => {
  it('Art. 15: on the day the notice ends the city revokes', () => {
    platform.given(H.announced).when(revoke(), city(NOTICE_ENDS_ON, OPEN_2029)).then([
      { type: 'PlatformRevoked', data: { cycleYear: 2029, revokedOn: NOTICE_ENDS_ON, reasons: ['公告期满无异议，撤销示范平台称号'] } },
    ]);
  });

  it('Art. 15: the day before the notice ends → revocation.notice-running', () => {
    const error = platform.given(H.announced).when(revoke(), city('2029-07-30', OPEN_2029)).thenThrows({
      code: 'revocation.notice-running',
      article: '15',
      kind: 'conflict',
    });
    expect(error.details).toEqual({ noticeEndsOn: NOTICE_ENDS_ON });
  });

  it.each([
    ['after a failed recheck but no announcement', H.recheckFailed],
    ['of a certified platform', H.certified],
    ['of an application', H.recommended],
  ])('Art. 15: a revocation %s → revocation.not-announced', (_, history) => {
    const error = platform.given(history).when(revoke(), city(NOTICE_ENDS_ON, OPEN_2029)).thenThrows({ code: 'revocation.not-announced', article: '15' });
    expect(error.messages.zh).toContain('第十五条');
  });

  it('Art. 15: a revocation without reasons → decision.reasons-required', () => {
    platform.given(H.announced).when(revoke([]), city(NOTICE_ENDS_ON, OPEN_2029)).thenThrows('decision.reasons-required');
  });

  it('Arts. 3, 15: the county cannot revoke → auth.city-only', () => {
    platform.given(H.announced).when(revoke(), county(NOTICE_ENDS_ON, OPEN_2029)).thenThrows('auth.city-only');
  });
});
