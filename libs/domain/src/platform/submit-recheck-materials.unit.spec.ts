import { describe, expect, it } from '@jest/globals';
import { applicantOf } from '@certflow/testing';
import { RECHECK_MATERIALS } from '../ruleset/ruleset.js';
import {
  platform,
  RECHECK_DUE_ON,
  RECHECK_SUBMITTED_ON,
  OPEN_2029,
  as,
  applicant,
  submitRecheck,
  recheckSubmittedEvent,
  H,
} from './story.spec.js';

describe('SubmitRecheckMaterials (Art. 15)', () => {
  it('Art. 15: the operator sends the two-year summary, the audit report and the evaluation form', () => {
    platform.given(H.recheckOpen).when(submitRecheck(), applicant(RECHECK_SUBMITTED_ON, OPEN_2029)).then([recheckSubmittedEvent]);
  });

  it('Art. 15: on the due day itself (23:59 in Shanghai) the materials are accepted', () => {
    platform.given(H.recheckOpen).when(submitRecheck(), applicant('2029-05-31T15:59:00Z', OPEN_2029)).then([
      { type: 'RecheckMaterialsSubmitted', data: expect.objectContaining({ submittedOn: RECHECK_DUE_ON }) },
    ]);
  });

  it('Art. 15: the day after the due date → recheck.materials-late', () => {
    const error = platform.given(H.recheckOpen).when(submitRecheck(), applicant('2029-05-31T16:00:00Z', OPEN_2029)).thenThrows({
      code: 'recheck.materials-late',
      article: '15',
      kind: 'conflict',
    });
    expect(error.messages.zh).toContain(RECHECK_DUE_ON);
  });

  it.each(RECHECK_MATERIALS.map((code) => [code]))('Art. 15: without "%s" → recheck.materials-missing', (code) => {
    const error = platform.given(H.recheckOpen).when(submitRecheck(RECHECK_MATERIALS.filter((c) => c !== code)), applicant(RECHECK_SUBMITTED_ON, OPEN_2029)).thenThrows({
      code: 'recheck.materials-missing',
      article: '15',
      kind: 'invalid',
    });
    expect(error.details).toEqual({ missing: [code] });
    expect(error.messages.zh).not.toMatch(/[A-Za-z]/);
  });

  it('Art. 15: the two-year summary, the audit report and the evaluation form (附件3) are each named in Chinese', () => {
    const names = RECHECK_MATERIALS.map((code) => {
      const { zh } = platform.given(H.recheckOpen).when(submitRecheck(RECHECK_MATERIALS.filter((c) => c !== code)), applicant(RECHECK_SUBMITTED_ON, OPEN_2029)).thenThrows('recheck.materials-missing').messages;
      return /缺少：(.+)（第十五条）$/.exec(zh)?.[1];
    });
    expect(names).toEqual([expect.stringContaining('总结'), expect.stringContaining('审计报告'), expect.stringContaining('附件3')]);
  });

  it.each([
    ['certified without an open recheck', H.certified],
    ['with materials already sent', H.recheckSubmitted],
  ])('Art. 15: a platform %s → platform.wrong-status', (_, history) => {
    platform.given(history).when(submitRecheck(), applicant(RECHECK_SUBMITTED_ON, OPEN_2029)).thenThrows('platform.wrong-status');
  });

  it('Art. 2: the operator of another platform → auth.not-the-operator', () => {
    platform.given(H.recheckOpen).when(submitRecheck(), as(applicantOf('gz-rj-0002'), RECHECK_SUBMITTED_ON, OPEN_2029)).thenThrows('auth.not-the-operator');
  });
});
