import type { MaterialCode } from '../ruleset/ruleset.js';
import type { ApplicationContent, DocumentRef, RecheckMaterial } from './application.js';
import type { CountyEvaluation, Override } from './platform.events.js';

export type PlatformCommand =
  | { readonly type: 'SubmitApplication'; readonly data: { readonly cycleYear: number; readonly application: ApplicationContent } }
  | {
      readonly type: 'ReturnForCorrection';
      readonly data: { readonly reasons: readonly string[]; readonly missingMaterials: readonly MaterialCode[] };
    }
  | { readonly type: 'ResubmitApplication'; readonly data: { readonly application: ApplicationContent } }
  | { readonly type: 'WithdrawApplication'; readonly data: { readonly reason: string } }
  | {
      readonly type: 'RecommendPlatform';
      readonly data: {
        readonly countyEvaluation: CountyEvaluation;
        readonly recommendationForm: DocumentRef;
        /** One per failed overridable criterion, with the county's reason; none when every criterion passes. */
        readonly overrides?: readonly Override[];
      };
    }
  | {
      readonly type: 'DeclineToRecommend';
      readonly data: { readonly countyEvaluation: CountyEvaluation; readonly reasons: readonly string[] };
    }
  | {
      readonly type: 'CertifyPlatform';
      readonly data: { readonly reviewers: readonly string[]; readonly reasons: readonly string[]; readonly overrides: readonly Override[] };
    }
  | { readonly type: 'RejectApplication'; readonly data: { readonly reviewers: readonly string[]; readonly reasons: readonly string[] } }
  | { readonly type: 'SubmitAnnualSummary'; readonly data: { readonly year: number; readonly summary: DocumentRef } }
  | { readonly type: 'RecordSummaryOverdue'; readonly data: { readonly year: number } }
  | { readonly type: 'OpenRecheck'; readonly data: { readonly cycleYear: number } }
  | { readonly type: 'SubmitRecheckMaterials'; readonly data: { readonly materials: readonly RecheckMaterial[] } }
  | {
      readonly type: 'GiveRecheckOpinion';
      readonly data: { readonly opinion: 'pass' | 'fail'; readonly countyEvaluation: CountyEvaluation; readonly comments: string };
    }
  | { readonly type: 'ConfirmRecheck'; readonly data: { readonly reviewers: readonly string[]; readonly reasons: readonly string[] } }
  | { readonly type: 'FailRecheck'; readonly data: { readonly reviewers: readonly string[]; readonly reasons: readonly string[] } }
  | { readonly type: 'AnnounceRevocation'; readonly data: { readonly reasons: readonly string[] } }
  | { readonly type: 'RevokeCertification'; readonly data: { readonly reasons: readonly string[] } };

export type PlatformCommandType = PlatformCommand['type'];

/**
 * The cycle a command belongs to: submissions name it; everything else acts in the cycle of
 * the platform's current application or recheck, or (OpenRecheck) the one it names.
 */
export function commandCycleYear(command: PlatformCommand): number | undefined {
  switch (command.type) {
    case 'SubmitApplication':
    case 'OpenRecheck':
      return command.data.cycleYear;
    default:
      return undefined;
  }
}
