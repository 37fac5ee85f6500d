import { PLATFORM_EVENT_TYPES, type CycleEvent, type RuleEvaluation } from '@certflow/domain';
import type { RecordedEvent } from '@certflow/event-store';
import type { AuditEntry } from '../documents.js';
import type { DocumentChange, Projection } from '../projection.js';

const PLATFORM_STREAM = 'platform-';

/**
 * With the platform events, every event type of the domain, and the moves of a training server's business clock (stream
 * `simulation-clock`): an auditor must see that business time was simulated, when and by whom.
 * The record type makes the compiler catch a new domain event left out.
 */
const AUDITED_BESIDE_PLATFORMS = Object.keys({
  CycleOpened: true,
  ApplicationWindowClosed: true,
  ReviewClosed: true,
  ResultsPublished: true,
  ResultsPagePublished: true,
  CycleResultsPublished: true,
  BusinessClockMoved: true,
} satisfies Record<CycleEvent['type'] | 'BusinessClockMoved', true>);

/**
 * Audit trail: one immutable entry per event (platform and cycle streams), keyed by event id.
 *
 * Decisions where the shape was silent:
 * - `inputs` is the event data without `evaluation` (that one is `ruleEvaluation`); reasons,
 *   reviewers and everything else stay in `inputs` too, so the entry shows the data as decided;
 * - `reasons`: `data.reasons`, or the single `data.reason` of a withdrawal as a one-item list;
 * - `rulesetId`/`rulesetVersion`: from the rule evaluation, else from the data (CycleOpened,
 *   RevocationAnnounced); absent for events that name no ruleset;
 * - `platformId`: metadata `platformId`, else the platform stream's id; `county`: metadata
 *   `platformCounty` (absent on cycle events); `actorCounty`: metadata `county` (county actors);
 * - `cycleYear`: `data.cycleYear`, else `data.year` (cycle events; for AnnualSummarySubmitted the
 *   year summarised); `occurredAt` falls back to `recordedAt`, actor and role to 'unknown';
 * - an entry, once written, never changes: `apply` on an existing entry does nothing.
 */
export const auditTrail: Projection<AuditEntry> = {
  name: 'audit-trail',
  collection: 'audit_trail',
  eventTypes: [...PLATFORM_EVENT_TYPES, ...AUDITED_BESIDE_PLATFORMS],
  indexes: [{ platformId: 1, position: 1 }, { actorId: 1 }, { county: 1 }, { type: 1 }, { occurredAt: 1 }, { recordedAt: 1 }],
  // Keyed by event id: no other event writes an entry's key.
  writesOnce: true,

  /** Every event, even of a type added later than this list: the trail leaves nothing out. */
  keys(event: RecordedEvent): readonly string[] {
    return [event.eventId];
  },

  apply(document: AuditEntry | undefined, event: RecordedEvent, key: string): DocumentChange<AuditEntry> | undefined {
    if (document) return undefined;
    return { put: auditEntry(event, key) };
  },
};

function auditEntry(event: RecordedEvent, key: string): AuditEntry {
  const { metadata } = event;
  const data = isRecord(event.data) ? event.data : {};
  const { evaluation, ...inputs } = data;
  const ruleEvaluation = isRuleEvaluation(evaluation) ? evaluation : undefined;
  const platformId = text(metadata.platformId) ?? (event.streamId.startsWith(PLATFORM_STREAM) ? event.streamId.slice(PLATFORM_STREAM.length) : undefined);
  const cycleYear = number(data.cycleYear) ?? number(data.year);
  const rulesetId = ruleEvaluation?.rulesetId ?? text(data.rulesetId);
  const rulesetVersion = ruleEvaluation?.rulesetVersion ?? number(data.rulesetVersion);
  const reasons = Array.isArray(data.reasons) ? data.reasons.filter((r): r is string => typeof r === 'string') : text(data.reason) ? [data.reason as string] : undefined;
  const county = text(metadata.platformCounty);
  const actorCounty = text(metadata.county);
  const commandId = text(metadata.commandId);
  const correlationId = text(metadata.correlationId);
  const command = text(metadata.command);
  return {
    _id: key,
    lastPosition: event.globalPosition,
    eventId: event.eventId,
    position: event.globalPosition,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    type: event.type,
    ...(platformId !== undefined ? { platformId } : {}),
    ...(cycleYear !== undefined ? { cycleYear } : {}),
    ...(county !== undefined ? { county } : {}),
    actorId: text(metadata.actorId) ?? 'unknown',
    role: text(metadata.role) ?? 'unknown',
    ...(actorCounty !== undefined ? { actorCounty } : {}),
    occurredAt: text(metadata.occurredAt) ?? event.recordedAt,
    recordedAt: event.recordedAt,
    ...(commandId !== undefined ? { commandId } : {}),
    ...(correlationId !== undefined ? { correlationId } : {}),
    ...(command !== undefined ? { command } : {}),
    inputs: isRecord(event.data) ? inputs : event.data,
    ...(ruleEvaluation ? { ruleEvaluation } : {}),
    ...(rulesetId !== undefined ? { rulesetId } : {}),
    ...(rulesetVersion !== undefined ? { rulesetVersion } : {}),
    ...(reasons ? { reasons } : {}),
    hash: event.hash,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRuleEvaluation(value: unknown): value is RuleEvaluation {
  return isRecord(value) && typeof value.rulesetId === 'string' && typeof value.rulesetVersion === 'number';
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function number(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
