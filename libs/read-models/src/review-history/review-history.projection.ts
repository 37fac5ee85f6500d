import { shanghaiDate, type PlatformEvent } from '@certflow/domain';
import type { RecordedEvent } from '@certflow/event-store';
import type { ApplicationRecord, RecheckRecord, ReviewHistory } from '../documents.js';
import { putting, type Projection } from '../projection.js';

const PLATFORM_STREAM = 'platform-';

/** Every platform event: the history is the whole review file of a platform. */
const HISTORY_EVENTS = [
  'ApplicationSubmitted',
  'ApplicationReturnedForCorrection',
  'ApplicationResubmitted',
  'ApplicationWithdrawn',
  'PlatformRecommended',
  'PlatformNotRecommended',
  'PlatformCertified',
  'ApplicationRejected',
  'AnnualSummarySubmitted',
  'AnnualSummaryOverdue',
  'RecheckOpened',
  'RecheckMaterialsSubmitted',
  'RecheckOpinionGiven',
  'RecheckConfirmed',
  'RecheckFailed',
  'RevocationAnnounced',
  'PlatformRevoked',
] as const satisfies readonly PlatformEvent['type'][];

/**
 * Review history (Arts. 9-15): one document per platform with every application (returns,
 * resubmission, withdrawal, county and city decisions), yearly summary, recheck and revocation.
 *
 * Decisions where the shape was silent:
 * - an event acts on the latest application (or recheck) of its cycle year, the one the decider
 *   let it act on; a platform may apply again after a closed application, even in the same year;
 * - a resubmission sets `resubmittedOn` (the last one when there were several) and replaces the
 *   record's `ruleEvaluation` with the evaluation of the corrected application, the one the county
 *   and city then decide on (the county and city records carry their own evaluations as well);
 * - dates come from the event data when it has them (submittedOn, certifiedOn, announcedOn, ...),
 *   otherwise from the Shanghai day of `metadata.occurredAt`;
 * - a recommendation has no reasons: `county.reasons` is empty; a rejection has no overrides;
 * - `revocation.reasons` are the announcement's reasons followed by those of the revocation
 *   itself; a platform revoked twice keeps the latest revocation only (the audit trail has all);
 * - name and county follow the latest application.
 */
export const reviewHistory: Projection<ReviewHistory> = {
  name: 'review-history',
  collection: 'review_history',
  eventTypes: HISTORY_EVENTS,
  indexes: [{ county: 1 }],

  keys(event: RecordedEvent): readonly string[] {
    if (!(HISTORY_EVENTS as readonly string[]).includes(event.type)) return [];
    return event.streamId.startsWith(PLATFORM_STREAM) ? [event.streamId.slice(PLATFORM_STREAM.length)] : [];
  },

  apply: putting(evolve),
};

