import { LRUCache } from 'lru-cache';
import type { EventStore, RecordedEvent } from '@certflow/event-store';
import { CloudEvent } from 'cloudevents';
import type { IntegrationEvent, PublicPlatform } from './contract.js';
import { isMapped, platformIdOf, publicPlatformOf, toIntegrationEvent } from './mapping.js';

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

  constructor(
    private readonly store: Pick<EventStore, 'readStream'>,
    options: { readonly cacheSize?: number } = {},
  ) {
    this.known = new LRUCache({ max: options.cacheSize ?? 10_000 });
  }

  /** The batch's public events, in log order; every one has passed CloudEvents validation. */
  async map(events: readonly RecordedEvent[]): Promise<IntegrationEvent[]> {
    const out: IntegrationEvent[] = [];
    for (const event of events) {
      const platformId = platformIdOf(event.streamId);
      let platform: PublicPlatform | undefined;
      if (platformId !== undefined) platform = await this.follow(platformId, event);
      const mapped = toIntegrationEvent(event, platform);
      if (mapped) out.push(validated(mapped));
    }
    return out;
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
