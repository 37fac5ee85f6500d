import { isAfter, type IsoDate } from '../shared/dates.js';
import { refuse } from '../shared/domain-error.js';
import type { PlatformEvent } from './platform.events.js';
import { requireReasons, wrongStatus, type CommandOf, type DecisionContext } from './shared.js';
import type { PlatformState } from './state.js';

/** Art. 15: missing materials fail a recheck only once they are overdue. */
export const materialsNotYetDue = (dueOn: IsoDate) =>
  refuse('recheck.materials-not-yet-due', {
    zh: `复核材料报送截止日（${dueOn}）前不能以未报送为由判定不合格`,
    en: `materials are due by ${dueOn}; a recheck cannot fail for missing them before then`,
  }, '15');

export function decideFailRecheck(command: CommandOf<'FailRecheck'>, state: PlatformState, { today }: DecisionContext): PlatformEvent[] {
  requireReasons(command.data.reasons, '15');
  requireReasons(command.data.reviewers, '15', 'reviewers');
  if (state.status === 'recheck-open') {
    if (!isAfter(today, state.materialsDueOn)) throw materialsNotYetDue(state.materialsDueOn);
    return [{ type: 'RecheckFailed', data: { ...command.data, cycleYear: state.cycleYear, materialsMissing: true } }];
  }
  if (state.status !== 'recheck-opinion-given') throw wrongStatus(state, command.type);
  return [{ type: 'RecheckFailed', data: { ...command.data, cycleYear: state.cycleYear, materialsMissing: false } }];
}
