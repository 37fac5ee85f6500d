import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@certflow/event-store';

const STOP_BACKGROUND = Symbol('STOP_BACKGROUND');

/**
 * What must still write to the store once the HTTP server has drained, before it closes (the
 * audit reads still buffered): registered by the providers that buffer, run in that order.
 */
@Injectable()
export class BeforeStoreCloses {
  private readonly tasks: (() => Promise<void>)[] = [];

  add(task: () => Promise<void>): void {
    this.tasks.push(task);
  }

  async run(): Promise<void> {
    for (const task of this.tasks) await task();
  }
}

/**
 * Hands the one store the process opened to every provider, and closes it on shutdown. What
 * runs beside the app and reads the store (`certflow serve`'s projector, scheduler, relay and
 * snapshots) is stopped first, then what is still buffered is written, here: Nest calls this
 * hook after the HTTP server has closed and its requests have drained, so no request meets a
 * stopped projector, no subscription reads a closed store, and no audit read recorded by a
 * request that finished during the drain is left out.
 */
@Global()
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(STOP_BACKGROUND) private readonly stopBackground: (() => Promise<void>) | null,
    private readonly beforeClose: BeforeStoreCloses,
  ) {}

  static forStore(store: EventStore, stopBackground?: () => Promise<void>) {
    return {
      module: EventStoreModule,
      providers: [
        { provide: EVENT_STORE, useValue: store },
        { provide: STOP_BACKGROUND, useValue: stopBackground ?? null },
        BeforeStoreCloses,
      ],
      exports: [EVENT_STORE, BeforeStoreCloses],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    try {
      await this.stopBackground?.();
      await this.beforeClose.run();
    } finally {
      await this.store.close();
    }
  }
}
