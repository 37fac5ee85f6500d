import { describe, expect, it } from '@jest/globals';
import {
  PLATFORM_ID,
  ZHANGGONG,
  applicantOf,
  applicationContent,
  cityActor,
  countyOf,
  cycleState,
  documentRef,
  materials,
  type ContentOverrides,
} from '@certflow/testing';
import type { Material } from './application.js';
import { initialCycleState } from '../cycle/cycle.js';
import { evaluateApplication } from '../ruleset/evaluate.js';
import { GANZHOU_2013 } from '../ruleset/ganzhou-2013.js';
import {
  platform,
  APPLIED_ON,
  OPEN_2027,
  WINDOW_CLOSED_2027,
  REVIEW_CLOSED_2027,
  OPEN_2028,
  as,
  applicant,
  CONTENT,
  submit,
  H,
  ganzhouEvaluation,
} from './story.spec.js';

describe('SubmitApplication (Arts. 8, 10, 12)', () => {
  it('Art. 12: the operator applies inside the open 2027 cycle; the event carries the content and the rule evaluation', () => {
    platform.given([]).when(submit(), applicant(APPLIED_ON)).then([
      {
        type: 'ApplicationSubmitted',
        data: {
          platformId: PLATFORM_ID,
          cycleYear: 2027,
          application: CONTENT,
          evaluation: evaluateApplication(CONTENT, APPLIED_ON, GANZHOU_2013),
          submittedOn: APPLIED_ON,
        },
      },
    ]);
  });

  it('Art. 12: an application at 23:59:59 Shanghai time on the deadline day is accepted', () => {
    platform.given([]).when(submit(), applicant('2027-04-30T15:59:59Z')).then([
      { type: 'ApplicationSubmitted', data: expect.objectContaining({ submittedOn: '2027-04-30' }) },
    ]);
  });

  it('Art. 12: an application after the deadline (00:00 on 1 May in Shanghai) → application.cycle-closed', () => {
    platform.given([]).when(submit(), applicant('2027-04-30T16:00:00Z')).thenThrows({ code: 'application.cycle-closed', article: '12', kind: 'conflict' });
  });

  it.each([
    ['no cycle is open', initialCycleState],
    ['the window is closed', WINDOW_CLOSED_2027],
    ['the review is closed', REVIEW_CLOSED_2027],
  ])('Art. 12: outside an open cycle (%s) → application.cycle-closed', (_, cycle) => {
    platform.given([]).when(submit(), applicant(APPLIED_ON, cycle)).thenThrows({ code: 'application.cycle-closed', article: '12' });
  });

  it('Art. 12: an application naming another year than the open cycle → application.cycle-closed', () => {
    const error = platform.given([]).when(submit(CONTENT, 2028), applicant(APPLIED_ON)).thenThrows({ code: 'application.cycle-closed', article: '12' });
    expect(error.messages.zh).toContain('2028');
  });

  it.each([
    ['the operator of another platform', applicantOf('gz-rj-0002')],
    ['the county bureau', countyOf(ZHANGGONG)],
    ['the city bureau', cityActor()],
  ])('Art. 2: %s cannot apply for this platform → auth.not-the-operator', (_, actor) => {
    const error = platform.given([]).when(submit(), as(actor, APPLIED_ON, OPEN_2027)).thenThrows('auth.not-the-operator');
    expect(error.kind).toBe('forbidden');
  });

  it.each([
    ['submitted', H.submitted],
    ['returned for correction', H.returned],
    ['recommended', H.recommended],
    ['certified', H.certified],
    ['under recheck', H.recheckOpen],
    ['after a failed recheck', H.recheckFailed],
    ['while revocation is announced', H.announced],
  ])('Art. 8: a platform %s cannot apply again → application.already-active', (_, history) => {
    platform.given(history).when(submit(), applicant('2027-04-01')).thenThrows({ code: 'application.already-active', kind: 'conflict' });
  });

  it.each([
    ['withdrawn', H.withdrawn],
    ['not recommended', H.notRecommended],
    ['rejected', H.rejected],
  ])('Art. 12: an application %s in 2027 may be followed by a new one in 2028', (_, history) => {
    platform.given(history).when(submit(CONTENT, 2028), applicant('2028-03-20', OPEN_2028)).then([
      { type: 'ApplicationSubmitted', data: expect.objectContaining({ cycleYear: 2028, submittedOn: '2028-03-20' }) },
    ]);
  });

  it('Art. 12: after withdrawing, the operator may apply again in the same open cycle', () => {
    platform.given(H.withdrawn).when(submit(), applicant('2027-04-20')).then([
      { type: 'ApplicationSubmitted', data: expect.objectContaining({ cycleYear: 2027, submittedOn: '2027-04-20' }) },
    ]);
  });

  it('Arts. 12, 15: a platform whose title was revoked may apply again in a later cycle', () => {
    platform.given(H.revoked).when(submit(CONTENT, 2030), applicant('2030-03-10', cycleState(2030))).then([
      { type: 'ApplicationSubmitted', data: expect.objectContaining({ cycleYear: 2030 }) },
    ]);
  });

  it('Art. 5: an application without a service category → application.no-category', () => {
    const application = applicationContent({ profile: { categories: [] } });
    platform.given([]).when(submit(application), applicant(APPLIED_ON)).thenThrows({ code: 'application.no-category', article: '5', kind: 'invalid' });
  });

  it('Art. 5: a service category listed twice → application.duplicate-category', () => {
    const application = applicationContent({ profile: { categories: ['training', 'training'] } });
    platform.given([]).when(submit(application), applicant(APPLIED_ON)).thenThrows({ code: 'application.duplicate-category', article: '5' });
  });

  it('Art. 6(1): an impossible establishment date is malformed input → application.invalid-date', () => {
    const application = applicationContent({ profile: { establishedOn: '2019-02-29' } });
    platform.given([]).when(submit(application), applicant(APPLIED_ON)).thenThrows({ code: 'application.invalid-date', kind: 'malformed', article: '6(1)' });
  });

  const establishedOn = (date: string) => applicationContent({ profile: { establishedOn: date } });
  const OUT_OF_RANGE = { code: 'application.establishment-date-out-of-range', kind: 'malformed', article: '6(1)' } as const;

  it('Art. 6(1): established 9999-12-31 is not a platform that applied in 2027 → application.establishment-date-out-of-range', () => {
    const error = platform.given([]).when(submit(establishedOn('9999-12-31')), applicant(APPLIED_ON)).thenThrows(OUT_OF_RANGE);
    expect(error.details).toEqual({ establishedOn: '9999-12-31', earliest: '1949-10-01', latest: APPLIED_ON });
  });

  it('Art. 6(1): established on the application date is accepted (and fails the two years); the day after is refused', () => {
    const [event] = platform.given([]).when(submit(establishedOn(APPLIED_ON)), applicant(APPLIED_ON)).then([
      { type: 'ApplicationSubmitted', data: expect.objectContaining({ submittedOn: APPLIED_ON }) },
    ]);
    expect(event?.type === 'ApplicationSubmitted' && event.data.evaluation.failed).toEqual(['6(1) operating years']);
    platform.given([]).when(submit(establishedOn('2027-03-16')), applicant(APPLIED_ON)).thenThrows(OUT_OF_RANGE);
  });

  it('Art. 6(1): the application date is the Shanghai business date of the submission', () => {
    // 2027-03-15T16:30Z is 00:30 on 16 March in Shanghai; 15:59:59Z is still the 15th.
    platform.given([]).when(submit(establishedOn('2027-03-16')), applicant('2027-03-15T16:30:00Z')).then([
      { type: 'ApplicationSubmitted', data: expect.objectContaining({ submittedOn: '2027-03-16' }) },
    ]);
    platform.given([]).when(submit(establishedOn('2027-03-16')), applicant('2027-03-15T15:59:59Z')).thenThrows(OUT_OF_RANGE);
  });

  it('Art. 6(1): established on 1949-10-01 is accepted; 1949-09-30 is refused', () => {
    platform.given([]).when(submit(establishedOn('1949-10-01')), applicant(APPLIED_ON)).then([
      { type: 'ApplicationSubmitted', data: expect.objectContaining({ cycleYear: 2027 }) },
    ]);
    platform.given([]).when(submit(establishedOn('1949-09-30')), applicant(APPLIED_ON)).thenThrows(OUT_OF_RANGE);
  });

  const withFigures = (figures: ContentOverrides['figures']) => applicationContent({ figures });

  it('Art. 6(3): qualified staff equal to the staff is accepted; one more is malformed → application.qualified-staff-over-staff', () => {
    platform.given([]).when(submit(withFigures({ staffServingSmes: 12, qualifiedStaff: 12 })), applicant(APPLIED_ON)).then([
      { type: 'ApplicationSubmitted', data: expect.objectContaining({ cycleYear: 2027 }) },
    ]);
    const error = platform.given([]).when(submit(withFigures({ staffServingSmes: 12, qualifiedStaff: 13 })), applicant(APPLIED_ON)).thenThrows({
      code: 'application.qualified-staff-over-staff',
      kind: 'malformed',
      article: '6(3)',
    });
    expect(error.details).toEqual({ qualifiedStaff: 13, staffServingSmes: 12 });
  });

  it.each([
    ['publicInterestPercent', '6(4)'],
    ['satisfactionPercent', '6(5)'],
  ] as const)('Art. %s: a share of exactly 100 %% is accepted; 100.01 %% is malformed → application.share-over-100', (figure, article) => {
    platform.given([]).when(submit(withFigures({ [figure]: 100 })), applicant(APPLIED_ON)).then([
      { type: 'ApplicationSubmitted', data: expect.objectContaining({ cycleYear: 2027 }) },
    ]);
    const error = platform.given([]).when(submit(withFigures({ [figure]: 100.01 })), applicant(APPLIED_ON)).thenThrows({
      code: 'application.share-over-100',
      kind: 'malformed',
      article,
    });
    expect(error.details).toEqual({ figures: [figure] });
    expect(error.messages.zh).not.toMatch(/[A-Za-z]/);
  });

  it.each([
    ['totalAssetsCny', { totalAssetsCny: -1 }],
    ['training.traineeTimes', { training: { traineeTimes: -5 } }],
  ] as const)('Art. 6: a negative figure (%s) is malformed → application.figure-out-of-range', (name, figures) => {
    const error = platform.given([]).when(submit(withFigures(figures)), applicant(APPLIED_ON)).thenThrows({ code: 'application.figure-out-of-range', kind: 'malformed' });
    expect(error.details).toEqual({ figures: [name] });
    expect(error.messages.zh).not.toMatch(/[A-Za-z]/);
  });

  it('Art. 6: every figure is named in Chinese when it is refused, each by a name of its own', () => {
    const FIGURES: ContentOverrides['figures'][] = [
      { totalAssetsCny: -1 },
      { staffServingSmes: -1 },
      { qualifiedStaff: -1 },
      { premisesM2: -1 },
      { publicInterestPercent: -1 },
      { serviceInstitutions: -1 },
      { smesServedLastYear: -1 },
      { smesServedYearBefore: -1 },
      { satisfactionPercent: -1 },
      { information: { offlineFirms: -1, events: 2 } },
      { information: { offlineFirms: 60, events: -1 } },
      { technology: { events: -1 } },
      { entrepreneurship: { events: -1 } },
      { training: { traineeTimes: -1 } },
      { financing: { matchmakingEvents: -1, financingLectures: 2 } },
      { financing: { matchmakingEvents: 2, financingLectures: -1 } },
    ];
    const names = FIGURES.map((figures) => {
      const { zh } = platform.given([]).when(submit(withFigures(figures)), applicant(APPLIED_ON)).thenThrows('application.figure-out-of-range').messages;
      expect(zh).toMatch(/^申报数据不能为负数：[^A-Za-z.]+$/);
      return zh;
    });
    expect(new Set(names).size).toBe(FIGURES.length);
  });

  it('Art. 6: a figure that is not a finite number is malformed, as a negative one is', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = platform.given([]).when(submit(withFigures({ premisesM2: value })), applicant(APPLIED_ON)).thenThrows('application.figure-out-of-range');
      expect(error).toMatchObject({ article: '6', details: { figures: ['premisesM2'] } });
      expect(error.messages.zh).toContain('固定经营场所面积');
    }
  });

  it('Art. 10: a material that is none of the eight → application.unknown-material', () => {
    const businessPlan = { code: 'business-plan', ...documentRef('商业计划书.pdf') } as unknown as Material;
    const application = applicationContent({ materials: [...materials(), businessPlan] });
    const error = platform.given([]).when(submit(application), applicant(APPLIED_ON)).thenThrows({ code: 'application.unknown-material', article: '10' });
    expect(error.messages.en).toContain('business-plan');
  });

  it('Art. 10: missing materials do not block the submission (the county returns or withholds the recommendation)', () => {
    const application = applicationContent({ materials: materials(['application-report', 'legal-person-certificate']) });
    platform.given([]).when(submit(application), applicant(APPLIED_ON)).then([
      { type: 'ApplicationSubmitted', data: expect.objectContaining({ application }) },
    ]);
  });

  it('Art. 6: an application that fails a number is still accepted, its evaluation showing the failure', () => {
    const application = applicationContent({ figures: { premisesM2: 150 } });
    platform.given([]).when(submit(application), applicant(APPLIED_ON)).then([
      { type: 'ApplicationSubmitted', data: expect.objectContaining({ evaluation: ganzhouEvaluation({ failed: ['6(3) premises m2'] }) }) },
    ]);
  });
});
