import type { CountyEvaluation, DocumentRef, Override, PlatformEvent, RecheckMaterial, RuleEvaluation, ServiceCategory } from '@certflow/domain';
import type { ReadModelDocument } from './projection.js';

/** Shanghai calendar date, YYYY-MM-DD. */
type Day = string;

/**
 * Public registry (Art. 13), one document per platform, keyed by platform id. Created when a
 * platform first applies so that its name and operator are known; `listed` turns true at
 * certification and stays true: the registry is current and historical (certified, under
 * recheck, revocation announced, revoked).
 */
export interface RegistryEntry extends ReadModelDocument {
  readonly platformId: string;
  readonly name: string;
  readonly operator: { readonly name: string; readonly creditCode: string };
  readonly county: string;
  readonly countyName: string;
  readonly categories: readonly ServiceCategory[];
  readonly comprehensive: boolean;
  readonly listed: boolean;
  readonly status: 'applying' | 'not-certified' | 'certified' | 'under-recheck' | 'revocation-announced' | 'revoked';
  readonly certifiedIn?: number;
  readonly certifiedOn?: Day;
  readonly nextRecheckYear?: number;
  readonly lastRecheck?: { readonly cycleYear: number; readonly result: 'confirmed' | 'failed'; readonly on: Day };
  readonly revocationAnnouncedOn?: Day;
  readonly revokedOn?: Day;
  /** Years whose yearly summary is overdue and still not sent (Art. 14), where the ruleset makes it public. */
  readonly summariesOverdue?: readonly number[];
}

export const LISTED_STATUSES = ['certified', 'under-recheck', 'revocation-announced', 'revoked'] as const;

export interface ApplicationRecord {
  readonly cycleYear: number;
  readonly submittedOn: Day;
  readonly resubmittedOn?: Day;
  readonly returns: readonly { readonly on: Day; readonly reasons: readonly string[]; readonly missingMaterials: readonly string[] }[];
  readonly withdrawn?: { readonly on: Day; readonly reason: string };
  readonly ruleEvaluation: RuleEvaluation;
  readonly county?: {
    readonly decision: 'recommended' | 'not-recommended';
    readonly on: Day;
    readonly by: string;
    readonly evaluation: CountyEvaluation;
    readonly reasons: readonly string[];
    readonly recommendationForm?: DocumentRef;
    readonly ruleEvaluation: RuleEvaluation;
    /** Failed criteria the county passed on to the city with a written reason (Art. 6(3) "generally"). */
    readonly overrides: readonly Override[];
  };
  readonly city?: {
    readonly decision: 'certified' | 'rejected';
    readonly on: Day;
    readonly by: string;
    readonly reviewers: readonly string[];
    readonly reasons: readonly string[];
    readonly overrides: readonly Override[];
    readonly ruleEvaluation: RuleEvaluation;
  };
}

export interface RecheckRecord {
  readonly cycleYear: number;
  readonly openedOn: Day;
  readonly materialsDueOn: Day;
  readonly materials?: { readonly submittedOn: Day; readonly documents: readonly RecheckMaterial[] };
  readonly countyOpinion?: {
    readonly opinion: 'pass' | 'fail';
    readonly on: Day;
    readonly by: string;
    readonly evaluation: CountyEvaluation;
    readonly comments: string;
  };
  readonly cityResult?: {
    readonly result: 'confirmed' | 'failed';
    readonly on: Day;
    readonly by: string;
    readonly reviewers: readonly string[];
    readonly reasons: readonly string[];
    readonly materialsMissing: boolean;
  };
}

/** Review history (Arts. 9-15), one document per platform. */
export interface ReviewHistory extends ReadModelDocument {
  readonly platformId: string;
  readonly name: string;
  readonly county: string;
  readonly applications: readonly ApplicationRecord[];
  readonly summaries: readonly { readonly year: number; readonly submittedOn: Day; readonly summary: DocumentRef }[];
  /** Summaries recorded as overdue (Art. 14); one sent late stays here and is in `summaries` too. Absent before the first. */
  readonly overdueSummaries?: readonly { readonly year: number; readonly dueOn: Day; readonly recordedOn: Day }[];
  readonly rechecks: readonly RecheckRecord[];
  readonly revocation?: {
    readonly announcedOn: Day;
    readonly noticeEndsOn: Day;
    readonly reasons: readonly string[];
    readonly revokedOn?: Day;
  };
}

/**
 * Audit trail, one document per event (keyed by event id): who decided what, when, on which
 * inputs and rules. `county` is the county of the platform concerned (from the event metadata
 * `platformCounty`), `actorCounty` the county of a county actor.
 */
export interface AuditEntry extends ReadModelDocument {
  readonly eventId: string;
  readonly position: number;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly type: string;
  readonly platformId?: string;
  readonly cycleYear?: number;
  readonly county?: string;
  readonly actorId: string;
  readonly role: string;
  readonly actorCounty?: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly commandId?: string;
  readonly correlationId?: string;
  readonly command?: string;
  /** The event's data without the bulky parts listed separately below. */
  readonly inputs: unknown;
  readonly ruleEvaluation?: RuleEvaluation;
  readonly rulesetId?: string;
  readonly rulesetVersion?: number;
  readonly reasons?: readonly string[];
  readonly hash: string;
}

/** Per platform: its current name and the last decision of each cycle year that decided about it (Art. 13). */
export interface CycleResultsEntry extends ReadModelDocument {
  readonly platformId: string;
  /** Absent until an application is seen (a decision never comes before one in a sound log). */
  readonly name?: string;
  /** The years of `decisions`, for the index. */
  readonly years: readonly number[];
  readonly decisions: readonly { readonly year: number; readonly outcome: 'certified' | 'revoked' }[];
}

/** The decisions on an application in its cycle (Arts. 8-11), in the order the measures take them. */
export const APPLICATION_STEPS = [
  'ApplicationSubmitted',
  'ApplicationResubmitted',
  'ApplicationReturnedForCorrection',
  'ApplicationWithdrawn',
  'PlatformRecommended',
  'PlatformNotRecommended',
  'PlatformCertified',
  'ApplicationRejected',
] as const satisfies readonly PlatformEvent['type'][];

export type ApplicationStep = (typeof APPLICATION_STEPS)[number];

/** One platform's application in one cycle: the latest decision on it (Arts. 8-11). */
export interface ApplicationEntry extends ReadModelDocument {
  readonly platformId: string;
  /** The platform's county when decided ('' for a log that never named it). */
  readonly county: string;
  readonly cycleYear: number;
  readonly last: ApplicationStep;
  /** Global position of that decision. */
  readonly position: number;
}

/** A cycle's published list as the read models hold it: code-unit order of platform id. */
export interface CycleDecisions {
  readonly certified: readonly { readonly platformId: string; readonly name: string }[];
  readonly revoked: readonly { readonly platformId: string; readonly name: string }[];
}
