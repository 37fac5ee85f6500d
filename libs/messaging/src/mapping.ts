import { findCounty, shanghaiDate, type CycleEvent, type PlatformEvent, type PlatformProfile } from '@certflow/domain';
import type { RecordedEvent } from '@certflow/event-store';
import {
  DATA_CONTENT_TYPE,
  EVENT_SOURCE,
  dataSchemaOf,
  type IntegrationEvent,
  type IntegrationEventData,
  type IntegrationEventType,
  type PublicPlatform,
} from './contract.js';

export const PLATFORM_STREAM_PREFIX = 'platform-';

/** The domain events that have a public counterpart; every other type stays inside. */
export const MAPPED_DOMAIN_TYPES = {
  PlatformCertified: 'platform.certified',
  RecheckConfirmed: 'platform.recheck-confirmed',
  RecheckFailed: 'platform.recheck-failed',
  RevocationAnnounced: 'platform.revocation-announced',
  PlatformRevoked: 'platform.revoked',
  ResultsPublished: 'cycle.results-published',
} as const satisfies Partial<Record<PlatformEvent['type'] | CycleEvent['type'], IntegrationEventType>>;

/** Domain events that carry the platform's public profile (the rest refer to it). */
export const PROFILE_EVENT_TYPES: readonly string[] = ['ApplicationSubmitted', 'ApplicationResubmitted'];

export function isMapped(type: string): type is keyof typeof MAPPED_DOMAIN_TYPES {
  return Object.hasOwn(MAPPED_DOMAIN_TYPES, type);
}

export function platformIdOf(streamId: string): string | undefined {
  return streamId.startsWith(PLATFORM_STREAM_PREFIX) ? streamId.slice(PLATFORM_STREAM_PREFIX.length) : undefined;
}

/** The profile an application or resubmission carries, as far as Art. 13 publishes it. */
export function publicPlatformOf(platformId: string, event: RecordedEvent): PublicPlatform | undefined {
  if (!PROFILE_EVENT_TYPES.includes(event.type)) return undefined;
  const profile = (event.data as { application: { profile: PlatformProfile } }).application.profile;
  return {
    id: platformId,
    name: profile.name,
    operator: { name: profile.operator.name, creditCode: profile.operator.creditCode },
    county: { code: profile.county, name: findCounty(profile.county)?.name ?? profile.county },
    categories: [...profile.categories],
    comprehensive: profile.comprehensive,
  };
}

export class MissingPlatformProfile extends Error {
  override readonly name = 'MissingPlatformProfile';
  constructor(readonly event: RecordedEvent) {
    super(`${event.type} ${event.eventId} in ${event.streamId} follows no application: its public profile is unknown`);
  }
}

/**
 * The public counterpart of a recorded domain event, or undefined when it has none. `platform` is
 * the platform's public profile as its stream stood at the event (see PlatformDirectory); cycle
 * events need none.
 */
export function toIntegrationEvent(event: RecordedEvent, platform: PublicPlatform | undefined): IntegrationEvent | undefined {
  if (!isMapped(event.type)) return undefined;
  const occurredAt = event.metadata.occurredAt ?? event.recordedAt;
  const day = shanghaiDate(occurredAt);
  const envelope = <T extends IntegrationEventType>(type: T, subject: string, data: IntegrationEventData[T]): IntegrationEvent<T> => ({
    specversion: '1.0',
    id: event.eventId,
    source: EVENT_SOURCE,
    type,
    subject,
    time: new Date(occurredAt).toISOString(),
    datacontenttype: DATA_CONTENT_TYPE,
    dataschema: dataSchemaOf(type),
    data,
  });
  if (event.type === 'ResultsPublished') {
    const data = event.data as Extract<CycleEvent, { type: 'ResultsPublished' }>['data'];
    return envelope('cycle.results-published', `cycle-${data.year}`, {
      cycleYear: data.year,
      publishedOn: data.publishedOn,
      article: '13',
      certified: data.certified.map(({ platformId, name }) => ({ platformId, name })),
      revoked: data.revoked.map(({ platformId, name }) => ({ platformId, name })),
    });
  }
  if (!platform) throw new MissingPlatformProfile(event);
  const domain = { type: event.type, data: event.data } as PlatformEvent;
  switch (domain.type) {
    case 'PlatformCertified':
      return envelope('platform.certified', platform.id, {
        platform,
        cycleYear: domain.data.cycleYear,
        article: '11',
        title: domain.data.title,
        certifiedOn: domain.data.certifiedOn,
        nextRecheckYear: domain.data.nextRecheckYear,
      });
    case 'RecheckConfirmed':
      return envelope('platform.recheck-confirmed', platform.id, {
        platform,
        cycleYear: domain.data.cycleYear,
        article: '15',
        confirmedOn: day,
        nextRecheckYear: domain.data.nextRecheckYear,
      });
    case 'RecheckFailed':
      return envelope('platform.recheck-failed', platform.id, {
        platform,
        cycleYear: domain.data.cycleYear,
        article: '15',
        failedOn: day,
        reasons: [...domain.data.reasons],
        materialsMissing: domain.data.materialsMissing,
      });
    case 'RevocationAnnounced':
      return envelope('platform.revocation-announced', platform.id, {
        platform,
        cycleYear: domain.data.cycleYear,
        article: '15',
        announcedOn: domain.data.announcedOn,
        noticeEndsOn: domain.data.noticeEndsOn,
        noticeDays: domain.data.noticeDays,
        reasons: [...domain.data.reasons],
      });
    case 'PlatformRevoked':
      return envelope('platform.revoked', platform.id, {
        platform,
        cycleYear: domain.data.cycleYear,
        article: '15',
        revokedOn: domain.data.revokedOn,
        reasons: [...domain.data.reasons],
      });
    default:
      return undefined;
  }
}
