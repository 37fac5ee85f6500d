import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  evolveCycle,
  evolvePlatform,
  initialCycleState,
  initialPlatformState,
  type CycleEvent,
  type PlatformEvent,
} from '@certflow/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@certflow/event-store';

/** Where to stop: a recorded instant (inclusive) or a stream version; neither means now. */
export type ReplayPoint = { readonly asOf: string } | { readonly version: number } | Record<string, never>;

export type StreamKind = 'platform' | 'cycle' | 'clock' | 'other';

/**
 * One event of a replayed stream. Business time (`occurredAt`, when it happened for the
 * measures, possibly on a simulated clock) and recorded time (`recordedAt`, when the store wrote
 * it, always real) are separate fields, never one "time".
 */
export interface TimelineEntry {
  readonly eventId: string;
  readonly type: string;
  readonly streamVersion: number;
  readonly globalPosition: number;
  readonly occurredAt: string;
  readonly businessTimeSimulated: boolean;
  readonly recordedAt: string;
  readonly actorId: string;
  readonly role: string;
  readonly county?: string;
  readonly command?: string;
  readonly commandId?: string;
  readonly data: unknown;
  readonly hash: string;
}

export interface StreamReplay {
  readonly streamId: string;
  readonly kind: StreamKind;
  readonly asOf?: string;
  readonly version?: number;
  /** The version the replay reached: 0 when nothing of the stream had been recorded by then. */
  readonly streamVersion: number;
  /** The stream's version today, so a reader sees how much came after the replayed point. */
  readonly currentVersion: number;
  readonly state: unknown;
  readonly events: readonly TimelineEntry[];
}

export const CLOCK_STREAM_ID = 'simulation-clock';

export function streamKind(streamId: string): StreamKind {
  if (streamId.startsWith('platform-')) return 'platform';
  if (streamId.startsWith('cycle-')) return 'cycle';
  if (streamId === CLOCK_STREAM_ID) return 'clock';
  return 'other';
}

/** Folds the events into the state the deciders saw; the clock stream's state is the business time it was set to. */
export function foldState(kind: StreamKind, events: readonly RecordedEvent[]): unknown {
  const plain = events.map((e) => ({ type: e.type, data: e.data }));
  switch (kind) {
    case 'platform':
      return plain.reduce((state, event) => evolvePlatform(state, event as PlatformEvent), initialPlatformState);
    case 'cycle':
      return plain.reduce((state, event) => evolveCycle(state, event as CycleEvent), initialCycleState);
    case 'clock': {
      const last = plain.at(-1)?.data as { to?: string } | undefined;
      return { simulated: events.length > 0, businessTime: last?.to ?? null, moves: events.length };
    }
    case 'other':
      return null;
  }
}

export function timelineEntry(event: RecordedEvent): TimelineEntry {
  const m = event.metadata;
  const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);
  const county = text(m.county);
  const command = text(m.command);
  const commandId = text(m.commandId);
  return {
    eventId: event.eventId,
    type: event.type,
    streamVersion: event.streamVersion,
    globalPosition: event.globalPosition,
    occurredAt: text(m.occurredAt) ?? event.recordedAt,
    businessTimeSimulated: m.businessTimeSimulated === true,
    recordedAt: event.recordedAt,
    actorId: text(m.actorId) ?? 'unknown',
    role: text(m.role) ?? 'unknown',
    ...(county ? { county } : {}),
    ...(command ? { command } : {}),
    ...(commandId ? { commandId } : {}),
    data: event.data,
    hash: event.hash,
  };
}

/**
 * The stream as the store held it at a recorded instant or version, with the events that made
 * it. `asOf` cuts on recorded time only: business time can be simulated and run ahead or behind.
 * Undefined when nothing was ever recorded on the stream.
 */
export async function replayStream(store: EventStore, streamId: string, point: ReplayPoint = {}): Promise<StreamReplay | undefined> {
  const all = await store.readStream(streamId);
  if (all.length === 0) return undefined;
  const currentVersion = all.at(-1)!.streamVersion;
  let events: readonly RecordedEvent[] = all;
  if ('asOf' in point) {
    events = await store.readStream(streamId, { asOf: point.asOf });
  } else if ('version' in point) {
    events = all.filter((e) => e.streamVersion <= point.version);
  }
  const kind = streamKind(streamId);
  return {
    streamId,
    kind,
    ...('asOf' in point ? { asOf: new Date(point.asOf).toISOString() } : {}),
    ...('version' in point ? { version: point.version } : {}),
    streamVersion: events.at(-1)?.streamVersion ?? 0,
    currentVersion,
    state: foldState(kind, events),
    events: events.map(timelineEntry),
  };
}

export class ReplayStream extends Query<StreamReplay | undefined> {
  constructor(
    readonly streamId: string,
    readonly point: ReplayPoint,
  ) {
    super();
  }
}

@QueryHandler(ReplayStream)
export class ReplayStreamHandler implements IQueryHandler<ReplayStream, StreamReplay | undefined> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}
  execute({ streamId, point }: ReplayStream): Promise<StreamReplay | undefined> {
    return replayStream(this.store, streamId, point);
  }
}
