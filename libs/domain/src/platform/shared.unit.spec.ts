import { describe, expect, it } from '@jest/globals';
import type { PlatformCommand } from './platform.commands.js';
import type { PlatformEvent } from './platform.events.js';
import { requireReasons, wrongStatus } from './shared.js';
import { initialPlatformState, platformStatusZh } from './state.js';
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

describe('every step is named in Chinese and placed by its article, whatever the state it is refused in', () => {
  const STAGE: [PlatformCommand['type'], string, string][] = [
    ['SubmitApplication', '8', '第八条'],
    ['WithdrawApplication', '8', '第八条'],
    ['ReturnForCorrection', '10', '第十条'],
    ['ResubmitApplication', '10', '第十条'],
    ['RecommendPlatform', '9', '第九条'],
    ['DeclineToRecommend', '9', '第九条'],
    ['CertifyPlatform', '11', '第十一条'],
    ['RejectApplication', '11', '第十一条'],
    ['SubmitAnnualSummary', '14', '第十四条'],
    ['RecordSummaryOverdue', '14', '第十四条'],
    ['OpenRecheck', '15', '第十五条'],
    ['SubmitRecheckMaterials', '15', '第十五条'],
    ['GiveRecheckOpinion', '15', '第十五条'],
    ['ConfirmRecheck', '15', '第十五条'],
    ['FailRecheck', '15', '第十五条'],
    ['AnnounceRevocation', '15', '第十五条'],
    ['RevokeCertification', '15', '第十五条'],
  ];
  const stepOf = (zh: string) => /不能办理“([^”]*)”/.exec(zh)?.[1];

  it.each(STAGE)('%s → Art. %s', (command, article, zhArticle) => {
    const error = wrongStatus(initialPlatformState, command);
    expect(error).toMatchObject({ code: 'platform.wrong-status', article, details: { status: 'new' } });
    expect(error.messages.zh).toMatch(new RegExp(`^平台当前状态为“未申报”，不能办理“[^A-Za-z”]+”（${zhArticle}）$`));
    expect(error.messages.en).toBe(`${command} is not possible while the platform is new (Art. ${article})`);
  });

  it('no two steps share a Chinese name', () => {
    const names = STAGE.map(([command]) => stepOf(wrongStatus(initialPlatformState, command).messages.zh));
    expect(new Set(names).size).toBe(STAGE.length);
  });
});

describe('every state of a platform is named in Chinese, each differently, in the refusals users read', () => {
  const STATES: [string, PlatformEvent[]][] = [
    ['new', []],
    ['submitted', H.submitted],
    ['returned', H.returned],
    ['recommended', H.recommended],
    ['withdrawn', H.withdrawn],
    ['not recommended', H.notRecommended],
    ['rejected', H.rejected],
    ['certified', H.certified],
    ['recheck open', H.recheckOpen],
    ['recheck materials submitted', H.recheckSubmitted],
    ['recheck opinion given', H.opinionGiven],
    ['recheck failed', H.recheckFailed],
    ['revocation announced', H.announced],
    ['revoked', H.revoked],
  ];
  const names = STATES.map(([, history]) => platformStatusZh(platform.given(history).state));

  it.each(STATES.map(([label], i) => [label, names[i]]))('%s: %s', (_, name) => {
    expect(name).toMatch(/^[^A-Za-z]+$/);
  });

  it('no two states share a name', () => {
    expect(new Set(names).size).toBe(STATES.length);
  });

  it('the county is named as the measures name it, 县（市、区）局, where a state waits for it or it decided', () => {
    expect(platformStatusZh(platform.given(H.submitted).state)).toContain('县（市、区）局');
    expect(platformStatusZh(platform.given(H.notRecommended).state)).toContain('县（市、区）局');
    expect(platformStatusZh(platform.given(H.rejected).state)).toContain('市局');
  });
});

describe('written reasons and named reviewers (Arts. 11, 15): every item counts', () => {
  it('refuses a list with one blank item among filled ones, as it refuses an empty list', () => {
    expect(() => requireReasons(['材料齐全', '  '], '11')).toThrow(expect.objectContaining({ code: 'decision.reasons-required', article: '11' }));
    expect(() => requireReasons(['张三', ''], '11', 'reviewers')).toThrow(expect.objectContaining({ code: 'decision.reviewers-required' }));
    expect(() => requireReasons([], '15')).toThrow(expect.objectContaining({ code: 'decision.reasons-required', article: '15' }));
    expect(() => requireReasons(['材料齐全', '运营良好'], '11')).not.toThrow();
  });
});
