import { describe, expect, it } from '@jest/globals';
import { PLATFORM_ID, ZHANGGONG, applicationContent } from '@certflow/testing';
import type { PlatformEvent } from './platform.events.js';
import { evaluateApplication } from '../ruleset/evaluate.js';
import { GANZHOU_2013 } from '../ruleset/ganzhou-2013.js';
import {
  platform,
  APPLIED_ON,
  RECHECK_DUE_ON,
  NOTICE_ENDS_ON,
  CONTENT,
  REVIEWERS,
  submittedEvent,
  recommendedEvent,
  H,
} from './story.spec.js';

describe('evolvePlatform: the state each event leaves the platform in', () => {
  const corrected = applicationContent({ profile: { name: '赣州市章贡区中小企业综合服务中心平台' }, figures: { premisesM2: 920 } });
  const confirmed: PlatformEvent[] = [
    ...H.opinionGiven,
    { type: 'RecheckConfirmed', data: { cycleYear: 2029, reviewers: REVIEWERS, reasons: ['复核合格'], nextRecheckYear: 2031 } },
  ];

  it('evolve: a submitted application is the state of a known platform in its county', () => {
    expect(platform.given(H.submitted).state).toEqual({
      status: 'submitted',
      platformId: PLATFORM_ID,
      name: '赣州市章贡区中小企业综合服务平台',
      county: ZHANGGONG,
      cycleYear: 2027,
      application: CONTENT,
      evaluation: evaluateApplication(CONTENT, APPLIED_ON, GANZHOU_2013),
    });
  });

  it('evolve: the application is back with the operator', () => {
    expect(platform.given(H.returned).state.status).toBe('returned');
  });

  it('evolve: the resubmitted application is submitted again, under its corrected name and content', () => {
    const state = platform.given([
      ...H.returned,
      { type: 'ApplicationResubmitted', data: { cycleYear: 2027, application: corrected, evaluation: evaluateApplication(corrected, '2027-04-05', GANZHOU_2013) } },
    ]).state;
    expect(state).toMatchObject({ status: 'submitted', name: '赣州市章贡区中小企业综合服务中心平台', application: corrected });
  });

  it('evolve: a withdrawn application closes, keeping who the platform is', () => {
    expect(platform.given(H.withdrawn).state).toEqual({
      status: 'closed',
      closedAs: 'withdrawn',
      platformId: PLATFORM_ID,
      name: '赣州市章贡区中小企业综合服务平台',
      county: ZHANGGONG,
      cycleYear: 2027,
    });
  });

  it('evolve: a recommended application waits for the city', () => {
    expect(platform.given(H.recommended).state).toMatchObject({ status: 'recommended', application: CONTENT, countyOverrides: [] });
  });

  it('evolve: a recommendation recorded before counties could pass criteria on carries none', () => {
    const recorded = recommendedEvent();
    const legacy = { ...recorded, data: { ...recorded.data } } as PlatformEvent & { data: { overrides?: unknown } };
    delete legacy.data.overrides;
    expect(platform.given([submittedEvent(), legacy]).state).toMatchObject({ status: 'recommended', countyOverrides: [] });
  });

  it('evolve: a declined application closes as not recommended', () => {
    expect(platform.given(H.notRecommended).state).toMatchObject({ status: 'closed', closedAs: 'not-recommended' });
  });

  it('evolve: a certified platform is due for recheck in the cycle two years on and has no summaries yet', () => {
    expect(platform.given(H.certified).state).toEqual({
      status: 'certified',
      platformId: PLATFORM_ID,
      name: '赣州市章贡区中小企业综合服务平台',
      county: ZHANGGONG,
      cycleYear: 2027,
      certifiedIn: 2027,
      nextRecheckYear: 2029,
      summaries: [],
    });
  });

  it('evolve: a rejected application closes as rejected', () => {
    expect(platform.given(H.rejected).state).toMatchObject({ status: 'closed', closedAs: 'rejected' });
  });

  it('evolve: the recheck is open in the 2029 cycle, with its due date', () => {
    expect(platform.given(H.recheckOpen).state).toMatchObject({
      status: 'recheck-open',
      cycleYear: 2029,
      materialsDueOn: RECHECK_DUE_ON,
      certifiedIn: 2027,
    });
  });

  it('evolve: a confirmed platform is certified again, still certified in 2027, next due in 2031', () => {
    expect(platform.given(confirmed).state).toMatchObject({ status: 'certified', certifiedIn: 2027, cycleYear: 2029, nextRecheckYear: 2031 });
  });

  it('evolve: a failed recheck leaves the platform certified until revoked', () => {
    expect(platform.given(H.recheckFailed).state).toMatchObject({ status: 'recheck-failed', certifiedIn: 2027 });
  });

  it('evolve: the announced platform shows when the notice ends', () => {
    expect(platform.given(H.announced).state).toMatchObject({ status: 'revocation-announced', noticeEndsOn: NOTICE_ENDS_ON });
  });

  it('evolve: a revoked platform keeps who it was and when it was revoked', () => {
    expect(platform.given(H.revoked).state).toEqual({
      status: 'revoked',
      revokedOn: NOTICE_ENDS_ON,
      platformId: PLATFORM_ID,
      name: '赣州市章贡区中小企业综合服务平台',
      county: ZHANGGONG,
      cycleYear: 2029,
    });
  });
});
