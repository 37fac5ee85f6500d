import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  articleZh,
  criterionZh,
  cycleStreamId,
  evolveCycle,
  evolvePlatform,
  initialCycleState,
  initialPlatformState,
  MATERIAL_LABELS_ZH,
  type CycleEvent,
  type CycleState,
  type PlatformEvent,
  type PlatformState,
  type RuleEvaluation,
  type Ruleset,
} from '@certflow/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@certflow/event-store';
import { defaultRulesetLookup, reproduceEvaluation, type Reproduction, type RulesetLookup } from './rule-evaluations.js';
import { timelineEntry, type TimelineEntry } from './replay-stream.js';

/** The events that decide something under the measures, and the article that gives the power to. */
export const DECIDING_EVENTS: Readonly<Record<string, { readonly article: string; readonly zh: string; readonly en: string }>> = {
  PlatformRecommended: { article: '9', zh: '县（市、区）局推荐', en: 'recommended by the county bureau' },
  PlatformNotRecommended: { article: '9', zh: '县（市、区）局不予推荐', en: 'not recommended by the county bureau' },
  PlatformCertified: { article: '11', zh: '市局认定为示范平台', en: 'certified by the city bureau' },
  ApplicationRejected: { article: '11', zh: '市局不予认定', en: 'rejected by the city bureau' },
  RecheckOpinionGiven: { article: '15', zh: '县（市、区）局出具复核意见', en: 'recheck opinion of the county bureau' },
  RecheckConfirmed: { article: '15', zh: '市局确认复核合格', en: 'recheck confirmed by the city bureau' },
  RecheckFailed: { article: '15', zh: '市局判定复核不合格', en: 'recheck failed by the city bureau' },
  RevocationAnnounced: { article: '15', zh: '市局公告撤销称号', en: 'revocation announced by the city bureau' },
  PlatformRevoked: { article: '15', zh: '市局撤销称号', en: 'certification revoked by the city bureau' },
};

export interface ExplainedCriterion {
  readonly criterion: string;
  readonly label: string;
  readonly article: string;
  readonly articleZh: string;
  readonly input: unknown;
  readonly threshold: unknown;
  readonly result: string;
  readonly overridable: boolean;
  /** The written reason a criterion that failed was set aside with (Art. 6(3) "generally"). */
  readonly overriddenBecause?: string;
}

export interface MaterialReference {
  readonly code: string;
  readonly label: string;
  readonly name: string;
  readonly sha256: string;
  readonly location: string;
}

export interface DecisionExplanation {
  readonly decision: TimelineEntry & { readonly streamId: string };
  readonly what: { readonly zh: string; readonly en: string; readonly article: string };
  readonly platformId?: string;
  readonly cycleYear?: number;
  readonly actor: { readonly id: string; readonly role: string; readonly county?: string };
  readonly reasons: readonly string[];
  readonly reviewers: readonly string[];
  /** Ruleset of the decision's day: the one its evaluation names, else the one its cycle ran under when it was recorded. */
  readonly ruleset?: { readonly id: string; readonly version: number; readonly title?: string; readonly available: boolean };
  readonly criteria: readonly ExplainedCriterion[];
  readonly failed: readonly string[];
  readonly needsJudgement: readonly string[];
  readonly materials: readonly MaterialReference[];
  /** The earlier steps of the same cycle this decision rests on (submission, county evaluation, materials). */
  readonly basedOn: readonly { readonly eventId: string; readonly type: string; readonly streamVersion: number; readonly occurredAt: string; readonly actorId: string }[];
  /** Whether re-running the rules of that ruleset version over the stream's own history gives the stored evaluation. */
  readonly reproduction?: Reproduction;
}

const BASIS: Record<string, readonly string[]> = {
  PlatformRecommended: ['ApplicationSubmitted', 'ApplicationResubmitted', 'ApplicationReturnedForCorrection'],
  PlatformNotRecommended: ['ApplicationSubmitted', 'ApplicationResubmitted', 'ApplicationReturnedForCorrection'],
  PlatformCertified: ['ApplicationSubmitted', 'ApplicationResubmitted', 'PlatformRecommended'],
  ApplicationRejected: ['ApplicationSubmitted', 'ApplicationResubmitted', 'PlatformRecommended'],
  RecheckOpinionGiven: ['RecheckOpened', 'RecheckMaterialsSubmitted'],
  RecheckConfirmed: ['RecheckOpened', 'RecheckMaterialsSubmitted', 'RecheckOpinionGiven'],
  RecheckFailed: ['RecheckOpened', 'RecheckMaterialsSubmitted', 'RecheckOpinionGiven'],
  RevocationAnnounced: ['RecheckFailed'],
  PlatformRevoked: ['RevocationAnnounced'],
};

/**
 * One decision explained from the log alone: who, when (business and recorded time), why, which
 * materials, and each criterion with its article under the ruleset version of its day; then the
 * rules of that version are run again over the stream's history to show the stored evaluation
 * still follows from it. Undefined when the id names no deciding event.
 */
