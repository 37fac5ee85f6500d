import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@certflow/event-store';

const STOP_BACKGROUND = Symbol('STOP_BACKGROUND');

/**
 * Hands the one store the process opened to every provider, and closes it on shutdown. What
 * runs beside the app and reads the store (`certflow serve`'s projector, scheduler, relay and
 * snapshots) is stopped first, here: Nest calls this hook after the HTTP server has closed and
 * its requests have drained, so no request meets a stopped projector, and no subscription
 * reads a closed store.
 */
@Global()
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(STOP_BACKGROUND) private readonly stopBackground: (() => Promise<void>) | null,
  ) {}

  static forStore(store: EventStore, stopBackground?: () => Promise<void>) {
    return {
      module: EventStoreModule,
      providers: [
        { provide: EVENT_STORE, useValue: store },
        { provide: STOP_BACKGROUND, useValue: stopBackground ?? null },
      ],
      exports: [EVENT_STORE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    try {
      await this.stopBackground?.();
    } finally {
      await this.store.close();
    }
  }
}
