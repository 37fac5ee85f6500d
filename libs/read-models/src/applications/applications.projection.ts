import type { RecordedEvent } from '@certflow/event-store';
import { APPLICATION_STEPS, type ApplicationEntry, type ApplicationStep } from '../documents.js';
import { putting, type Projection } from '../projection.js';

const PLATFORM_STREAM = 'platform-';

/**
 * Where each application of a cycle stands, for the bureaus' work queues: one document per
 * platform and cycle year with the latest decision on it and that decision's log position.
 * The queue of a cycle of 20,000 platforms is then one read, where folding the audit trail
 * took a page per 200 entries of each of eight event types.
 */
export const applications: Projection<ApplicationEntry> = {
  name: 'applications',
  collection: 'applications',
  eventTypes: APPLICATION_STEPS,
  indexes: [{ cycleYear: 1, county: 1, position: 1 }],

  keys(event: RecordedEvent): readonly string[] {
    const year = cycleYearOf(event);
    if (year === undefined || !(APPLICATION_STEPS as readonly string[]).includes(event.type) || !event.streamId.startsWith(PLATFORM_STREAM)) return [];
    return [applicationKey(year, event.streamId.slice(PLATFORM_STREAM.length))];
  },

  apply: putting(evolve),
};

/** A cycle year first so that one cycle's documents sort together wherever keys are ordered. */
export function applicationKey(cycleYear: number, platformId: string): string {
  return `${cycleYear}:${platformId}`;
}

function evolve(document: ApplicationEntry | undefined, event: RecordedEvent, key: string): ApplicationEntry | undefined {
  const cycleYear = cycleYearOf(event)!;
  const county = typeof event.metadata.platformCounty === 'string' ? event.metadata.platformCounty : document?.county ?? '';
  return {
    _id: key,
    lastPosition: event.globalPosition,
    platformId: event.streamId.slice(PLATFORM_STREAM.length),
    county,
    cycleYear,
    last: event.type as ApplicationStep,
    position: event.globalPosition,
  };
}

function cycleYearOf(event: RecordedEvent): number | undefined {
  const data = event.data as { cycleYear?: unknown } | null;
  return typeof data?.cycleYear === 'number' ? data.cycleYear : undefined;
}
