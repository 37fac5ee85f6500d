import { articleZh } from '../shared/articles.js';
import { invalid, refuse } from '../shared/domain-error.js';
import { criterionZh, type CriterionResult } from '../ruleset/evaluate.js';
import type { Override, PlatformEvent } from './platform.events.js';
import { notRecommended, reevaluate, requireReasons, requireReviewOpen, type CommandOf, type DecisionContext } from './shared.js';
import type { PlatformState } from './state.js';

export const CERTIFIED_TITLE = '赣州市市级中小企业公共服务示范平台';

/** Arts. 6, 7: a criterion the measures do not qualify with "generally" cannot be set aside. */
export const criterionFailed = (criterion: CriterionResult) =>
  refuse('certification.criterion-failed', {
    zh: `不符合认定条件：${criterionZh(criterion.criterion)}`,
    en: `the platform fails ${criterion.criterion} (Art. ${criterion.article})`,
  }, criterion.article, { criterion: criterion.criterion, input: criterion.input, threshold: criterion.threshold });

/** Art. 6(3) "generally": the city sets a criterion aside only with its own written reason. */
export const overrideNeedsReason = (criterion: CriterionResult) =>
  refuse('certification.override-needs-reason', {
    zh: `${criterionZh(criterion.criterion)}未达标，破格认定须书面说明理由（${articleZh(criterion.article)}“一般”）`,
    en: `${criterion.criterion} is not met; certifying anyway needs a written reason (Art. ${criterion.article}, "generally")`,
  }, criterion.article, { criterion: criterion.criterion });

export const overrideNotNeeded = (stray: readonly Override[]) =>
  invalid('certification.override-not-needed', {
    zh: `无需破格的条件：${stray.map((o) => criterionZh(o.criterion)).join('、')}`,
    en: `overrides for criteria that did not fail: ${stray.map((o) => o.criterion).join(', ')}`,
  });

export function decideCertifyPlatform(command: CommandOf<'CertifyPlatform'>, state: PlatformState, { cycle, ruleset, today }: DecisionContext): PlatformEvent[] {
  if (state.status !== 'recommended') throw notRecommended(state.status);
  requireReviewOpen(cycle);
  requireReasons(command.data.reasons, '11');
  requireReasons(command.data.reviewers, '11', 'reviewers');
  const evaluation = reevaluate(state, ruleset);
  const overrides = command.data.overrides;
  for (const failed of evaluation.failed) {
    const override = overrides.find((o) => o.criterion === failed);
    const criterion = evaluation.criteria.find((c) => c.criterion === failed)!;
    if (!criterion.overridable) throw criterionFailed(criterion);
    if (!override || override.reason.trim().length === 0) throw overrideNeedsReason(criterion);
  }
  const stray = overrides.filter((o) => !evaluation.failed.includes(o.criterion));
  if (stray.length > 0) throw overrideNotNeeded(stray);
  return [
    {
      type: 'PlatformCertified',
      data: {
        cycleYear: state.cycleYear,
        title: CERTIFIED_TITLE,
        reviewers: command.data.reviewers,
        reasons: command.data.reasons,
        overrides,
        evaluation,
        certifiedOn: today,
        nextRecheckYear: state.cycleYear + ruleset.recheckEveryYears,
      },
    },
  ];
}
