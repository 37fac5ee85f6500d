import { describe, expect, it } from '@jest/globals';
import {
  PLATFORM_ID,
  RUIJIN,
  ZHANGGONG,
  applicantOf,
  applicationContent,
  cityActor,
  countyEvaluation,
  materials,
  type ContentOverrides,
} from '@certflow/testing';
import type { PlatformCommand } from './platform.commands.js';
import type { Override } from './platform.events.js';
import { MATERIALS } from '../ruleset/ruleset.js';
import {
  platform,
  RECOMMENDED_ON,
  CERTIFIED_ON,
  OPEN_2027,
  WINDOW_CLOSED_2027,
  REVIEW_CLOSED_2027,
  as,
  county,
  city,
  FORM,
  recommend,
  certify,
  submittedEvent,
  H,
  ganzhouEvaluation,
} from './story.spec.js';

describe('RecommendPlatform (Arts. 8, 9, 10)', () => {
  it('Art. 9: the county recommends with its evaluation (测评) and form, and the rule evaluation', () => {
    platform.given(H.submitted).when(recommend, county(RECOMMENDED_ON)).then([
      {
        type: 'PlatformRecommended',
        data: {
          cycleYear: 2027,
          county: ZHANGGONG,
          countyEvaluation: countyEvaluation(),
          recommendationForm: FORM,
          evaluation: ganzhouEvaluation({ failed: [] }),
          overrides: [],
        },
      },
    ]);
  });

  it('Art. 9: the county may recommend after the application window closed, while the review runs', () => {
    platform.given(H.submitted).when(recommend, county('2027-05-10', WINDOW_CLOSED_2027)).then([
      { type: 'PlatformRecommended', data: expect.objectContaining({ county: ZHANGGONG }) },
    ]);
  });

  it.each(MATERIALS.map((code) => [code]))('Art. 10: without the material "%s" → recommendation.materials-missing', (code) => {
    const application = applicationContent({ materials: materials(MATERIALS.filter((c) => c !== code)) });
    const error = platform.given([submittedEvent(application)]).when(recommend, county(RECOMMENDED_ON)).thenThrows({
      code: 'recommendation.materials-missing',
      article: '10',
      kind: 'conflict',
    });
    expect(error.details).toEqual({ missing: [code] });
  });

  it('Art. 10: each of the eight materials is named in Chinese by a name of its own', () => {
    const names = MATERIALS.map((code) => {
      const application = applicationContent({ materials: materials(MATERIALS.filter((c) => c !== code)) });
      const { zh } = platform.given([submittedEvent(application)]).when(recommend, county(RECOMMENDED_ON)).thenThrows('recommendation.materials-missing').messages;
      return /缺少：(.+)（第十条）$/.exec(zh)?.[1];
    });
    for (const name of names) expect(name).toMatch(/^[^A-Za-z]+$/);
    expect(new Set(names).size).toBe(MATERIALS.length);
  });

  it('Art. 10: every missing material is named', () => {
    const application = applicationContent({ materials: materials(['application-report', 'legal-person-certificate', 'staff-list']) });
    const error = platform.given([submittedEvent(application)]).when(recommend, county(RECOMMENDED_ON)).thenThrows('recommendation.materials-missing');
    expect(error.details).toEqual({ missing: ['special-audit-report', 'premises-proof', 'service-evidence', 'qualifications', 'authenticity-declaration'] });
    expect(error.messages.zh).toContain('房产证或租赁合同');
    expect(error.messages.zh).not.toMatch(/[A-Za-z]/);
  });

  it('Art. 8: the bureau of another county (瑞金市) → auth.other-county', () => {
    platform.given(H.submitted).when(recommend, county(RECOMMENDED_ON, OPEN_2027, RUIJIN)).thenThrows({ code: 'auth.other-county', article: '8' });
  });

  it.each([
    ['the city bureau', cityActor()],
    ['the operator', applicantOf(PLATFORM_ID)],
  ])('Art. 9: %s cannot recommend → auth.county-only', (_, actor) => {
    platform.given(H.submitted).when(recommend, as(actor, RECOMMENDED_ON, OPEN_2027)).thenThrows({ code: 'auth.county-only', article: '9' });
  });

  it.each([
    ['returned for correction', H.returned],
    ['already recommended', H.recommended],
    ['withdrawn', H.withdrawn],
  ])('only a submitted application is recommended, not one %s → platform.wrong-status', (_, history) => {
    platform.given(history).when(recommend, county(RECOMMENDED_ON)).thenThrows('platform.wrong-status');
  });

  it('Art. 12: once the review is closed → application.review-closed', () => {
    platform.given(H.submitted).when(recommend, county('2027-07-02', REVIEW_CLOSED_2027)).thenThrows('application.review-closed');
  });
});

