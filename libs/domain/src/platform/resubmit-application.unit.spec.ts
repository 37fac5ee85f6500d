import { describe, expect, it } from '@jest/globals';
import { RUIJIN, applicantOf, applicationContent } from '@certflow/testing';
import {
  platform,
  OPEN_2027,
  REVIEW_CLOSED_2027,
  as,
  applicant,
  resubmit,
  submittedEvent,
  returnedEvent,
  H,
  ganzhouEvaluation,
} from './story.spec.js';

describe('ResubmitApplication (Art. 10)', () => {
  const corrected = applicationContent({ profile: { name: '赣州市章贡区中小企业综合服务中心平台' }, figures: { premisesM2: 920 } });

  it('Art. 10: the operator resubmits the corrected application; it is evaluated again under the cycle ruleset', () => {
    platform.given(H.returned).when(resubmit(corrected), applicant('2027-04-05')).then([
      { type: 'ApplicationResubmitted', data: { cycleYear: 2027, application: corrected, evaluation: ganzhouEvaluation({ failed: [] }) } },
    ]);
  });

  it('Art. 10: a correction may also cure a failed number, and the new evaluation shows it', () => {
    const history = [submittedEvent(applicationContent({ figures: { premisesM2: 150 } })), returnedEvent];
    const [event] = platform.given(history).when(resubmit(corrected), applicant('2027-04-05')).then([
      { type: 'ApplicationResubmitted', data: expect.objectContaining({ application: corrected }) },
    ]);
    expect(event?.type === 'ApplicationResubmitted' && event.data.evaluation.failed).toEqual([]);
  });

  it('Art. 8: a resubmission cannot move the platform to another county → application.county-changed', () => {
    const moved = applicationContent({ profile: { county: RUIJIN } });
    platform.given(H.returned).when(resubmit(moved), applicant('2027-04-05')).thenThrows({ code: 'application.county-changed', article: '8', kind: 'invalid' });
  });

  it('Art. 6(1): the resubmitted content is checked against the resubmission date → application.establishment-date-out-of-range', () => {
    const corrected = applicationContent({ profile: { establishedOn: '2027-04-06' } });
    platform.given(H.returned).when(resubmit(corrected), applicant('2027-04-05')).thenThrows({ code: 'application.establishment-date-out-of-range', kind: 'malformed' });
  });

  it('Art. 6(3): more qualified staff than staff in a resubmission → application.qualified-staff-over-staff', () => {
    const corrected = applicationContent({ figures: { staffServingSmes: 10, qualifiedStaff: 11 } });
    platform.given(H.returned).when(resubmit(corrected), applicant('2027-04-05')).thenThrows('application.qualified-staff-over-staff');
  });

  it('Art. 5: the resubmitted content is checked like a submission → application.no-category', () => {
    platform.given(H.returned).when(resubmit(applicationContent({ profile: { categories: [] } })), applicant('2027-04-05')).thenThrows('application.no-category');
  });

  it('Art. 2: only the operator resubmits → auth.not-the-operator', () => {
    platform.given(H.returned).when(resubmit(corrected), as(applicantOf('gz-rj-0002'), '2027-04-05', OPEN_2027)).thenThrows('auth.not-the-operator');
  });

  it.each([
    ['submitted', H.submitted],
    ['recommended', H.recommended],
  ])('only a returned application can be resubmitted, not a %s one → platform.wrong-status', (_, history) => {
    platform.given(history).when(resubmit(corrected), applicant('2027-04-05')).thenThrows('platform.wrong-status');
  });

  it('Art. 12: once the review is closed → application.review-closed', () => {
    platform.given(H.returned).when(resubmit(corrected), applicant('2027-07-02', REVIEW_CLOSED_2027)).thenThrows('application.review-closed');
  });
});
