import type { PlatformEvent } from '@certflow/domain';
import type { RecordedEvent } from '@certflow/event-store';
import type { CycleResultsEntry } from '../documents.js';
import { putting, type Projection } from '../projection.js';

const PLATFORM_STREAM = 'platform-';

const EVENTS = ['ApplicationSubmitted', 'ApplicationResubmitted', 'PlatformCertified', 'RecheckConfirmed', 'PlatformRevoked'] as const satisfies readonly PlatformEvent['type'][];

/**
 * What each cycle decided about each platform (Art. 13), for PublishResults: one document per
 * platform with its current name and, per cycle year, the last of its certifications, confirmed
 * rechecks (both 'certified') and revocations ('revoked') in that year. Publishing reads one
 * year's decisions here instead of scanning the log and loading every platform's stream.
 */
export const cycleResults: Projection<CycleResultsEntry> = {
  name: 'cycle-results',
  collection: 'cycle_results',
  eventTypes: EVENTS,
  indexes: [{ years: 1 }],

  keys(event: RecordedEvent): readonly string[] {
    if (!(EVENTS as readonly string[]).includes(event.type) || !event.streamId.startsWith(PLATFORM_STREAM)) return [];
    return [event.streamId.slice(PLATFORM_STREAM.length)];
  },

  apply: putting(evolve),
};

function evolve(document: CycleResultsEntry | undefined, recorded: RecordedEvent, key: string): CycleResultsEntry | undefined {
  const event = { type: recorded.type, data: recorded.data } as PlatformEvent;
  const lastPosition = recorded.globalPosition;
  const base: CycleResultsEntry = document ? { ...document, lastPosition } : { _id: key, lastPosition, platformId: key, years: [], decisions: [] };
  switch (event.type) {
    case 'ApplicationSubmitted':
    case 'ApplicationResubmitted':
      return { ...base, name: event.data.application.profile.name };
    case 'PlatformCertified':
    case 'RecheckConfirmed':
    case 'PlatformRevoked': {
      const year = event.data.cycleYear;
      const outcome = event.type === 'PlatformRevoked' ? 'revoked' : 'certified';
      const decisions = [...base.decisions.filter((decision) => decision.year !== year), { year, outcome } as const].sort((a, b) => a.year - b.year);
      return { ...base, years: decisions.map((decision) => decision.year), decisions };
    }
    default:
      return undefined;
  }
}
