import { addDays } from '../shared/dates.js';
import type { PlatformEvent } from './platform.events.js';
import { requireReasons, wrongStatus, type CommandOf, type DecisionContext } from './shared.js';
import type { PlatformState } from './state.js';

export function decideAnnounceRevocation(command: CommandOf<'AnnounceRevocation'>, state: PlatformState, { ruleset, today }: DecisionContext): PlatformEvent[] {
  if (state.status !== 'recheck-failed') throw wrongStatus(state, command.type);
  requireReasons(command.data.reasons, '15');
  return [
    {
      type: 'RevocationAnnounced',
      data: {
        cycleYear: state.cycleYear,
        announcedOn: today,
        noticeEndsOn: addDays(today, ruleset.revocationNoticeDays),
        noticeDays: ruleset.revocationNoticeDays,
        rulesetId: ruleset.id,
        rulesetVersion: ruleset.version,
        reasons: command.data.reasons,
      },
    },
  ];
}
