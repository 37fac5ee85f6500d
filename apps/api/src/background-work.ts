import { Inject, Injectable, type BeforeApplicationShutdown } from '@nestjs/common';

export const STOP_BACKGROUND = Symbol('STOP_BACKGROUND');

/**
 * Stops the work running beside the app (projector, scheduler, relay, snapshots) when the app
 * shuts down, before the event store is closed (EventStoreModule, on application shutdown):
 * stopped after it, subscriptions in the middle of a read failed on a closed pool.
 */
@Injectable()
export class BackgroundWork implements BeforeApplicationShutdown {
  constructor(@Inject(STOP_BACKGROUND) private readonly stop: (() => Promise<void>) | null) {}

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop?.();
  }
}
