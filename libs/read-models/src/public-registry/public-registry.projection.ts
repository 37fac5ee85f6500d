import { findCounty, shanghaiDate, type PlatformEvent, type PlatformProfile } from '@certflow/domain';
import type { RecordedEvent } from '@certflow/event-store';
import type { RegistryEntry } from '../documents.js';
import { putting, type Projection } from '../projection.js';

const PLATFORM_STREAM = 'platform-';

/** Events that change what the public registry shows about a platform. */
const REGISTRY_EVENTS = [
  'ApplicationSubmitted',
  'ApplicationResubmitted',
  'ApplicationWithdrawn',
  'PlatformNotRecommended',
  'ApplicationRejected',
  'PlatformCertified',
  'AnnualSummarySubmitted',
  'AnnualSummaryOverdue',
  'RecheckOpened',
  'RecheckConfirmed',
  'RecheckFailed',
  'RevocationAnnounced',
  'PlatformRevoked',
] as const satisfies readonly PlatformEvent['type'][];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The public registry (Art. 13): one entry per platform that ever applied, listed once certified.
 *
 * Decisions where the shape was silent:
 * - an entry is listed for good once certified: a later application by a revoked platform, and
 *   its rejection or withdrawal, leave status, dates and `listed` as they were (the public record
 *   of the certification and its revocation stays); only a new certification replaces them;
 * - every application (and resubmission) refreshes the profile (name, operator, county,
 *   categories), since certification events carry no profile of their own;
 * - a new certification starts a fresh term: the previous term's recheck, announcement and
 *   revocation dates are dropped from the entry (the review history and audit trail keep them);
 * - a failed recheck records `lastRecheck.result = 'failed'` and leaves the status
 *   `under-recheck` until the revocation is announced;
 * - a revoked platform has no `nextRecheckYear`;
 * - `summariesOverdue` lists the years whose summary is overdue (Art. 14) and not sent since,
 *   only when the overdue event says the ruleset makes it public; a new certification clears it.
 */
export const publicRegistry: Projection<RegistryEntry> = {
  name: 'public-registry',
  collection: 'registry',
  eventTypes: REGISTRY_EVENTS,
  indexes: [{ county: 1, status: 1 }, { categories: 1 }, { certifiedIn: 1 }, { listed: 1, name: 1 }],

  keys(event: RecordedEvent): readonly string[] {
    if (!(REGISTRY_EVENTS as readonly string[]).includes(event.type)) return [];
    const platformId = platformIdOf(event);
    return platformId ? [platformId] : [];
  },

  apply: putting(evolve),
};

function evolve(document: RegistryEntry | undefined, recorded: RecordedEvent, key: string): RegistryEntry | undefined {
  const event = { type: recorded.type, data: recorded.data } as PlatformEvent;
  const lastPosition = recorded.globalPosition;
  if (event.type === 'ApplicationSubmitted') {
    const profile = profileFields(event.data.application.profile);
    if (!document) return { _id: key, lastPosition, platformId: key, ...profile, listed: false, status: 'applying' };
    // A re-application: a platform on the list keeps its public record while it applies again.
    return { ...document, lastPosition, ...profile, status: document.listed ? document.status : 'applying' };
  }
  // Every other event follows an application; without one there is nothing to show.
  if (!document) return undefined;
  const base = { ...document, lastPosition };
  switch (event.type) {
    case 'ApplicationResubmitted':
      return { ...base, ...profileFields(event.data.application.profile) };
    case 'ApplicationWithdrawn':
    case 'PlatformNotRecommended':
    case 'ApplicationRejected':
      return document.listed ? base : { ...base, status: 'not-certified' };
    case 'PlatformCertified': {
      const entry: Mutable<RegistryEntry> = { ...base };
      delete entry.lastRecheck;
      delete entry.revocationAnnouncedOn;
      delete entry.revokedOn;
      delete entry.summariesOverdue;
      return {
        ...entry,
        listed: true,
        status: 'certified',
        certifiedIn: event.data.cycleYear,
        certifiedOn: event.data.certifiedOn,
        nextRecheckYear: event.data.nextRecheckYear,
      };
    }
    case 'AnnualSummaryOverdue':
      // Art. 14: public only where the ruleset the decision ran under says so.
      if (!event.data.public || base.summariesOverdue?.includes(event.data.year)) return base;
      return { ...base, summariesOverdue: [...(base.summariesOverdue ?? []), event.data.year].sort((a, b) => a - b) };
    case 'AnnualSummarySubmitted': {
      // A summary sent late settles its year.
      if (!base.summariesOverdue?.includes(event.data.year)) return base;
      const entry: Mutable<RegistryEntry> = { ...base, summariesOverdue: base.summariesOverdue.filter((year) => year !== event.data.year) };
      if (entry.summariesOverdue!.length === 0) delete entry.summariesOverdue;
      return entry;
    }
    case 'RecheckOpened':
      return { ...base, status: 'under-recheck' };
    case 'RecheckConfirmed':
      return {
        ...base,
        status: 'certified',
        nextRecheckYear: event.data.nextRecheckYear,
        lastRecheck: { cycleYear: event.data.cycleYear, result: 'confirmed', on: dayOf(recorded) },
      };
    case 'RecheckFailed':
      return { ...base, lastRecheck: { cycleYear: event.data.cycleYear, result: 'failed', on: dayOf(recorded) } };
    case 'RevocationAnnounced':
      return { ...base, status: 'revocation-announced', revocationAnnouncedOn: event.data.announcedOn };
    case 'PlatformRevoked': {
      const entry: Mutable<RegistryEntry> = { ...base, status: 'revoked', revokedOn: event.data.revokedOn };
      delete entry.nextRecheckYear;
      return entry;
    }
    default:
      return undefined;
  }
}

function profileFields(profile: PlatformProfile) {
  return {
    name: profile.name,
    operator: { name: profile.operator.name, creditCode: profile.operator.creditCode },
    county: profile.county,
    countyName: findCounty(profile.county)?.name ?? profile.county,
    categories: [...profile.categories],
    comprehensive: profile.comprehensive,
  };
}

function platformIdOf(event: RecordedEvent): string | undefined {
  return event.streamId.startsWith(PLATFORM_STREAM) ? event.streamId.slice(PLATFORM_STREAM.length) : undefined;
}

/** The Shanghai calendar day the decision was taken. */
function dayOf(event: RecordedEvent): string {
  return shanghaiDate(event.metadata.occurredAt ?? event.recordedAt);
}
