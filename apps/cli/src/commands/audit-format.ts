import type { DecisionExplanation, StreamReplay, TimelineEntry } from '@certflow/application';
import { articleZh, platformStatusZh, type PlatformState } from '@certflow/domain';

export type Language = 'zh' | 'en';

const EVENT_ZH: Record<string, string> = {
  CycleOpened: '启动年度认定',
  ApplicationWindowClosed: '申报截止',
  ReviewClosed: '审核结束',
  ResultsPublished: '公布结果',
  ResultsPagePublished: '公布结果名单（分页）',
  CycleResultsPublished: '公布结果',
  ApplicationSubmitted: '提交申报',
  ApplicationReturnedForCorrection: '退回补正',
  ApplicationResubmitted: '补正后重新提交',
  ApplicationWithdrawn: '撤回申报',
  PlatformRecommended: '县局推荐',
  PlatformNotRecommended: '县局不予推荐',
  PlatformCertified: '市局认定',
  ApplicationRejected: '市局不予认定',
  AnnualSummarySubmitted: '报送年度工作总结',
  RecheckOpened: '启动复核',
  RecheckMaterialsSubmitted: '报送复核材料',
  RecheckOpinionGiven: '县局出具复核意见',
  RecheckConfirmed: '复核合格',
  RecheckFailed: '复核不合格',
  RevocationAnnounced: '公告撤销称号',
  PlatformRevoked: '撤销称号',
  BusinessClockMoved: '调整模拟业务时钟',
};

const RESULT_ZH: Record<string, string> = { pass: '符合', fail: '不符合', 'needs-judgement': '待人工判定' };

/** Pads to a width in terminal columns: CJK characters take two. */
function pad(text: string, columns: number): string {
  let width = 0;
  for (const char of text) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1;
  return text + ' '.repeat(Math.max(1, columns - width));
}