function evolve(document: ReviewHistory | undefined, recorded: RecordedEvent, key: string): ReviewHistory | undefined {
  const event = { type: recorded.type, data: recorded.data } as PlatformEvent;
  const lastPosition = recorded.globalPosition;
  const on = dayOf(recorded);
  const by = recorded.metadata.actorId ?? 'unknown';

  if (event.type === 'ApplicationSubmitted') {
    const { profile } = event.data.application;
    const application: ApplicationRecord = {
      cycleYear: event.data.cycleYear,
      submittedOn: event.data.submittedOn,
      returns: [],
      ruleEvaluation: event.data.evaluation,
    };
    if (!document) {
      return {
        _id: key,
        lastPosition,
        platformId: key,
        name: profile.name,
        county: profile.county,
        applications: [application],
        summaries: [],
        rechecks: [],
      };
    }
    return { ...document, lastPosition, name: profile.name, county: profile.county, applications: [...document.applications, application] };
  }
  // Every other event follows an application.
  if (!document) return undefined;
  const base: ReviewHistory = { ...document, lastPosition };

  switch (event.type) {
    case 'ApplicationReturnedForCorrection':
      return onApplication(base, event.data.cycleYear, (a) => ({
        ...a,
        returns: [...a.returns, { on, reasons: [...event.data.reasons], missingMaterials: [...event.data.missingMaterials] }],
      }));
    case 'ApplicationResubmitted':
      return {
        ...onApplication(base, event.data.cycleYear, (a) => ({ ...a, resubmittedOn: on, ruleEvaluation: event.data.evaluation })),
        name: event.data.application.profile.name,
      };
    case 'ApplicationWithdrawn':
      return onApplication(base, event.data.cycleYear, (a) => ({ ...a, withdrawn: { on, reason: event.data.reason } }));
    case 'PlatformRecommended':
      return onApplication(base, event.data.cycleYear, (a) => ({
        ...a,
        county: {
          decision: 'recommended',
          on,
          by,
          evaluation: event.data.countyEvaluation,
          reasons: [],
          recommendationForm: event.data.recommendationForm,
          ruleEvaluation: event.data.evaluation,
          overrides: [...(event.data.overrides ?? [])],
        },
      }));
    case 'PlatformNotRecommended':
      return onApplication(base, event.data.cycleYear, (a) => ({
        ...a,
        county: {
          decision: 'not-recommended',
          on,
          by,
          evaluation: event.data.countyEvaluation,
          reasons: [...event.data.reasons],
          ruleEvaluation: event.data.evaluation,
          overrides: [],
        },
      }));
    case 'PlatformCertified':
      return onApplication(base, event.data.cycleYear, (a) => ({
        ...a,
        city: {
          decision: 'certified',
          on: event.data.certifiedOn,
          by,
          reviewers: [...event.data.reviewers],
          reasons: [...event.data.reasons],
          overrides: [...event.data.overrides],
          ruleEvaluation: event.data.evaluation,
        },
      }));
    case 'ApplicationRejected':
      return onApplication(base, event.data.cycleYear, (a) => ({
        ...a,
        city: {
          decision: 'rejected',
          on,
          by,
          reviewers: [...event.data.reviewers],
          reasons: [...event.data.reasons],
          overrides: [],
          ruleEvaluation: event.data.evaluation,
        },
      }));
    case 'AnnualSummarySubmitted':
      return {
        ...base,
        summaries: [...base.summaries, { year: event.data.year, submittedOn: event.data.submittedOn, summary: event.data.summary }],
      };
    case 'AnnualSummaryOverdue':
      return {
        ...base,
        overdueSummaries: [...(base.overdueSummaries ?? []), { year: event.data.year, dueOn: event.data.dueOn, recordedOn: on }],
      };
    case 'RecheckOpened':
      return {
        ...base,
        rechecks: [...base.rechecks, { cycleYear: event.data.cycleYear, openedOn: on, materialsDueOn: event.data.materialsDueOn }],
      };
    case 'RecheckMaterialsSubmitted':
      return onRecheck(base, event.data.cycleYear, (r) => ({
        ...r,
        materials: { submittedOn: event.data.submittedOn, documents: [...event.data.materials] },
      }));
    case 'RecheckOpinionGiven':
      return onRecheck(base, event.data.cycleYear, (r) => ({
        ...r,
        countyOpinion: { opinion: event.data.opinion, on, by, evaluation: event.data.countyEvaluation, comments: event.data.comments },
      }));
    case 'RecheckConfirmed':
      return onRecheck(base, event.data.cycleYear, (r) => ({
        ...r,
        cityResult: {
          result: 'confirmed',
          on,
          by,
          reviewers: [...event.data.reviewers],
          reasons: [...event.data.reasons],
          materialsMissing: false,
        },
      }));
    case 'RecheckFailed':
      return onRecheck(base, event.data.cycleYear, (r) => ({
        ...r,
        cityResult: {
          result: 'failed',
          on,
          by,
          reviewers: [...event.data.reviewers],
          reasons: [...event.data.reasons],
          materialsMissing: event.data.materialsMissing,
        },
      }));
    case 'RevocationAnnounced':
      return {
        ...base,
        revocation: { announcedOn: event.data.announcedOn, noticeEndsOn: event.data.noticeEndsOn, reasons: [...event.data.reasons] },
      };
    case 'PlatformRevoked': {
      const announced = base.revocation ?? { announcedOn: event.data.revokedOn, noticeEndsOn: event.data.revokedOn, reasons: [] };
      const reasons = [...announced.reasons, ...event.data.reasons.filter((reason) => !announced.reasons.includes(reason))];
      return { ...base, revocation: { ...announced, reasons, revokedOn: event.data.revokedOn } };
    }
    default:
      return undefined;
  }
}

/** Changes the latest application of that cycle year (or the latest one when none matches). */
function onApplication(history: ReviewHistory, cycleYear: number, change: (a: ApplicationRecord) => ApplicationRecord): ReviewHistory {
  const index = latestIndex(history.applications, cycleYear);
  if (index < 0) return history;
  const applications: ApplicationRecord[] = [...history.applications];
  applications[index] = change(applications[index]!);
  return { ...history, applications };
}

/** Changes the latest recheck of that cycle year (or the latest one when none matches). */
function onRecheck(history: ReviewHistory, cycleYear: number, change: (r: RecheckRecord) => RecheckRecord): ReviewHistory {
  const index = latestIndex(history.rechecks, cycleYear);
  if (index < 0) return history;
  const rechecks: RecheckRecord[] = [...history.rechecks];
  rechecks[index] = change(rechecks[index]!);
  return { ...history, rechecks };
}

function latestIndex(records: readonly { readonly cycleYear: number }[], cycleYear: number): number {
  const match = records.findLastIndex((record) => record.cycleYear === cycleYear);
  return match >= 0 ? match : records.length - 1;
}

/** The Shanghai calendar day the step was taken. */
function dayOf(event: RecordedEvent): string {
  return shanghaiDate(event.metadata.occurredAt ?? event.recordedAt);
}
