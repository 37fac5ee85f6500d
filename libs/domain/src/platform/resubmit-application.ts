import { invalid } from '../shared/domain-error.js';
import { evaluateApplication } from '../ruleset/evaluate.js';
import { checkApplication } from './check-application.js';
import type { PlatformEvent } from './platform.events.js';
import { inStatus, requireReviewOpen, type CommandOf, type DecisionContext } from './shared.js';
import type { PlatformState } from './state.js';

/** Art. 8: the platform applied through its county's bureau, which reviews the correction too. */
export const countyChanged = () =>
  invalid('application.county-changed', { zh: '补正时不能更换所属县（市、区）', en: 'a resubmission cannot move the platform to another county' }, '8');

export function decideResubmitApplication(
  command: CommandOf<'ResubmitApplication'>,
  state: PlatformState,
  { cycle, ruleset, today }: DecisionContext,
): PlatformEvent[] {
  const current = inStatus(state, ['returned'], command.type);
  requireReviewOpen(cycle);
  const application = checkApplication(command.data.application, ruleset, today);
  if (application.profile.county !== current.county) throw countyChanged();
  return [
    {
      type: 'ApplicationResubmitted',
      data: { cycleYear: current.cycleYear, application, evaluation: evaluateApplication(application, today, ruleset) },
    },
  ];
}
