import type { PlatformEvent } from './platform.events.js';
import { inStatus, type CommandOf } from './shared.js';
import type { PlatformState } from './state.js';

export function decideWithdrawApplication(command: CommandOf<'WithdrawApplication'>, state: PlatformState): PlatformEvent[] {
  const current = inStatus(state, ['submitted', 'returned', 'recommended'], command.type);
  return [{ type: 'ApplicationWithdrawn', data: { cycleYear: current.cycleYear, reason: command.data.reason } }];
}
