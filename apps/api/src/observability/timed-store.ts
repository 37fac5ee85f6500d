import { WrongExpectedVersionError, type AppendOptions, type EventStore, type NewEvent } from '@certflow/event-store';
import type { Metrics } from '@certflow/observability';

/**
 * The store the API appends through, timing every append; the adapters stay unaware of metrics.
 * Every other call goes straight to the store.
 */
export function timedStore(store: EventStore, metrics: Metrics): EventStore {
  const histogram = metrics.appendDuration;
  return {
    kind: store.kind,
    async append(streamId: string, events: readonly NewEvent[], options?: AppendOptions) {
      const stop = histogram.startTimer({ store: store.kind });
      try {
        const result = await store.append(streamId, events, options);
        stop({ outcome: 'ok' });
        return result;
      } catch (error) {
        stop({ outcome: error instanceof WrongExpectedVersionError ? 'conflict' : 'error' });
        throw error;
      }
    },
    readStream: (streamId, options) => store.readStream(streamId, options),
    readAll: (options) => store.readAll(options),
    readEvent: (eventId) => store.readEvent(eventId),
    headPosition: () => store.headPosition(),
    findCommand: (commandId) => store.findCommand(commandId),
    subscribe: (name, handler, options) => store.subscribe(name, handler, options),
    hasPendingUpTo: (cursor, position) => store.hasPendingUpTo(cursor, position),
    verifyChains: (options) => store.verifyChains(options),
    log: store.log,
    close: () => store.close(),
  };
}