/** Business time is read on Shanghai calendar days; recorded time stays in UTC, as stored, so the two never look alike. */
export function shanghai(instant: string): string {
  const local = new Date(Date.parse(instant) + 8 * 3_600_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}+08`;
}

function stateLine(replay: StreamReplay, lang: Language): string {
  const state = replay.state as { status?: string; businessTime?: string | null } | null;
  if (state === null) return '';
  if (replay.kind === 'clock') return lang === 'zh' ? `模拟业务时间：${state.businessTime ?? '未设置'}` : `simulated business time: ${state.businessTime ?? 'not set'}`;
  if (replay.kind === 'platform' && lang === 'zh') return `状态：${platformStatusZh(state as PlatformState)}（${state.status}）`;
  return lang === 'zh' ? `状态：${state.status}` : `status: ${state.status}`;
}

export function formatReplay(replay: StreamReplay, lang: Language): string {
  const zh = lang === 'zh';
  const point = replay.asOf
    ? zh ? `截至记录时间 ${replay.asOf}` : `as recorded at ${replay.asOf}`
    : replay.version !== undefined
      ? zh ? `截至第 ${replay.version} 版` : `as of version ${replay.version}`
      : zh ? '当前' : 'now';
  const lines = [
    `${replay.streamId}  ${point}`,
    zh
      ? `版本 ${replay.streamVersion}（现为第 ${replay.currentVersion} 版）  ${stateLine(replay, lang)}`
      : `version ${replay.streamVersion} (today ${replay.currentVersion})  ${stateLine(replay, lang)}`,
    '',
    `  ${pad(zh ? '版本' : 'ver', 6)}${pad(zh ? '业务时间（上海）' : 'business (Shanghai)', 24)}${pad(zh ? '记录时间（UTC，真实）' : 'recorded (UTC, real)', 27)}${pad(zh ? '事件' : 'event', 40)}${zh ? '操作人' : 'actor'}`,
  ];
  for (const event of replay.events) lines.push(timelineLine(event, lang));
  if (replay.events.length === 0) lines.push(zh ? '  （此时尚无事件）' : '  (nothing recorded yet at that point)');
  if (replay.events.some((e) => e.businessTimeSimulated)) {
    lines.push('', zh ? '* 业务时间来自培训服务器的模拟时钟；记录时间为真实时间。' : "* business time from a training server's simulated clock; recorded time is real.");
  }
  return lines.join('\n');
}

function timelineLine(event: TimelineEntry, lang: Language): string {
  const business = `${shanghai(event.occurredAt)}${event.businessTimeSimulated ? '*' : ' '}`;
  const label = lang === 'zh' ? `${event.type} ${EVENT_ZH[event.type] ?? ''}`.trim() : event.type;
  const actor = `${event.actorId} (${event.role}${event.county ? ` ${event.county}` : ''})`;
  return `  ${pad(`v${event.streamVersion}`, 6)}${pad(business, 24)}${pad(event.recordedAt, 27)}${pad(label, 40)}${actor}`;
}

export function formatExplanation(x: DecisionExplanation, lang: Language): string {
  const zh = lang === 'zh';
  const d = x.decision;
  const lines: string[] = [];
  lines.push(`${d.type}  ${zh ? x.what.zh : x.what.en}  (${zh ? `依据${articleZh(x.what.article)}` : `Art. ${x.what.article}`})`);
  lines.push(`  ${pad(zh ? '事件' : 'event', 12)}${d.eventId}  ${d.streamId} v${d.streamVersion}  #${d.globalPosition}`);
  lines.push(`  ${pad(zh ? '决定人' : 'actor', 12)}${x.actor.id} (${x.actor.role}${x.actor.county ? ` ${x.actor.county}` : ''})`);
  lines.push(`  ${pad(zh ? '业务时间' : 'business', 12)}${shanghai(d.occurredAt)}${d.businessTimeSimulated ? (zh ? '（模拟时钟）' : ' (simulated clock)') : ''}`);
  lines.push(`  ${pad(zh ? '记录时间' : 'recorded', 12)}${d.recordedAt}`);
  if (x.ruleset) {
    lines.push(`  ${pad(zh ? '规则' : 'ruleset', 12)}${x.ruleset.id} v${x.ruleset.version}${x.ruleset.title ? ` ${x.ruleset.title}` : ''}${x.ruleset.available ? '' : zh ? '（本系统已无此版本）' : ' (no longer in this deployment)'}`);
  }
  if (x.reviewers.length > 0) lines.push(`  ${pad(zh ? '审核人员' : 'reviewers', 12)}${x.reviewers.join('、')}`);
  if (x.reasons.length > 0) lines.push(`  ${pad(zh ? '理由' : 'reasons', 12)}${x.reasons.join('；')}`);
  if (x.criteria.length > 0) {
    lines.push('', zh ? '  逐项条件：' : '  criteria:');
    for (const c of x.criteria) {
      const result = zh ? RESULT_ZH[c.result] ?? c.result : c.result;
      lines.push(`    [${result}] ${zh ? c.label : `${c.criterion} (Art. ${c.article})`}: ${JSON.stringify(c.input)} ${zh ? '要求' : 'required'} ${JSON.stringify(c.threshold)}`);
      if (c.overriddenBecause) lines.push(`        ${zh ? '破格理由' : 'set aside because'}: ${c.overriddenBecause}`);
    }
  }
  if (x.materials.length > 0) {
    lines.push('', zh ? '  所依据的材料：' : '  materials:');
    for (const m of x.materials) lines.push(`    ${zh ? m.label : m.code}: ${m.name} sha256:${m.sha256.slice(0, 16)}… ${m.location}`);
  }
  if (x.basedOn.length > 0) {
    lines.push('', zh ? '  前序步骤：' : '  based on:');
    for (const b of x.basedOn) lines.push(`    v${b.streamVersion} ${b.type} ${shanghai(b.occurredAt)} ${b.actorId}`);
  }
  if (x.reproduction) {
    lines.push('');
    const r = x.reproduction;
    switch (r.outcome) {
      case 'reproduced':
        lines.push(zh ? '  复算：按该版本规则重新判定，结果与记录一致。' : '  re-decided under that ruleset version: the stored evaluation is reproduced.');
        break;
      case 'differs':
        lines.push(zh ? '  复算：与记录不一致！' : '  re-decided: the stored evaluation DIFFERS:');
        for (const difference of r.differences) lines.push(`    ${difference}`);
        break;
      case 'ruleset-unavailable':
        lines.push(zh ? `  复算：本系统已无规则 ${r.rulesetId} v${r.rulesetVersion}，无法复算。` : `  cannot re-decide: ruleset ${r.rulesetId} v${r.rulesetVersion} is not in this deployment.`);
        break;
      case 'no-application':
        lines.push(zh ? '  复算：此前的流中没有申报，无从复算。' : '  cannot re-decide: no application precedes it in the stream.');
        break;
    }
  }
  return lines.join('\n');
}
