import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '@certflow/application';
import { Roles } from '../../auth/auth.guard.js';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, YearPipe } from '../../shared/dispatch.js';
import { CommandAnswerDto } from '../../shared/dto.js';
import { OpenCycleDto } from './open-cycle.dto.js';

@ApiTags('cycles')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'repeat a request safely: the same key answers as the first time' })
@Controller('api/v1/cycles/:year')
export class OpenCycleController {
  constructor(private readonly dispatch: Dispatcher) {}

  @Post('open-cycle')
  @HttpCode(201)
  @Roles('city')
  @ApiOperation({ summary: 'OpenCycle 启动年度认定', description: "The city opens the year's cycle with its deadlines and ruleset (Art. 12)." })
  @ApiResponse({ status: 201, type: CommandAnswerDto })
  open(@Param('year', YearPipe) year: number, @Body() body: OpenCycleDto, @Meta() meta: CommandMeta) {
    return this.dispatch.cycle({ type: 'OpenCycle', data: { ...body, year } }, meta);
  }
}
