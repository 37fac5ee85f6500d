import { refuse } from '../shared/domain-error.js';
import type { PlatformEvent } from './platform.events.js';
import type { CommandOf, DecisionContext } from './shared.js';
import type { PlatformState } from './state.js';

/** Art. 15: rechecks run with the yearly cycle. */
export const cycleNotOpen = (year: number) =>
  refuse('recheck.cycle-not-open', {
    zh: `复核与年度认定工作同步进行，${year}年度工作未开启（第十五条）`,
    en: `rechecks run with the yearly cycle; the ${year} cycle is not open (Art. 15)`,
  }, '15');

/** Art. 15: every two years, counted from the certification or the last confirmed recheck. */
export const notDue = (state: PlatformState, year: number) =>
  refuse('recheck.not-due', {
    zh: `该平台${year}年度不需复核（每两年复核一次，第十五条）`,
    en: `the platform is not due for recheck in ${year} (every two years, Art. 15)`,
  }, '15', { status: state.status, ...(state.status === 'certified' ? { nextRecheckYear: state.nextRecheckYear } : {}) });

export function decideOpenRecheck(command: CommandOf<'OpenRecheck'>, state: PlatformState, { cycle }: DecisionContext): PlatformEvent[] {
  const year = command.data.cycleYear;
  if (cycle.status === 'none' || cycle.year !== year || !['open', 'window-closed'].includes(cycle.status)) throw cycleNotOpen(year);
  if (state.status !== 'certified' || state.nextRecheckYear > year) throw notDue(state, year);
  return [{ type: 'RecheckOpened', data: { cycleYear: year, materialsDueOn: cycle.recheckMaterialsDeadline, certifiedIn: state.certifiedIn } }];
}
