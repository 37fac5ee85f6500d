import { CertflowError } from '@certflow/errors';
import { findCounty, REMINDER_SENT, resultsListSha256, REMINDER_STREAM, shanghaiDate, type CycleEvent, type DeadlineReminder, type PlatformEvent, type PlatformProfile } from '@certflow/domain';
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
  ResultsPagePublished: 'cycle.results-page',
  CycleResultsPublished: 'cycle.results-published',
  RecheckOpened: 'platform.recheck-opened',
  AnnualSummaryOverdue: 'platform.summary-overdue',
  DeadlineReminderSent: 'deadline.reminder',
} as const satisfies Partial<Record<PlatformEvent['type'] | CycleEvent['type'] | typeof REMINDER_SENT, IntegrationEventType>>;

/** Domain events that carry the platform's public profile (the rest refer to it). */
export const PROFILE_EVENT_TYPES: readonly string[] = ['ApplicationSubmitted', 'ApplicationResubmitted'];

function listed(list: readonly { readonly platformId: string; readonly name: string }[]) {
  return list.map(({ platformId, name }) => ({ platformId, name }));
}

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

export class MissingPlatformProfile extends CertflowError {
  constructor(readonly event: RecordedEvent) {
    const where = `${event.type} ${event.eventId} in ${event.streamId}`;
    super('messaging.platform-profile-missing', {
      zh: `${where} 之前没有申报，无法确定平台的公开信息`,
      en: `${where} follows no application: its public profile is unknown`,
    });
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
      certifiedCount: data.certified.length,
      revokedCount: data.revoked.length,
      pages: 0,
      listSha256: resultsListSha256(data.year, data.certified, data.revoked),
      certified: listed(data.certified),
      revoked: listed(data.revoked),
    });
  }
  if (event.type === 'CycleResultsPublished') {
    const data = event.data as Extract<CycleEvent, { type: 'CycleResultsPublished' }>['data'];
    return envelope('cycle.results-published', `cycle-${data.year}`, {
      cycleYear: data.year,
      publishedOn: data.publishedOn,
      article: '13',
      certifiedCount: data.certifiedCount,
      revokedCount: data.revokedCount,
      pages: data.pages,
      listSha256: data.listSha256,
    });
  }
  if (event.type === 'ResultsPagePublished') {
    const data = event.data as Extract<CycleEvent, { type: 'ResultsPagePublished' }>['data'];
    return envelope('cycle.results-page', `cycle-${data.year}`, {
      cycleYear: data.year,
      page: data.page,
      article: '13',
      certified: listed(data.certified),
      revoked: listed(data.revoked),
    });
  }
  if (event.type === REMINDER_SENT) {
    // Only the scheduler's own stream: a reminder is a fact certflow states, not one a client can append elsewhere.
    if (event.streamId !== REMINDER_STREAM) return undefined;
    const data = event.data as DeadlineReminder;
    return envelope('deadline.reminder', data.platformId ?? `cycle-${data.year}`, {
      rule: data.rule,
      article: data.article,
      deadline: data.deadline,
      cycleYear: data.year,
      ...(data.platformId !== undefined ? { platformId: data.platformId } : {}),
      ...(data.county !== undefined ? { county: data.county } : {}),
      what: { zh: data.what.zh, en: data.what.en },
    });
  }
  // A ruleset may keep overdue summaries out of public view (Art. 13 publishes decisions, not reminders).
  if (event.type === 'AnnualSummaryOverdue' && (event.data as { public: boolean }).public !== true) return undefined;
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
    case 'RecheckOpened':
      return envelope('platform.recheck-opened', platform.id, {
        platform,
        cycleYear: domain.data.cycleYear,
        article: '15',
        materialsDueOn: domain.data.materialsDueOn,
        certifiedIn: domain.data.certifiedIn,
      });
    case 'AnnualSummaryOverdue':
      return envelope('platform.summary-overdue', platform.id, {
        platform,
        cycleYear: domain.data.year,
        article: '14',
        summaryYear: domain.data.year,
        dueOn: domain.data.dueOn,
      });
    default:
      return undefined;
  }
}
