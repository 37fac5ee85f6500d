import { describe, expect, it } from '@jest/globals';
import type { PlatformCommand } from './platform.commands.js';
import type { PlatformEvent } from './platform.events.js';
import {
  platform,
  RECOMMENDED_ON,
  RECHECK_SUBMITTED_ON,
  RECHECK_DECIDED_ON,
  ANNOUNCED_ON,
  OPEN_2029,
  applicant,
  county,
  city,
  CONTENT,
  returnForCorrection,
  resubmit,
  withdraw,
  recommend,
  decline,
  annualSummary,
  submitRecheck,
  giveOpinion,
  confirm,
  failRecheck,
  announce,
  H,
} from './story.spec.js';

describe('every wrong-stage refusal cites the article that orders the steps (Arts. 8-11, 14, 15)', () => {
  const cases: [string, PlatformEvent[], PlatformCommand, ReturnType<typeof applicant>, string, string][] = [
    ['ReturnForCorrection', H.recommended, returnForCorrection(), county('2027-04-20'), '10', '第十条'],
    ['ResubmitApplication', H.submitted, resubmit(CONTENT), applicant('2027-04-05'), '10', '第十条'],
    ['WithdrawApplication', H.certified, withdraw, applicant('2027-06-20'), '8', '第八条'],
    ['RecommendPlatform', H.returned, recommend, county(RECOMMENDED_ON), '9', '第九条'],
    ['DeclineToRecommend', H.recommended, decline(), county(RECOMMENDED_ON), '9', '第九条'],
    ['SubmitAnnualSummary', H.submitted, annualSummary(2027), applicant('2028-01-20'), '14', '第十四条'],
    ['SubmitRecheckMaterials', H.certified, submitRecheck(), applicant(RECHECK_SUBMITTED_ON, OPEN_2029), '15', '第十五条'],
    ['GiveRecheckOpinion', H.recheckOpen, giveOpinion(), county('2029-06-05', OPEN_2029), '15', '第十五条'],
    ['ConfirmRecheck', H.recheckSubmitted, confirm(), city(RECHECK_DECIDED_ON, OPEN_2029), '15', '第十五条'],
    ['FailRecheck', H.certified, failRecheck(), city(RECHECK_DECIDED_ON, OPEN_2029), '15', '第十五条'],
    ['AnnounceRevocation', H.certified, announce(), city(ANNOUNCED_ON, OPEN_2029), '15', '第十五条'],
  ];

  it.each(cases)('%s in the wrong stage → platform.wrong-status, Art. %s', (_, history, command, context, article, zhArticle) => {
    const error = platform.given(history).when(command, context).thenThrows({ code: 'platform.wrong-status', article, kind: 'conflict' });
    expect(error.messages.zh).toContain(zhArticle);
    expect(error.messages.en).toContain(`(Art. ${article})`);
    // zh-CN throughout: the status and the step are named in Chinese.
    expect(error.messages.zh).not.toMatch(/[A-Za-z]/);
  });

  it('the Chinese message names the state and the step: a certified platform cannot withdraw', () => {
    const error = platform.given(H.certified).when(withdraw, applicant('2027-06-20')).thenThrows('platform.wrong-status');
    expect(error.messages.zh).toBe('平台当前状态为“已认定”，不能办理“撤回申报”（第八条）');
  });
});
