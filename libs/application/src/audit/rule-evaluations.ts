import {
  evaluateApplication,
  shanghaiDate,
  evolvePlatform,
  findRulesetVersion,
  initialPlatformState,
  type PlatformEvent,
  type PlatformState,
  type RuleEvaluation,
  type Ruleset,
} from '@certflow/domain';
import { canonicalJson, type RecordedEvent } from '@certflow/event-store';

export type RulesetLookup = (id: string, version: number) => Ruleset | undefined;

export const defaultRulesetLookup: RulesetLookup = findRulesetVersion;

/** What re-deciding found for one stored rule evaluation. */
export type Reproduction =
  | { readonly outcome: 'reproduced' }
  | { readonly outcome: 'differs'; readonly differences: readonly string[] }
  | { readonly outcome: 'ruleset-unavailable'; readonly rulesetId: string; readonly rulesetVersion: number }
  | { readonly outcome: 'no-application' };

export interface EvaluationCheck {
  readonly streamId: string;
  readonly streamVersion: number;
  readonly eventId: string;
  readonly type: string;
  readonly reproduction: Reproduction;
}

/**
 * The evaluation a decider would compute for this event, from the state before it and the
 * ruleset version the stored evaluation names. Submissions evaluate the application they carry;
 * every later decision re-evaluates the application in force, as of the day it was (re)submitted.
 */
export function reproduceEvaluation(before: PlatformState, event: Pick<RecordedEvent, 'type' | 'data' | 'metadata'>, lookup: RulesetLookup): Reproduction | undefined {
  const data = event.data as { evaluation?: RuleEvaluation; application?: unknown; submittedOn?: string };
  const stored = data.evaluation;
  if (!stored || typeof stored !== 'object') return undefined;
  const ruleset = lookup(stored.rulesetId, stored.rulesetVersion);
  if (!ruleset) return { outcome: 'ruleset-unavailable', rulesetId: stored.rulesetId, rulesetVersion: stored.rulesetVersion };
  let recomputed: RuleEvaluation;
  if (event.type === 'ApplicationSubmitted') {
    const submitted = (event as PlatformEvent & { type: 'ApplicationSubmitted' }).data;
    recomputed = evaluateApplication(submitted.application, submitted.submittedOn, ruleset);
  } else if (event.type === 'ApplicationResubmitted') {
    if (!('evaluation' in before)) return { outcome: 'no-application' };
    // A corrected application is judged as of the day it came back: the business date of the event.
    const resubmitted = (event as PlatformEvent & { type: 'ApplicationResubmitted' }).data;
    const occurredAt = event.metadata?.occurredAt;
    recomputed = evaluateApplication(resubmitted.application, typeof occurredAt === 'string' ? shanghaiDate(occurredAt) : stored.evaluatedOn, ruleset);
  } else {
    if (!('application' in before)) return { outcome: 'no-application' };
    recomputed = evaluateApplication(before.application, before.evaluation.evaluatedOn, ruleset);
  }
  const differences = compareEvaluations(stored, recomputed);
  return differences.length === 0 ? { outcome: 'reproduced' } : { outcome: 'differs', differences };
}

/** Each criterion that differs, named, with the stored and the recomputed value. */
export function compareEvaluations(stored: RuleEvaluation, recomputed: RuleEvaluation): string[] {
  if (canonicalJson(stored) === canonicalJson(recomputed)) return [];
  const differences: string[] = [];
  for (const field of ['rulesetId', 'rulesetVersion', 'evaluatedOn'] as const) {
    if (stored[field] !== recomputed[field]) differences.push(`${field}: stored ${JSON.stringify(stored[field])}, recomputed ${JSON.stringify(recomputed[field])}`);
  }
  const storedCriteria = new Map((stored.criteria ?? []).map((c) => [c.criterion, c]));
  for (const criterion of recomputed.criteria) {
    const was = storedCriteria.get(criterion.criterion);
    storedCriteria.delete(criterion.criterion);
    if (!was) {
      differences.push(`${criterion.criterion}: missing from the stored evaluation`);
      continue;
    }
    for (const field of ['result', 'input', 'threshold', 'article', 'overridable'] as const) {
      if (canonicalJson(was[field] ?? null) !== canonicalJson(criterion[field] ?? null)) {
        differences.push(`${criterion.criterion} ${field}: stored ${JSON.stringify(was[field])}, recomputed ${JSON.stringify(criterion[field])}`);
      }
    }
  }
  for (const extra of storedCriteria.keys()) differences.push(`${extra}: stored, but the ruleset does not evaluate it`);
  for (const field of ['failed', 'needsJudgement'] as const) {
    if (canonicalJson(stored[field] ?? null) !== canonicalJson(recomputed[field])) {
      differences.push(`${field}: stored ${JSON.stringify(stored[field])}, recomputed ${JSON.stringify(recomputed[field])}`);
    }
  }
  if (differences.length === 0) differences.push('the stored evaluation differs from the recomputed one outside its criteria');
  return differences;
}

/** Re-decides every rule evaluation of one platform stream, in order; one stream in memory at a time. */
export function checkStreamEvaluations(events: readonly RecordedEvent[], lookup: RulesetLookup = defaultRulesetLookup): EvaluationCheck[] {
  const checks: EvaluationCheck[] = [];
  let state: PlatformState = initialPlatformState;
  for (const event of events) {
    const reproduction = reproduceEvaluation(state, event, lookup);
    if (reproduction) {
      checks.push({ streamId: event.streamId, streamVersion: event.streamVersion, eventId: event.eventId, type: event.type, reproduction });
    }
    state = evolvePlatform(state, { type: event.type, data: event.data } as PlatformEvent);
  }
  return checks;
}
