import { Module, type DynamicModule } from '@nestjs/common';
import type { EventStore } from '@certflow/event-store';
import { EventStoreModule } from './event-store.module.js';
import { HealthController } from './health/health.controller.js';

@Module({})
export class AppModule {
  static register(store: EventStore): DynamicModule {
    return { module: AppModule, imports: [EventStoreModule.forStore(store)], controllers: [HealthController] };
  }
}
