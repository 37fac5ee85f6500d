import { yearOf } from '../shared/dates.js';
import { invalid, refuse } from '../shared/domain-error.js';
import type { PlatformEvent } from './platform.events.js';
import { inCertification, type CommandOf, type DecisionContext } from './shared.js';
import type { PlatformState } from './state.js';

/** Art. 14: a summary reports on a year of the certification that has begun. */
export const yearOutOfRange = (certifiedIn: number) =>
  invalid('summary.year-out-of-range', {
    zh: `年度工作总结的年份须在${certifiedIn}年至今年之间`,
    en: `a yearly summary covers a year from ${certifiedIn} to this year`,
  }, '14');

/** Art. 14: one summary a year. */
export const alreadySubmitted = (year: number) =>
  refuse('summary.already-submitted', { zh: `${year}年度工作总结已报送`, en: `the ${year} summary was already sent` }, '14');

export function decideSubmitAnnualSummary(command: CommandOf<'SubmitAnnualSummary'>, state: PlatformState, { today }: DecisionContext): PlatformEvent[] {
  const current = inCertification(state, command.type);
  const { year } = command.data;
  if (!Number.isInteger(year) || year < current.certifiedIn || year > yearOf(today)) throw yearOutOfRange(current.certifiedIn);
  if (current.summaries.includes(year)) throw alreadySubmitted(year);
  return [{ type: 'AnnualSummarySubmitted', data: { year, summary: command.data.summary, submittedOn: today } }];
}
