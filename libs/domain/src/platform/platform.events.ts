import type { IsoDate } from '../shared/dates.js';
import type { MaterialCode } from '../ruleset/ruleset.js';
import type { RuleEvaluation } from '../ruleset/evaluate.js';
import type { ApplicationContent, DocumentRef, RecheckMaterial } from './application.js';

/** 测评 (Art. 9): the county's evaluation of operation, performance and satisfaction. */
export interface CountyEvaluation {
  readonly operation: Assessment;
  readonly performance: Assessment;
  readonly satisfaction: Assessment;
  readonly evaluators: readonly string[];
}

export interface Assessment {
  /** 0 to 100. */
  readonly score: number;
  readonly comment: string;
}

/**
 * A failed criterion set aside with a written reason, where the measures say "generally" (the
 * ruleset's `overridable`): passed on by the county when it recommends, decided by the city when
 * it certifies.
 */
export interface Override {
  readonly criterion: string;
  readonly reason: string;
}

export type PlatformEvent =
  | {
      readonly type: 'ApplicationSubmitted';
      readonly data: {
        readonly platformId: string;
        readonly cycleYear: number;
        readonly application: ApplicationContent;
        readonly evaluation: RuleEvaluation;
        readonly submittedOn: IsoDate;
      };
    }
  | {
      readonly type: 'ApplicationReturnedForCorrection';
      readonly data: { readonly cycleYear: number; readonly reasons: readonly string[]; readonly missingMaterials: readonly MaterialCode[] };
    }
  | {
      readonly type: 'ApplicationResubmitted';
      readonly data: { readonly cycleYear: number; readonly application: ApplicationContent; readonly evaluation: RuleEvaluation };
    }
  | { readonly type: 'ApplicationWithdrawn'; readonly data: { readonly cycleYear: number; readonly reason: string } }
  | {
      readonly type: 'PlatformRecommended';
      readonly data: {
        readonly cycleYear: number;
        readonly county: string;
        readonly countyEvaluation: CountyEvaluation;
        readonly recommendationForm: DocumentRef;
        readonly evaluation: RuleEvaluation;
        /**
         * The criteria the county passed on with a written reason (Art. 6(3) "generally"), for the
         * city to see. Absent in recommendations recorded before counties could do so.
         */
        readonly overrides?: readonly Override[];
      };
    }
  | {
      readonly type: 'PlatformNotRecommended';
      readonly data: {
        readonly cycleYear: number;
        readonly county: string;
        readonly countyEvaluation: CountyEvaluation;
        readonly reasons: readonly string[];
        readonly evaluation: RuleEvaluation;
      };
    }
  | {
      readonly type: 'PlatformCertified';
      readonly data: {
        readonly cycleYear: number;
        readonly title: string;
        readonly reviewers: readonly string[];
        readonly reasons: readonly string[];
        readonly overrides: readonly Override[];
        readonly evaluation: RuleEvaluation;
        readonly certifiedOn: IsoDate;
        readonly nextRecheckYear: number;
      };
    }
  | {
      readonly type: 'ApplicationRejected';
      readonly data: {
        readonly cycleYear: number;
        readonly reviewers: readonly string[];
        readonly reasons: readonly string[];
        readonly evaluation: RuleEvaluation;
      };
    }
  | {
      readonly type: 'AnnualSummarySubmitted';
      readonly data: { readonly year: number; readonly summary: DocumentRef; readonly submittedOn: IsoDate };
    }
  | {
      readonly type: 'AnnualSummaryOverdue';
      /** `public`: whether the registry shows it (the ruleset's overdueSummariesPublic). */
      readonly data: { readonly year: number; readonly dueOn: IsoDate; readonly public: boolean };
    }
  | { readonly type: 'RecheckOpened'; readonly data: { readonly cycleYear: number; readonly materialsDueOn: IsoDate; readonly certifiedIn: number } }
  | {
      readonly type: 'RecheckMaterialsSubmitted';
      readonly data: { readonly cycleYear: number; readonly materials: readonly RecheckMaterial[]; readonly submittedOn: IsoDate };
    }
  | {
      readonly type: 'RecheckOpinionGiven';
      readonly data: {
        readonly cycleYear: number;
        readonly county: string;
        readonly opinion: 'pass' | 'fail';
        readonly countyEvaluation: CountyEvaluation;
        readonly comments: string;
      };
    }
  | {
      readonly type: 'RecheckConfirmed';
      readonly data: {
        readonly cycleYear: number;
        readonly reviewers: readonly string[];
        readonly reasons: readonly string[];
        readonly nextRecheckYear: number;
      };
    }
  | {
      readonly type: 'RecheckFailed';
      readonly data: {
        readonly cycleYear: number;
        readonly reviewers: readonly string[];
        readonly reasons: readonly string[];
        readonly materialsMissing: boolean;
      };
    }
  | {
      readonly type: 'RevocationAnnounced';
      readonly data: {
        readonly cycleYear: number;
        readonly announcedOn: IsoDate;
        readonly noticeEndsOn: IsoDate;
        readonly noticeDays: number;
        readonly rulesetId: string;
        readonly rulesetVersion: number;
        readonly reasons: readonly string[];
      };
    }
  | { readonly type: 'PlatformRevoked'; readonly data: { readonly cycleYear: number; readonly revokedOn: IsoDate; readonly reasons: readonly string[] } };

export type PlatformEventType = PlatformEvent['type'];

/**
 * Every platform event type, declared once for the subscribers that follow a platform's whole life
 * (the deadline schedule, the audit trail); the record type makes the compiler catch one left out.
 */
export const PLATFORM_EVENT_TYPES: readonly PlatformEventType[] = Object.keys({
  ApplicationSubmitted: true,
  ApplicationReturnedForCorrection: true,
  ApplicationResubmitted: true,
  ApplicationWithdrawn: true,
  PlatformRecommended: true,
  PlatformNotRecommended: true,
  PlatformCertified: true,
  ApplicationRejected: true,
  AnnualSummarySubmitted: true,
  AnnualSummaryOverdue: true,
  RecheckOpened: true,
  RecheckMaterialsSubmitted: true,
  RecheckOpinionGiven: true,
  RecheckConfirmed: true,
  RecheckFailed: true,
  RevocationAnnounced: true,
  PlatformRevoked: true,
} satisfies Record<PlatformEventType, true>) as PlatformEventType[];
