import { LRUCache } from 'lru-cache';
import type { CycleEvent } from '@certflow/domain';
import type { EventStore, RecordedEvent } from '@certflow/event-store';
import { CloudEvent } from 'cloudevents';
import { dataSchemaOf, V1_EVENT_TYPES, type ContractVersion, type IntegrationEvent, type PublicPlatform, type ResultsPublishedData, type ResultsPublishedV1Data } from './contract.js';
import { isMapped, platformIdOf, publicPlatformOf, toIntegrationEvent } from './mapping.js';

type PageData = Extract<CycleEvent, { type: 'ResultsPagePublished' }>['data'];

interface Known {
  readonly version: number;
  readonly platform: PublicPlatform | undefined;
}

/**
 * Maps the log, in order, to the public contract. Certification events refer to a profile sent
 * earlier in the platform's stream, so the mapper remembers each platform's latest profile as the
 * events pass; a platform it does not remember (a start from a checkpoint, an evicted entry) is
 * read back from its stream up to the event, so the result never depends on where a run started.
 */
export class IntegrationMapper {
  private readonly known: LRUCache<string, Known>;
  /** Which contract the events are shaped for; default 1, the shape of the `*.v1` topic. */
  readonly contract: ContractVersion;

  constructor(
    private readonly store: Pick<EventStore, 'readStream'>,
    options: { readonly cacheSize?: number; readonly contract?: ContractVersion } = {},
  ) {
    this.known = new LRUCache({ max: options.cacheSize ?? 10_000 });
    this.contract = options.contract ?? 1;
  }

  /** The batch's public events, in log order; every one has passed CloudEvents validation. */
  async map(events: readonly RecordedEvent[]): Promise<IntegrationEvent[]> {
    const out: IntegrationEvent[] = [];
    for (const event of events) {
      const platformId = platformIdOf(event.streamId);
      let platform: PublicPlatform | undefined;
      if (platformId !== undefined) platform = await this.follow(platformId, event);
      const mapped = toIntegrationEvent(event, platform);
      if (!mapped) continue;
      const shaped = this.contract === 1 ? await this.asV1(mapped, event) : mapped;
      if (shaped) out.push(validated(shaped));
    }
    return out;
  }

  /**
   * The event as contract v1 had it: v2's new types stay off, and a paged cycle's results carry
   * the whole lists again, put together from the cycle's pages before it (a cycle's list is a few
   * hundred platforms, well inside a Kafka message).
   */
  private async asV1(event: IntegrationEvent, recorded: RecordedEvent): Promise<IntegrationEvent | undefined> {
    if (!V1_EVENT_TYPES.includes(event.type)) return undefined;
    const v1 = { ...event, dataschema: dataSchemaOf(event.type, 1) };
    if (event.type !== 'cycle.results-published') return v1;
    const data = event.data as ResultsPublishedData;
    let certified = data.certified ?? [];
    let revoked = data.revoked ?? [];
    if (data.pages > 0) {
      // The pages since the cycle's previous publication, if it had one: they make this one's list.
      let pages: PageData[] = [];
      for (const earlier of await this.store.readStream(recorded.streamId, { toVersion: recorded.streamVersion - 1 })) {
        if (earlier.type === 'CycleResultsPublished' || earlier.type === 'ResultsPublished') pages = [];
        if (earlier.type === 'ResultsPagePublished') pages.push(earlier.data as PageData);
      }
      certified = pages.flatMap((page) => page.certified.map(({ platformId, name }) => ({ platformId, name })));
      revoked = pages.flatMap((page) => page.revoked.map(({ platformId, name }) => ({ platformId, name })));
    }
    const old: ResultsPublishedV1Data = { cycleYear: data.cycleYear, publishedOn: data.publishedOn, article: data.article, certified, revoked };
    return { ...v1, data: old };
  }

  private async follow(platformId: string, event: RecordedEvent): Promise<PublicPlatform | undefined> {
    const known = this.known.get(event.streamId);
    let platform: PublicPlatform | undefined;
    if (known && known.version === event.streamVersion - 1) {
      platform = publicPlatformOf(platformId, event) ?? known.platform;
    } else if (!isMapped(event.type) && !publicPlatformOf(platformId, event)) {
      // Nothing to publish and nothing learnt: reading the stream back can wait for an event that needs it.
      this.known.delete(event.streamId);
      return undefined;
    } else {
      platform = publicPlatformOf(platformId, event) ?? (await this.readBack(platformId, event));
    }
    this.known.set(event.streamId, { version: event.streamVersion, platform });
    return platform;
  }

  private async readBack(platformId: string, event: RecordedEvent): Promise<PublicPlatform | undefined> {
    const earlier = await this.store.readStream(event.streamId, { toVersion: event.streamVersion - 1 });
    let platform: PublicPlatform | undefined;
    for (const previous of earlier) platform = publicPlatformOf(platformId, previous) ?? platform;
    return platform;
  }
}

/** The `cloudevents` package checks the envelope against the CloudEvents 1.0 spec. */
function validated(event: IntegrationEvent): IntegrationEvent {
  new CloudEvent({ ...event }, true);
  return event;
}
