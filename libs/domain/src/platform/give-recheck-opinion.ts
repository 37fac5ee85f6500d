import type { PlatformEvent } from './platform.events.js';
import { wrongStatus, type CommandOf } from './shared.js';
import type { PlatformState } from './state.js';

export function decideGiveRecheckOpinion(command: CommandOf<'GiveRecheckOpinion'>, state: PlatformState): PlatformEvent[] {
  if (state.status !== 'recheck-submitted') throw wrongStatus(state, command.type);
  return [
    {
      type: 'RecheckOpinionGiven',
      data: {
        cycleYear: state.cycleYear,
        county: state.county,
        opinion: command.data.opinion,
        countyEvaluation: command.data.countyEvaluation,
        comments: command.data.comments,
      },
    },
  ];
}
