import { describe, expect, it } from '@jest/globals';
import { documentRef } from '@certflow/testing';
import type { PlatformEvent } from './platform.events.js';
import { initialCycleState } from '../cycle/cycle.js';
import {
  platform,
  OPEN_2029,
  applicant,
  county,
  annualSummary,
  H,
} from './story.spec.js';

describe('SubmitAnnualSummary (Art. 14)', () => {
  const NO_CYCLE = initialCycleState;

  it('Art. 14: the certified platform sends its 2027 summary in January 2028', () => {
    platform.given(H.certified).when(annualSummary(2027), applicant('2028-01-20', NO_CYCLE)).then([
      { type: 'AnnualSummarySubmitted', data: { year: 2027, summary: documentRef('2027年度工作总结.pdf'), submittedOn: '2028-01-20' } },
    ]);
  });

  it('Art. 14: a summary for the current year is accepted, and one is kept per year', () => {
    const first: PlatformEvent = { type: 'AnnualSummarySubmitted', data: { year: 2027, summary: documentRef('2027年度工作总结.pdf'), submittedOn: '2028-01-20' } };
    expect(platform.given([...H.certified, first]).state).toMatchObject({ summaries: [2027] });
    platform.given([...H.certified, first]).when(annualSummary(2028), applicant('2028-12-28', NO_CYCLE)).then([
      { type: 'AnnualSummarySubmitted', data: expect.objectContaining({ year: 2028 }) },
    ]);
  });

  it('Art. 14: summaries continue during a recheck', () => {
    platform.given(H.recheckOpen).when(annualSummary(2028), applicant('2029-03-10', OPEN_2029)).then([
      { type: 'AnnualSummarySubmitted', data: expect.objectContaining({ year: 2028 }) },
    ]);
  });

  it.each([
    ['before the certification (2026)', 2026],
    ['in the future (2029, sent in 2028)', 2029],
    ['not a whole year (2027.5)', 2027.5],
  ])('Art. 14: a summary for a year %s → summary.year-out-of-range', (_, year) => {
    platform.given(H.certified).when(annualSummary(year), applicant('2028-01-20', NO_CYCLE)).thenThrows({
      code: 'summary.year-out-of-range',
      article: '14',
      kind: 'invalid',
    });
  });

  it('Art. 14: a second summary for the same year → summary.already-submitted', () => {
    const first: PlatformEvent = { type: 'AnnualSummarySubmitted', data: { year: 2027, summary: documentRef('2027年度工作总结.pdf'), submittedOn: '2028-01-20' } };
    platform.given([...H.certified, first]).when(annualSummary(2027), applicant('2028-02-01', NO_CYCLE)).thenThrows({
      code: 'summary.already-submitted',
      article: '14',
      kind: 'conflict',
    });
  });

  it.each([
    ['not certified', H.recommended],
    ['under revocation notice', H.announced],
    ['revoked', H.revoked],
  ])('Art. 14: a platform %s sends no summary → platform.wrong-status', (_, history) => {
    platform.given(history).when(annualSummary(2027), applicant('2028-01-20', NO_CYCLE)).thenThrows('platform.wrong-status');
  });

  it('Art. 2: only the operator sends the summary → auth.not-the-operator', () => {
    platform.given(H.certified).when(annualSummary(2027), county('2028-01-20', NO_CYCLE)).thenThrows('auth.not-the-operator');
  });
});
