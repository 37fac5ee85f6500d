import { Controller, Get, Inject } from '@nestjs/common';
import { Public } from '../auth/auth.guard.js';
import { EVENT_STORE, type EventStore } from '@certflow/event-store';

@Public()
@Controller('health')
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  async check() {
    const started = performance.now();
    const headPosition = await this.store.headPosition();
    return {
      status: 'ok',
      store: { kind: this.store.kind, status: 'up', headPosition, latencyMs: Math.round((performance.now() - started) * 10) / 10 },
    };
  }
}
