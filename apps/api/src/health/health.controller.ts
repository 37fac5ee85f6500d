import { Controller, Get, Inject } from '@nestjs/common';
import { Public } from '../auth/auth.guard.js';
import { ReadModels } from '../read-models/read-models.service.js';
import { EVENT_STORE, type EventStore } from '@certflow/event-store';

@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readModels: ReadModels,
  ) {}

  @Get()
  async check() {
    const started = performance.now();
    const headPosition = await this.store.headPosition();
    const projections = await this.readModels.status();
    return {
      status: 'ok',
      projections,
      store: { kind: this.store.kind, status: 'up', headPosition, latencyMs: Math.round((performance.now() - started) * 10) / 10 },
    };
  }
}
