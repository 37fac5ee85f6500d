import type { PlatformEvent } from './platform.events.js';
import { inStatus, reevaluate, requireReasons, requireReviewOpen, type CommandOf, type DecisionContext } from './shared.js';
import type { PlatformState } from './state.js';

export function decideDeclineToRecommend(command: CommandOf<'DeclineToRecommend'>, state: PlatformState, { cycle, ruleset }: DecisionContext): PlatformEvent[] {
  const current = inStatus(state, ['submitted'], command.type);
  requireReviewOpen(cycle);
  requireReasons(command.data.reasons, '9');
  return [
    {
      type: 'PlatformNotRecommended',
      data: {
        cycleYear: current.cycleYear,
        county: current.county,
        countyEvaluation: command.data.countyEvaluation,
        reasons: command.data.reasons,
        evaluation: reevaluate(current, ruleset),
      },
    },
  ];
}
