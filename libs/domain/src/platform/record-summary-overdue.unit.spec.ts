import { describe, it } from '@jest/globals';
import { documentRef } from '@certflow/testing';
import { initialCycleState } from '../cycle/cycle.js';
import { GANZHOU_2013 } from '../ruleset/ganzhou-2013.js';
import type { PlatformCommand } from './platform.commands.js';
import type { PlatformEvent } from './platform.events.js';
import { applicant, city, H, platform } from './story.spec.js';

const overdue = (year: number): PlatformCommand => ({ type: 'RecordSummaryOverdue', data: { year } });
const NO_CYCLE = initialCycleState;
const sent2027: PlatformEvent = { type: 'AnnualSummarySubmitted', data: { year: 2027, summary: documentRef('2027年度工作总结.pdf'), submittedOn: '2028-01-20' } };

describe('RecordSummaryOverdue (Art. 14)', () => {
  it(`Art. 14: the 2027 summary not sent by 2028-${GANZHOU_2013.annualSummaryDueBy} (inclusive) is overdue from 2028-04-01`, () => {
    platform.given(H.certified).when(overdue(2027), city('2028-04-01T00:00:00+08:00', NO_CYCLE)).then([
      { type: 'AnnualSummaryOverdue', data: { year: 2027, dueOn: '2028-03-31', public: GANZHOU_2013.overdueSummariesPublic } },
    ]);
  });

  it('Art. 14: boundary: 23:59 on the due day is not overdue yet → summary.not-yet-overdue', () => {
    platform.given(H.certified).when(overdue(2027), city('2028-03-31T23:59:59.999+08:00', NO_CYCLE)).thenThrows({ code: 'summary.not-yet-overdue', article: '14', kind: 'conflict' });
  });

  it('Art. 14: a summary sent is never overdue → summary.already-submitted', () => {
    platform.given([...H.certified, sent2027]).when(overdue(2027), city('2028-06-01', NO_CYCLE)).thenThrows('summary.already-submitted');
  });

  it('Art. 14: a year before the certification has no summary → summary.year-out-of-range', () => {
    platform.given(H.certified).when(overdue(2026), city('2028-06-01', NO_CYCLE)).thenThrows('summary.year-out-of-range');
  });

  it('Art. 14: only for a certified platform → platform.wrong-status', () => {
    platform.given(H.recommended).when(overdue(2027), city('2028-06-01', NO_CYCLE)).thenThrows('platform.wrong-status');
    platform.given(H.revoked).when(overdue(2029), city('2031-06-01', NO_CYCLE)).thenThrows('platform.wrong-status');
  });

  it('Arts. 3, 14: the city records it (the scheduler acts as the city), not the operator → auth.city-only', () => {
    platform.given(H.certified).when(overdue(2027), applicant('2028-06-01', NO_CYCLE)).thenThrows('auth.city-only');
  });

  it('Art. 14: an overdue summary may still be sent late, and is then on record as sent', () => {
    const recorded: PlatformEvent = { type: 'AnnualSummaryOverdue', data: { year: 2027, dueOn: '2028-03-31', public: true } };
    platform.given([...H.certified, recorded]).when(
      { type: 'SubmitAnnualSummary', data: { year: 2027, summary: documentRef('2027年度工作总结.pdf') } },
      applicant('2028-05-02', NO_CYCLE),
    ).then([{ type: 'AnnualSummarySubmitted', data: { year: 2027, summary: documentRef('2027年度工作总结.pdf'), submittedOn: '2028-05-02' } }]);
  });
});
