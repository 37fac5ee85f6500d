import { Body, Controller, HttpCode, Inject, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CLOCK, type SettableClock } from '@certflow/application';
import { EVENT_STORE, type EventStore } from '@certflow/event-store';
import type { AuthenticatedRequest } from '../auth/auth.guard.js';
import { Roles } from '../auth/auth.guard.js';
import { ApiProblems } from '../problems/problem.dto.js';
import { IsInstant } from '../shared/validators.js';

export class SetClockDto {
  @ApiProperty({ example: '2029-03-01T09:30:00+08:00', format: 'date-time', description: 'RFC 3339 instant with its offset' }) @IsInstant() now!: string;
}

export class ClockDto {
  @ApiProperty({ example: '2029-03-01T01:30:00.000Z', format: 'date-time', description: 'business time now' }) now!: string;
  @ApiProperty({ example: '2027-03-01T01:30:00.000Z', format: 'date-time', description: 'business time before the move' }) from!: string;
  @ApiProperty({ example: 12, description: 'global position of the recorded move (BusinessClockMoved)' }) globalPosition!: number;
}

/** The stream that keeps every move of a training server's business clock. */
export const CLOCK_STREAM = 'simulation-clock';

/**
 * Only mounted when the server runs with CERTFLOW_SIMULATED_CLOCK=1 (training servers, the demo
 * over HTTP). Each move is an event of its own (who, from, to), so that an auditor sees when the
 * business time stopped being the real one; recorded time in the store stays real.
 */
@ApiTags('simulation')
@ApiBearerAuth()
@Controller('api/v1/simulation')
export class SetClockController {
  constructor(
    @Inject(CLOCK) private readonly clock: SettableClock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Put('clock')
  @HttpCode(200)
  @Roles('city')
  @ApiOperation({ operationId: 'setSimulatedClock', summary: 'Move the simulated business clock (training servers only); the move is recorded' })
  @ApiOkResponse({ type: ClockDto })
  @ApiProblems([400, 401, 403, 413, 415, 429])
  async set(@Body() body: SetClockDto, @Req() request: AuthenticatedRequest): Promise<ClockDto> {
    const actor = request.actor!;
    const from = this.clock.now();
    const to = new Date(Date.parse(body.now)).toISOString();
    const result = await this.store.append(CLOCK_STREAM, [{ type: 'BusinessClockMoved', data: { from, to } }], {
      expectedVersion: 'any',
      metadata: {
        actorId: actor.id,
        role: actor.role,
        ...(actor.county ? { county: actor.county } : {}),
        occurredAt: from,
        businessTimeSimulated: true,
        command: 'MoveBusinessClock',
      },
    });
    this.clock.set(to);
    return { now: this.clock.now(), from, globalPosition: result.lastPosition };
  }
}
