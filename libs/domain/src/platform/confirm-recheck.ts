import type { PlatformEvent } from './platform.events.js';
import { requireReasons, wrongStatus, type CommandOf, type DecisionContext } from './shared.js';
import type { PlatformState } from './state.js';

export function decideConfirmRecheck(command: CommandOf<'ConfirmRecheck'>, state: PlatformState, { ruleset }: DecisionContext): PlatformEvent[] {
  if (state.status !== 'recheck-opinion-given') throw wrongStatus(state, command.type);
  requireReasons(command.data.reviewers, '15', 'reviewers');
  return [
    {
      type: 'RecheckConfirmed',
      data: { ...command.data, cycleYear: state.cycleYear, nextRecheckYear: state.cycleYear + ruleset.recheckEveryYears },
    },
  ];
}
