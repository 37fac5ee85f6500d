import { CommandIdReusedError, type EventStore, type RecordedEvent } from '@certflow/event-store';
import type { CommandMeta, CommandOutcome } from './command-meta.js';
import { outcome } from './command-meta.js';

export interface Loaded<S> {
  readonly state: S;
  /** 0 when the stream does not exist yet: the expected version for the next append. */
  readonly version: number;
  readonly events: readonly RecordedEvent[];
}

export async function loadAggregate<S, E extends { type: string; data: unknown }>(
  store: EventStore,
  streamId: string,
  evolve: (state: S, event: E) => S,
  initialState: S,
): Promise<Loaded<S>> {
  const events = await store.readStream(streamId);
  const state = events.reduce((current, event) => evolve(current, { type: event.type, data: event.data } as E), initialState);
  return { state, version: events.at(-1)?.streamVersion ?? 0, events };
}

/**
 * A command already handled answers as it did the first time, before anything is decided
 * again: the second decision might differ (the first one changed the state).
 */
export async function earlierOutcome(store: EventStore, streamId: string, meta: CommandMeta): Promise<CommandOutcome | undefined> {
  const earlier = await store.findCommand(meta.commandId);
  if (!earlier) return undefined;
  if (earlier.streamId !== streamId) throw new CommandIdReusedError(meta.commandId, earlier.streamId, streamId);
  return outcome(earlier, []);
}
