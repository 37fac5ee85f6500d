import { describe, expect, it } from '@jest/globals';
import { PLATFORM_ID, ZHANGGONG, applicantOf, applicationContent, countyOf } from '@certflow/testing';
import {
  platform,
  CERTIFIED_ON,
  WINDOW_CLOSED_2027,
  REVIEW_CLOSED_2027,
  as,
  city,
  REVIEWERS,
  certify,
  submittedEvent,
  recommendedEvent,
  H,
  recommendedWith,
  ganzhouEvaluation,
} from './story.spec.js';

describe('CertifyPlatform (Arts. 9, 11, 6(3) "generally")', () => {
  it('Art. 11: the city certifies a recommended platform, with reviewers, reasons and the rule evaluation; recheck due in +2', () => {
    platform.given(H.recommended).when(certify(), city(CERTIFIED_ON)).then([
      {
        type: 'PlatformCertified',
        data: {
          cycleYear: 2027,
          title: '赣州市市级中小企业公共服务示范平台',
          reviewers: REVIEWERS,
          reasons: ['经市局审核，符合认定条件'],
          overrides: [],
          evaluation: ganzhouEvaluation({ failed: [] }),
          certifiedOn: CERTIFIED_ON,
          nextRecheckYear: 2029,
        },
      },
    ]);
  });

  it.each([
    ['submitted', H.submitted],
    ['returned for correction', H.returned],
    ['not recommended', H.notRecommended],
    ['withdrawn', H.withdrawn],
    ['already certified', H.certified],
  ])('Art. 9: a platform %s (not recommended by its county) → certification.not-recommended', (_, history) => {
    const error = platform.given(history).when(certify(), city(CERTIFIED_ON)).thenThrows({ code: 'certification.not-recommended', article: '9', kind: 'conflict' });
    expect(error.messages.zh).toContain('第九条');
  });

  it('Art. 6(3): a failed hard criterion (premises 150 m²) → certification.criterion-failed', () => {
    const error = platform.given(recommendedWith({ figures: { premisesM2: 150 } })).when(certify(), city(CERTIFIED_ON)).thenThrows({
      code: 'certification.criterion-failed',
      article: '6(3)',
    });
    expect(error.details).toEqual({ criterion: '6(3) premises m2', input: 150, threshold: 200 });
    expect(error.messages.zh).toBe('不符合认定条件：固定经营场所面积（第六条第（三）项）');
  });

  it('Art. 6(4): a failed declaration (no management system) → certification.criterion-failed', () => {
    platform.given(recommendedWith({ declarations: { managementSystem: false } })).when(certify(), city(CERTIFIED_ON)).thenThrows({
      code: 'certification.criterion-failed',
      article: '6(4)',
    });
  });

  it('Art. 7(4): a failed category number (999 trainee-times) → certification.criterion-failed', () => {
    const history = recommendedWith({ profile: { categories: ['training'] }, figures: { training: { traineeTimes: 999 } } });
    platform.given(history).when(certify(), city(CERTIFIED_ON)).thenThrows({ code: 'certification.criterion-failed', article: '7(4)' });
  });

  it('Art. 6(3): a hard criterion cannot be overridden, even with a reason → certification.criterion-failed', () => {
    const history = recommendedWith({ figures: { premisesM2: 150 } });
    platform.given(history).when(certify([{ criterion: '6(3) premises m2', reason: '新址装修中' }]), city(CERTIFIED_ON)).thenThrows('certification.criterion-failed');
  });

  const LOW_ASSETS = recommendedWith({ figures: { totalAssetsCny: 1_500_000 } });

  it('Art. 6(3): total assets below 2,000,000 CNY without an override → certification.override-needs-reason', () => {
    const error = platform.given(LOW_ASSETS).when(certify(), city(CERTIFIED_ON)).thenThrows({
      code: 'certification.override-needs-reason',
      article: '6(3)',
      kind: 'conflict',
    });
    expect(error.details).toEqual({ criterion: '6(3) total assets' });
  });

  it('Art. 6(3): an override with a blank reason → certification.override-needs-reason', () => {
    platform.given(LOW_ASSETS).when(certify([{ criterion: '6(3) total assets', reason: '  ' }]), city(CERTIFIED_ON)).thenThrows('certification.override-needs-reason');
  });

  it('Art. 6(3): with a written reason the city certifies anyway, and the override is stored', () => {
    const override = { criterion: '6(3) total assets', reason: '平台为公益性质，场地由园区无偿提供，资产规模较小但服务成效显著' };
    platform.given(LOW_ASSETS).when(certify([override]), city(CERTIFIED_ON)).then([
      {
        type: 'PlatformCertified',
        data: expect.objectContaining({ overrides: [override], evaluation: ganzhouEvaluation({ failed: ['6(3) total assets'] }) }),
      },
    ]);
  });

  it('an override for a criterion that did not fail → certification.override-not-needed', () => {
    const error = platform.given(H.recommended).when(certify([{ criterion: '6(3) total assets', reason: '以防万一' }]), city(CERTIFIED_ON)).thenThrows({
      code: 'certification.override-not-needed',
      kind: 'invalid',
    });
    expect(error.messages.en).toContain('6(3) total assets');
  });

  it('Art. 11: a certification without reviewers → decision.reviewers-required', () => {
    platform.given(H.recommended).when(certify([], []), city(CERTIFIED_ON)).thenThrows({ code: 'decision.reviewers-required', article: '11', kind: 'invalid' });
  });

  it.each([
    ['the county bureau', countyOf(ZHANGGONG)],
    ['the operator', applicantOf(PLATFORM_ID)],
  ])('Arts. 3, 11: %s cannot certify → auth.city-only', (_, actor) => {
    platform.given(H.recommended).when(certify(), as(actor, CERTIFIED_ON, WINDOW_CLOSED_2027)).thenThrows({ code: 'auth.city-only', article: '11', kind: 'forbidden' });
  });

  it('Art. 12: once the review is closed → application.review-closed', () => {
    platform.given(H.recommended).when(certify(), city('2027-07-02', REVIEW_CLOSED_2027)).thenThrows('application.review-closed');
  });

  it('Art. 6(1): two years of operation are counted to the application date, not to the certification date', () => {
    // Established 2025-04-01, applied 2027-03-15: two years are reached only on 2027-04-01, after the
    // application (DOMAIN.md: "from establishment date to the application date"). The city decides on
    // 2027-06-10; the platform must still fail 6(1).
    const application = applicationContent({ profile: { establishedOn: '2025-04-01' } });
    const submitted = submittedEvent(application);
    expect(submitted.type === 'ApplicationSubmitted' && submitted.data.evaluation.failed).toEqual(['6(1) operating years']);
    platform.given([submitted, recommendedEvent(application)]).when(certify(), city(CERTIFIED_ON)).thenThrows({
      code: 'certification.criterion-failed',
      article: '6(1)',
    });
  });
});
