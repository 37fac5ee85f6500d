import { articleZh } from '../shared/articles.js';
import { invalid, refuse, type Article } from '../shared/domain-error.js';
import { criterionZh, type CriterionResult, type RuleEvaluation } from '../ruleset/evaluate.js';
import { MATERIAL_LABELS_ZH, type MaterialCode, type Ruleset } from '../ruleset/ruleset.js';
import type { ApplicationContent } from './application.js';
import type { Override, PlatformEvent } from './platform.events.js';
import { inStatus, reevaluate, requireReviewOpen, type CommandOf, type DecisionContext } from './shared.js';
import type { PlatformState } from './state.js';

/** Art. 10: the county recommends a complete application only. */
export const materialsMissing = (missing: readonly MaterialCode[]) =>
  refuse('recommendation.materials-missing', {
    zh: `申报材料不全，缺少：${missing.map((code) => MATERIAL_LABELS_ZH[code]).join('、')}（第十条）`,
    en: `the application lacks required materials: ${missing.join(', ')} (Art. 10)`,
  }, '10', { missing });

const topArticle = (criterion: CriterionResult): Article => criterion.article.replace(/\(.*$/, '');

/** Art. 8: the county recommends only a platform that meets Arts. 6 and 7. */
export const criterionFailed = (failed: readonly CriterionResult[], hard: readonly CriterionResult[]) =>
  refuse('recommendation.criterion-failed', {
    zh: `不符合第六、七条规定的条件，不能推荐：${hard.map((c) => criterionZh(c.criterion)).join('、')}`,
    en: `the platform fails ${hard.map((c) => c.criterion).join(', ')} (Arts. 6, 7); the county recommends only platforms that meet them`,
  }, topArticle(hard[0]!), {
    failed: failed.map(({ criterion, article, input, threshold, overridable }) => ({ criterion, article, input, threshold, overridable })),
  });

/** Art. 6(3) "generally": passing a criterion on takes a written reason. */
export const overrideNeedsReason = (unexplained: readonly CriterionResult[]) =>
  refuse('recommendation.override-needs-reason', {
    zh: `${unexplained.map((c) => criterionZh(c.criterion)).join('、')}未达标，推荐须书面说明理由（${articleZh(unexplained[0]!.article)}“一般”）`,
    en: `${unexplained.map((c) => c.criterion).join(', ')} not met; recommending anyway needs a written reason (Art. ${unexplained[0]!.article}, "generally")`,
  }, unexplained[0]!.article, { criteria: unexplained.map((c) => c.criterion) });

export const overrideNotNeeded = (stray: readonly Override[]) =>
  invalid('recommendation.override-not-needed', {
    zh: `无需说明理由的条件：${stray.map((o) => criterionZh(o.criterion)).join('、')}`,
    en: `overrides for criteria that did not fail: ${stray.map((o) => o.criterion).join(', ')}`,
  }, undefined, { criteria: stray.map((o) => o.criterion) });

export function decideRecommendPlatform(command: CommandOf<'RecommendPlatform'>, state: PlatformState, { cycle, ruleset }: DecisionContext): PlatformEvent[] {
  const current = inStatus(state, ['submitted'], command.type);
  requireReviewOpen(cycle);
  const missing = missingMaterials(current.application, ruleset);
  if (missing.length > 0) throw materialsMissing(missing);
  const evaluation = reevaluate(current, ruleset);
  const overrides = command.data.overrides ?? [];
  checkCountyOverrides(evaluation, overrides);
  return [
    {
      type: 'PlatformRecommended',
      data: {
        cycleYear: current.cycleYear,
        county: current.county,
        countyEvaluation: command.data.countyEvaluation,
        recommendationForm: command.data.recommendationForm,
        evaluation,
        overrides,
      },
    },
  ];
}

function missingMaterials(application: ApplicationContent, ruleset: Ruleset): MaterialCode[] {
  const given = new Set(application.materials.map((m) => m.code));
  return ruleset.materials.filter((code) => !given.has(code));
}

/**
 * Art. 8 puts the check against Arts. 6 and 7 on the county: it recommends only a platform that
 * meets them. A criterion the measures qualify with "generally" (the ruleset's `overridable`)
 * it may pass on with a written reason, which goes to the city with the recommendation; the city
 * still decides on its own override when it certifies.
 */
function checkCountyOverrides(evaluation: RuleEvaluation, overrides: readonly Override[]): void {
  const failed = evaluation.criteria.filter((c) => c.result === 'fail');
  const hard = failed.filter((c) => !c.overridable);
  if (hard.length > 0) throw criterionFailed(failed, hard);
  const unexplained = failed.filter((c) => !overrides.some((o) => o.criterion === c.criterion && o.reason.trim().length > 0));
  if (unexplained.length > 0) throw overrideNeedsReason(unexplained);
  const stray = overrides.filter((o) => !failed.some((c) => c.criterion === o.criterion));
  if (stray.length > 0) throw overrideNotNeeded(stray);
}
