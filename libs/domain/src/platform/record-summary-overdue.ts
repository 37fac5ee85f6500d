import { isAfter } from '../shared/dates.js';
import { refuse } from '../shared/domain-error.js';
import type { Ruleset } from '../ruleset/ruleset.js';
import type { PlatformEvent } from './platform.events.js';
import { inCertification, type CommandOf, type DecisionContext } from './shared.js';
import type { PlatformState } from './state.js';
import { alreadySubmitted, yearOutOfRange } from './submit-annual-summary.js';

/** Art. 14 (the date is the ruleset's): the last day to send the summary of `year`. */
export const summaryDueOn = (year: number, ruleset: Pick<Ruleset, 'annualSummaryDueBy'>) => `${year + 1}-${ruleset.annualSummaryDueBy}`;

export const notYetOverdue = (year: number, dueOn: string) =>
  refuse('summary.not-yet-overdue', {
    zh: `${year}年度工作总结报送期限至${dueOn}，届满前不能记为逾期（第十四条）`,
    en: `the ${year} summary is due by ${dueOn}; it is not overdue before that day has passed (Art. 14)`,
  }, '14', { dueOn });

/** Art. 14: a yearly summary not sent by its (inclusive) due date is recorded as overdue. */
export function decideRecordSummaryOverdue(command: CommandOf<'RecordSummaryOverdue'>, state: PlatformState, { today, ruleset }: DecisionContext): PlatformEvent[] {
  const current = inCertification(state, command.type);
  const { year } = command.data;
  if (!Number.isInteger(year) || year < current.certifiedIn) throw yearOutOfRange(current.certifiedIn);
  if (current.summaries.includes(year)) throw alreadySubmitted(year);
  const dueOn = summaryDueOn(year, ruleset);
  if (!isAfter(today, dueOn)) throw notYetOverdue(year, dueOn);
  return [{ type: 'AnnualSummaryOverdue', data: { year, dueOn, public: ruleset.overdueSummariesPublic } }];
}