describe('RecommendPlatform: Art. 8 puts the check against Arts. 6 and 7 on the county', () => {
  const submittedWith = (overrides: ContentOverrides) => [submittedEvent(applicationContent(overrides))];
  const recommendWith = (overrides: Override[]): PlatformCommand => ({
    type: 'RecommendPlatform',
    data: { countyEvaluation: countyEvaluation(), recommendationForm: FORM, overrides },
  });
  const ASSETS_REASON = { criterion: '6(3) total assets', reason: '平台场地由园区无偿提供，资产规模较小但服务成效显著' };

  it('Art. 6(3): premises of 150 m² → recommendation.criterion-failed, citing Art. 6 and listing the failure', () => {
    const error = platform.given(submittedWith({ figures: { premisesM2: 150 } })).when(recommend, county(RECOMMENDED_ON)).thenThrows({
      code: 'recommendation.criterion-failed',
      article: '6',
      kind: 'conflict',
    });
    expect(error.details).toEqual({ failed: [{ criterion: '6(3) premises m2', article: '6(3)', input: 150, threshold: 200, overridable: false }] });
    expect(error.messages.zh).toBe('不符合第六、七条规定的条件，不能推荐：固定经营场所面积（第六条第（三）项）');
  });

  it('Art. 6(3): premises of exactly 200 m² pass and the county recommends', () => {
    platform.given(submittedWith({ figures: { premisesM2: 200 } })).when(recommend, county(RECOMMENDED_ON)).then([
      { type: 'PlatformRecommended', data: expect.objectContaining({ overrides: [], evaluation: ganzhouEvaluation({ failed: [] }) }) },
    ]);
  });

  it('Art. 7(4): 999 trainee-times (1,000 needed) → recommendation.criterion-failed citing Art. 7', () => {
    const history = submittedWith({ profile: { categories: ['training'] }, figures: { training: { traineeTimes: 999 } } });
    const error = platform.given(history).when(recommend, county(RECOMMENDED_ON)).thenThrows({ code: 'recommendation.criterion-failed', article: '7' });
    expect(error.details).toEqual({ failed: [expect.objectContaining({ criterion: '7(4) trainee-times', input: 999, threshold: 1000 })] });
  });

  it('Art. 6(4): a failed declaration (no development plan) → recommendation.criterion-failed', () => {
    platform.given(submittedWith({ declarations: { developmentPlan: false } })).when(recommend, county(RECOMMENDED_ON)).thenThrows({
      code: 'recommendation.criterion-failed',
      article: '6',
    });
  });

  it('every failed criterion is listed, the overridable one too; a reason for it does not cure the others', () => {
    const history = submittedWith({ figures: { totalAssetsCny: 1_500_000, satisfactionPercent: 69.9 } });
    const error = platform.given(history).when(recommendWith([ASSETS_REASON]), county(RECOMMENDED_ON)).thenThrows('recommendation.criterion-failed');
    expect(error.details).toEqual({
      failed: [
        expect.objectContaining({ criterion: '6(3) total assets', overridable: true }),
        expect.objectContaining({ criterion: '6(5) satisfaction', overridable: false }),
      ],
    });
    expect(error.messages.zh).not.toMatch(/[A-Za-z]/);
  });

  it('a hard criterion cannot be passed on, even with a reason → recommendation.criterion-failed', () => {
    const history = submittedWith({ figures: { premisesM2: 150 } });
    platform.given(history).when(recommendWith([{ criterion: '6(3) premises m2', reason: '新址装修中' }]), county(RECOMMENDED_ON)).thenThrows(
      'recommendation.criterion-failed',
    );
  });

  it('Art. 6(3) "generally": total assets of 1,999,999 CNY without a reason → recommendation.override-needs-reason', () => {
    const error = platform.given(submittedWith({ figures: { totalAssetsCny: 1_999_999 } })).when(recommend, county(RECOMMENDED_ON)).thenThrows({
      code: 'recommendation.override-needs-reason',
      article: '6(3)',
      kind: 'conflict',
    });
    expect(error.details).toEqual({ criteria: ['6(3) total assets'] });
    expect(error.messages.zh).toContain('资产总额（第六条第（三）项）');
  });

  it('Art. 6(3): total assets of exactly 2,000,000 CNY pass; no reason is asked', () => {
    platform.given(submittedWith({ figures: { totalAssetsCny: 2_000_000 } })).when(recommend, county(RECOMMENDED_ON)).then([
      { type: 'PlatformRecommended', data: expect.objectContaining({ overrides: [] }) },
    ]);
  });

  it('Art. 6(3): a blank reason is no reason → recommendation.override-needs-reason', () => {
    const history = submittedWith({ figures: { totalAssetsCny: 1_999_999 } });
    platform.given(history).when(recommendWith([{ criterion: '6(3) total assets', reason: '  ' }]), county(RECOMMENDED_ON)).thenThrows(
      'recommendation.override-needs-reason',
    );
  });

  it('Art. 6(3): with a written reason the county recommends; the reason is stored for the city and kept in the state', () => {
    const history = submittedWith({ figures: { totalAssetsCny: 1_999_999 } });
    const events = platform.given(history).when(recommendWith([ASSETS_REASON]), county(RECOMMENDED_ON)).then([
      {
        type: 'PlatformRecommended',
        data: expect.objectContaining({ overrides: [ASSETS_REASON], evaluation: ganzhouEvaluation({ failed: ['6(3) total assets'] }) }),
      },
    ]);
    expect(platform.given([...history, ...events]).state).toMatchObject({ status: 'recommended', countyOverrides: [ASSETS_REASON] });
  });

  it('a reason for a criterion that did not fail → recommendation.override-not-needed', () => {
    const error = platform.given(H.submitted).when(recommendWith([ASSETS_REASON]), county(RECOMMENDED_ON)).thenThrows({
      code: 'recommendation.override-not-needed',
      kind: 'invalid',
    });
    expect(error.details).toEqual({ criteria: ['6(3) total assets'] });
  });

  it('Art. 10 comes first: missing materials are refused before the criteria are looked at', () => {
    const application = applicationContent({ figures: { premisesM2: 150 }, materials: materials(['application-report']) });
    platform.given([submittedEvent(application)]).when(recommend, county(RECOMMENDED_ON)).thenThrows('recommendation.materials-missing');
  });

  it('Art. 11: the city still decides the override itself: the county\'s reason is not the city\'s', () => {
    const history = submittedWith({ figures: { totalAssetsCny: 1_999_999 } });
    const recommended = [...history, ...platform.given(history).when(recommendWith([ASSETS_REASON]), county(RECOMMENDED_ON)).then([expect.anything()])];
    platform.given(recommended).when(certify(), city(CERTIFIED_ON)).thenThrows('certification.override-needs-reason');
    const cityReason = { criterion: '6(3) total assets', reason: '经评审组集体研究，同意破格认定' };
    platform.given(recommended).when(certify([cityReason]), city(CERTIFIED_ON)).then([
      { type: 'PlatformCertified', data: expect.objectContaining({ overrides: [cityReason] }) },
    ]);
  });
});
