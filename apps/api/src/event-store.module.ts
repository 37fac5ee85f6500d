import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@certflow/event-store';

/**
 * What must end once the HTTP server has drained, before the store closes: the audit reads still
 * buffered are written, and what runs beside the app and reads the store (`certflow serve`'s
 * projector, scheduler, relay and snapshots) stops. Run in the order registered.
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
 * Hands the one store the process opened to every provider, and closes it on shutdown, once
 * BeforeStoreCloses has run. Nest calls this hook after the HTTP server has closed and its
 * requests have drained, so no request meets a stopped projector, no subscription reads a
 * closed store, and no audit read recorded by a request that finished during the drain is left out.
 */
@Global()
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly beforeClose: BeforeStoreCloses,
  ) {}

  static forStore(store: EventStore) {
    return { module: EventStoreModule, providers: [{ provide: EVENT_STORE, useValue: store }, BeforeStoreCloses], exports: [EVENT_STORE, BeforeStoreCloses] };
  }

  async onApplicationShutdown(): Promise<void> {
    try {
      await this.beforeClose.run();
    } finally {
      await this.store.close();
    }
  }
}