export async function explainDecision(store: EventStore, eventId: string, lookup: RulesetLookup = defaultRulesetLookup): Promise<DecisionExplanation | undefined> {
  const event = await store.readEvent(eventId);
  if (!event || !DECIDING_EVENTS[event.type] || !event.streamId.startsWith('platform-')) return undefined;
  const before = event.streamVersion === 1 ? [] : await store.readStream(event.streamId, { toVersion: event.streamVersion - 1 });
  const state = before.reduce<PlatformState>((s, e) => evolvePlatform(s, { type: e.type, data: e.data } as PlatformEvent), initialPlatformState);
  const data = event.data as Record<string, unknown>;
  const cycleYear = typeof data.cycleYear === 'number' ? data.cycleYear : undefined;
  const evaluation = isEvaluation(data.evaluation) ? data.evaluation : undefined;
  const rulesetRef = evaluation
    ? { id: evaluation.rulesetId, version: evaluation.rulesetVersion }
    : typeof data.rulesetId === 'string' && typeof data.rulesetVersion === 'number'
      ? { id: data.rulesetId, version: data.rulesetVersion }
      : cycleYear !== undefined
        ? await cycleRuleset(store, cycleYear, event.recordedAt)
        : undefined;
  const ruleset: Ruleset | undefined = rulesetRef ? lookup(rulesetRef.id, rulesetRef.version) : undefined;
  const overrides = overridesOf(data, state);
  const entry = timelineEntry(event);
  const metadata = event.metadata;
  const reproduction = reproduceEvaluation(state, event, lookup);
  return {
    decision: { ...entry, streamId: event.streamId },
    what: DECIDING_EVENTS[event.type]!,
    platformId: typeof metadata.platformId === 'string' ? metadata.platformId : event.streamId.slice('platform-'.length),
    ...(cycleYear !== undefined ? { cycleYear } : {}),
    actor: { id: entry.actorId, role: entry.role, ...(entry.county ? { county: entry.county } : {}) },
    reasons: strings(data.reasons ?? (data.comments ? [data.comments] : [])),
    reviewers: strings(data.reviewers ?? (data.countyEvaluation as { evaluators?: unknown } | undefined)?.evaluators),
    ...(rulesetRef ? { ruleset: { ...rulesetRef, ...(ruleset ? { title: ruleset.title } : {}), available: ruleset !== undefined } } : {}),
    criteria: (evaluation?.criteria ?? []).map((c) => {
      const override = overrides.find((o) => o.criterion === c.criterion);
      return {
        criterion: c.criterion,
        label: criterionZh(c.criterion),
        article: c.article,
        articleZh: articleZh(c.article),
        input: c.input,
        threshold: c.threshold,
        result: c.result,
        overridable: c.overridable,
        ...(override && c.result === 'fail' ? { overriddenBecause: override.reason } : {}),
      };
    }),
    failed: evaluation?.failed ?? [],
    needsJudgement: evaluation?.needsJudgement ?? [],
    materials: materialsOf(event, state, before),
    basedOn: basisOf(event, before, cycleYear),
    ...(reproduction ? { reproduction } : {}),
  };
}

async function cycleRuleset(store: EventStore, year: number, recordedAt: string): Promise<{ id: string; version: number } | undefined> {
  const events = await store.readStream(cycleStreamId(year), { asOf: recordedAt });
  const cycle = events.reduce<CycleState>((s, e) => evolveCycle(s, { type: e.type, data: e.data } as CycleEvent), initialCycleState);
  return cycle.status === 'none' ? undefined : { id: cycle.rulesetId, version: cycle.rulesetVersion };
}

function overridesOf(data: Record<string, unknown>, state: PlatformState): readonly { criterion: string; reason: string }[] {
  if (Array.isArray(data.overrides)) return data.overrides as { criterion: string; reason: string }[];
  return state.status === 'recommended' ? state.countyOverrides : [];
}

function materialsOf(event: RecordedEvent, state: PlatformState, before: readonly RecordedEvent[]): MaterialReference[] {
  const refs: MaterialReference[] = [];
  const add = (m: { code?: string; name: string; sha256: string; location: string }, code = m.code ?? 'document') =>
    refs.push({ code, label: MATERIAL_LABELS_ZH[code as keyof typeof MATERIAL_LABELS_ZH] ?? code, name: m.name, sha256: m.sha256, location: m.location });
  if ('application' in state) state.application.materials.forEach((m) => add(m));
  const data = event.data as { recommendationForm?: { name: string; sha256: string; location: string } };
  if (data.recommendationForm) add(data.recommendationForm, 'recommendation-form');
  if (event.type.startsWith('Recheck') || event.type === 'RevocationAnnounced' || event.type === 'PlatformRevoked') {
    const submitted = [...before].reverse().find((e) => e.type === 'RecheckMaterialsSubmitted');
    const materials = (submitted?.data as { materials?: { code: string; name: string; sha256: string; location: string }[] } | undefined)?.materials ?? [];
    materials.forEach((m) => add(m));
  }
  return refs;
}

function basisOf(event: RecordedEvent, before: readonly RecordedEvent[], cycleYear: number | undefined): DecisionExplanation['basedOn'] {
  const types = new Set(BASIS[event.type] ?? []);
  return before
    .filter((e) => types.has(e.type) && (cycleYear === undefined || (e.data as { cycleYear?: number }).cycleYear === cycleYear))
    .map((e) => {
      const t = timelineEntry(e);
      return { eventId: e.eventId, type: e.type, streamVersion: e.streamVersion, occurredAt: t.occurredAt, actorId: t.actorId };
    });
}

function isEvaluation(value: unknown): value is RuleEvaluation {
  const v = value as RuleEvaluation | undefined;
  return typeof v === 'object' && v !== null && typeof v.rulesetId === 'string' && typeof v.rulesetVersion === 'number' && Array.isArray(v.criteria);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export class ExplainDecision extends Query<DecisionExplanation | undefined> {
  constructor(readonly eventId: string) {
    super();
  }
}

@QueryHandler(ExplainDecision)
export class ExplainDecisionHandler implements IQueryHandler<ExplainDecision, DecisionExplanation | undefined> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}
  execute({ eventId }: ExplainDecision): Promise<DecisionExplanation | undefined> {
    return explainDecision(this.store, eventId);
  }
}
