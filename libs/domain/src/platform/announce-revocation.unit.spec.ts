import { describe, expect, it } from '@jest/globals';
import {
  platform,
  ANNOUNCED_ON,
  OPEN_2029,
  county,
  city,
  announce,
  announcedEvent,
  H,
} from './story.spec.js';

describe('AnnounceRevocation (Art. 15, announcement before revocation)', () => {
  it('Art. 15: the city announces; the notice runs 30 days (Ganzhou 2013 ruleset setting)', () => {
    platform.given(H.recheckFailed).when(announce(), city(ANNOUNCED_ON, OPEN_2029)).then([announcedEvent]);
  });

  it('Art. 15: the notice end is counted in calendar days across months and years', () => {
    platform.given(H.recheckFailed).when(announce(), city('2029-12-15', OPEN_2029)).then([
      { type: 'RevocationAnnounced', data: expect.objectContaining({ announcedOn: '2029-12-15', noticeEndsOn: '2030-01-14', noticeDays: 30 }) },
    ]);
  });

  it.each([
    ['a certified platform', H.certified],
    ['a platform under recheck', H.opinionGiven],
    ['an announcement already made', H.announced],
  ])('Art. 15: only a failed recheck leads to an announcement, not %s → platform.wrong-status', (_, history) => {
    platform.given(history).when(announce(), city(ANNOUNCED_ON, OPEN_2029)).thenThrows('platform.wrong-status');
  });

  it('Art. 15: an announcement without reasons → decision.reasons-required', () => {
    platform.given(H.recheckFailed).when(announce([]), city(ANNOUNCED_ON, OPEN_2029)).thenThrows({ code: 'decision.reasons-required', article: '15' });
  });

  it('Arts. 3, 15: the county cannot announce → auth.city-only', () => {
    platform.given(H.recheckFailed).when(announce(), county(ANNOUNCED_ON, OPEN_2029)).thenThrows('auth.city-only');
  });
});
