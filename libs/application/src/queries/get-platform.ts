import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  cycleStreamId,
  evolveCycle,
  evolvePlatform,
  initialCycleState,
  initialPlatformState,
  platformStreamId,
  type CycleState,
  type PlatformState,
} from '@certflow/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@certflow/event-store';
import { loadAggregate } from '../aggregate.js';

export interface StreamView<S> {
  readonly state: S;
  readonly streamVersion: number;
  readonly history: readonly Pick<RecordedEvent, 'type' | 'data' | 'metadata' | 'streamVersion' | 'globalPosition' | 'recordedAt' | 'hash'>[];
}

export class GetPlatform extends Query<StreamView<PlatformState>> {
  constructor(readonly platformId: string) {
    super();
  }
}

export class GetCycle extends Query<StreamView<CycleState>> {
  constructor(readonly year: number) {
    super();
  }
}

/** Until the read models land, current state is the stream replayed. */
@QueryHandler(GetPlatform)
export class GetPlatformHandler implements IQueryHandler<GetPlatform, StreamView<PlatformState>> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}
  async execute({ platformId }: GetPlatform): Promise<StreamView<PlatformState>> {
    return view(await loadAggregate(this.store, platformStreamId(platformId), evolvePlatform, initialPlatformState));
  }
}

@QueryHandler(GetCycle)
export class GetCycleHandler implements IQueryHandler<GetCycle, StreamView<CycleState>> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}
  async execute({ year }: GetCycle): Promise<StreamView<CycleState>> {
    return view(await loadAggregate(this.store, cycleStreamId(year), evolveCycle, initialCycleState));
  }
}

function view<S>(loaded: { state: S; version: number; events: readonly RecordedEvent[] }): StreamView<S> {
  return {
    state: loaded.state,
    streamVersion: loaded.version,
    history: loaded.events.map(({ type, data, metadata, streamVersion, globalPosition, recordedAt, hash }) => ({
      type,
      data,
      metadata,
      streamVersion,
      globalPosition,
      recordedAt,
      hash,
    })),
  };
}
