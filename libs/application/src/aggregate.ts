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
  if (meta.mayRepeat === false) return undefined;
  const earlier = await store.findCommand(meta.commandId);
  if (!earlier) return undefined;
  if (earlier.streamId !== streamId) throw new CommandIdReusedError(meta.commandId, earlier.streamId, streamId);
  return outcome(earlier, []);
}

/**
 * Recently used stream states, so a command folds only the events appended since it last saw
 * the stream. The store stays the authority: every load still reads the stream's tail, so
 * writes by other processes are never missed. States are immutable, so sharing them is safe.
 */
export class StateCache<S> {
  private readonly entries = new Map<string, { readonly version: number; readonly state: S }>();

  constructor(private readonly capacity = 10_000) {}

  get(streamId: string): { readonly version: number; readonly state: S } | undefined {
    const entry = this.entries.get(streamId);
    if (entry) {
      this.entries.delete(streamId);
      this.entries.set(streamId, entry);
    }
    return entry;
  }

  set(streamId: string, version: number, state: S): void {
    this.entries.delete(streamId);
    this.entries.set(streamId, { version, state });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}

export async function loadState<S, E extends { type: string; data: unknown }>(
  store: EventStore,
  streamId: string,
  evolve: (state: S, event: E) => S,
  initialState: S,
  cache: StateCache<S>,
): Promise<{ readonly state: S; readonly version: number }> {
  const cached = cache.get(streamId);
  const events = await store.readStream(streamId, cached ? { fromVersion: cached.version + 1 } : undefined);
  const state = events.reduce((current, event) => evolve(current, { type: event.type, data: event.data } as E), cached?.state ?? initialState);
  const version = events.at(-1)?.streamVersion ?? cached?.version ?? 0;
  if (events.length > 0 || !cached) cache.set(streamId, version, state);
  return { state, version };
}
