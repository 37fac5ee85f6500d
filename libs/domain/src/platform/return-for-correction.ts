import { invalid } from '../shared/domain-error.js';
import type { PlatformEvent } from './platform.events.js';
import { inStatus, requireReviewOpen, type CommandOf, type DecisionContext } from './shared.js';
import type { PlatformState } from './state.js';

/** Art. 10: the operator must learn what to correct. */
export const returnNeedsReason = () =>
  invalid('application.return-needs-reason', { zh: '退回须说明理由或缺少的材料', en: 'a return needs a reason or the missing materials' }, '10');

export function decideReturnForCorrection(command: CommandOf<'ReturnForCorrection'>, state: PlatformState, { cycle }: DecisionContext): PlatformEvent[] {
  const current = inStatus(state, ['submitted'], command.type);
  requireReviewOpen(cycle);
  if (command.data.reasons.every((reason) => reason.trim().length === 0) && command.data.missingMaterials.length === 0) {
    throw returnNeedsReason();
  }
  return [{ type: 'ApplicationReturnedForCorrection', data: { cycleYear: current.cycleYear, ...command.data } }];
}
