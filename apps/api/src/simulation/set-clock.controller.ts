import { Body, Controller, HttpCode, Inject, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';
import { CLOCK, type SettableClock } from '@certflow/application';
import { Roles } from '../auth/auth.guard.js';
import { ApiProblems } from '../problems/problem.dto.js';

export class SetClockDto {
  @ApiProperty({ example: '2029-03-01T01:30:00.000Z', format: 'date-time' }) @IsISO8601({ strict: true }) now!: string;
}

export class ClockDto {
  @ApiProperty({ example: '2029-03-01T01:30:00.000Z', format: 'date-time', description: 'business time now' }) now!: string;
}

/**
 * Only mounted when the server runs with CERTFLOW_SIMULATED_CLOCK=1: lets `certflow demo --url`
 * play years of a cycle against a running server. Recorded time in the store stays real.
 */
@ApiTags('simulation')
@ApiBearerAuth()
@Controller('api/v1/simulation')
export class SetClockController {
  constructor(@Inject(CLOCK) private readonly clock: SettableClock) {}

  @Put('clock')
  @HttpCode(200)
  @Roles('city')
  @ApiOperation({ operationId: 'setSimulatedClock', summary: 'Move the simulated business clock (demo and training servers only)' })
  @ApiOkResponse({ type: ClockDto })
  @ApiProblems([400, 401, 403, 413, 415, 429])
  set(@Body() body: SetClockDto): ClockDto {
    this.clock.set(body.now);
    return { now: this.clock.now() };
  }
}
