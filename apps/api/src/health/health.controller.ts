import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.guard.js';
import { ReadModels } from '../read-models/read-models.service.js';
import { EVENT_STORE, type EventStore } from '@certflow/event-store';
import { ApiProblems } from '../problems/problem.dto.js';
import { HealthDto } from './health.dto.js';
import { RELAY_STATUS, type RelayStatusSource } from './relay-status.js';
import type { SchedulerProbe } from '@certflow/observability';
import { SCHEDULER_PROBE } from './scheduler-probe.js';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readModels: ReadModels,
    @Inject(RELAY_STATUS) private readonly relay: RelayStatusSource | null,
    @Inject(SCHEDULER_PROBE) private readonly scheduler: SchedulerProbe | null,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'health', summary: 'Health: the event store, how far each read model lags behind the log, the Kafka relay (lag, broker) and the scheduler' })
  @ApiOkResponse({ type: HealthDto })
  @ApiProblems([429])
  async check(): Promise<HealthDto> {
    const started = performance.now();
    const headPosition = await this.store.headPosition();
    const projections = await this.readModels.status();
    const store = { kind: this.store.kind, status: 'up', headPosition, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
    // A broker away does not stop the API: the relay catches up from its checkpoint once it answers.
    const relay = this.relay ? await this.relay() : undefined;
    return {
      status: 'ok',
      projections,
      ...(this.scheduler ? { scheduler: this.scheduler.status() } : {}),
      store,
      ...(relay ? { relay } : {}),
    };
  }
}
