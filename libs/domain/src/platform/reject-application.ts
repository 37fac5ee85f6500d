import type { PlatformEvent } from './platform.events.js';
import { notRecommended, reevaluate, requireReasons, requireReviewOpen, type CommandOf, type DecisionContext } from './shared.js';
import type { PlatformState } from './state.js';

export function decideRejectApplication(command: CommandOf<'RejectApplication'>, state: PlatformState, { cycle, ruleset }: DecisionContext): PlatformEvent[] {
  if (state.status !== 'recommended') throw notRecommended(state.status);
  requireReviewOpen(cycle);
  requireReasons(command.data.reasons, '11');
  requireReasons(command.data.reviewers, '11', 'reviewers');
  return [
    {
      type: 'ApplicationRejected',
      data: {
        cycleYear: state.cycleYear,
        reviewers: command.data.reviewers,
        reasons: command.data.reasons,
        evaluation: reevaluate(state, ruleset),
      },
    },
  ];
}
