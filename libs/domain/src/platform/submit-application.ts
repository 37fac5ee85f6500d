import { refuse } from '../shared/domain-error.js';
import { acceptsApplications } from '../cycle/cycle.js';
import { evaluateApplication } from '../ruleset/evaluate.js';
import { checkApplication } from './check-application.js';
import type { PlatformEvent } from './platform.events.js';
import type { CommandOf, DecisionContext } from './shared.js';
import type { PlatformState, PlatformStatus } from './state.js';

/** Art. 8: a platform has one application or certification at a time. */
export const alreadyActive = (status: PlatformStatus) =>
  refuse('application.already-active', {
    zh: '该平台已有在办申请或已认定',
    en: `the platform already has an application or certification in progress (${status})`,
  }, '8');

/** Art. 12: applications go into the year's open cycle, up to its deadline. */
export const cycleClosed = (cycleYear: number) =>
  refuse('application.cycle-closed', {
    zh: `${cycleYear}年度申报未开放或已截止（第十二条）`,
    en: `applications for ${cycleYear} are not open (Art. 12)`,
  }, '12');

/** Art. 12: one application a cycle. */
export const alreadyAppliedThisCycle = () => refuse('application.already-active', { zh: '本年度已申报', en: 'already applied in this cycle' }, '12');

export function decideSubmitApplication(
  command: CommandOf<'SubmitApplication'>,
  state: PlatformState,
  { cycle, ruleset, now, platformId, today }: DecisionContext,
): PlatformEvent[] {
  if (!['new', 'closed', 'revoked'].includes(state.status)) throw alreadyActive(state.status);
  if (cycle.status === 'none' || cycle.year !== command.data.cycleYear || !acceptsApplications(cycle, now)) {
    throw cycleClosed(command.data.cycleYear);
  }
  if ('cycleYear' in state && state.cycleYear === command.data.cycleYear && state.status !== 'closed') throw alreadyAppliedThisCycle();
  const application = checkApplication(command.data.application, ruleset, today);
  return [
    {
      type: 'ApplicationSubmitted',
      data: {
        platformId,
        cycleYear: command.data.cycleYear,
        application,
        evaluation: evaluateApplication(application, today, ruleset),
        submittedOn: today,
      },
    },
  ];
}
