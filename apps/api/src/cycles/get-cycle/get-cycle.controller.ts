import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GetCycle, type StreamView } from '@certflow/application';
import type { CycleState } from '@certflow/domain';
import { YearPipe } from '../../shared/dispatch.js';
import { NotFoundError } from '../../problems/problems.js';
import { ApiProblems } from '../../problems/problem.dto.js';
import { ApiPathParameter } from '../../shared/responses.js';
import { CycleViewDto } from './cycle-view.dto.js';

@ApiTags('cycles')
@ApiBearerAuth()
@Controller('api/v1/cycles/:year')
export class GetCycleController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'GetCycle 年度认定工作',
    description: "The year's cycle: its stage, deadlines and ruleset, and its history up to the published results (Arts. 12, 13).",
  })
  @ApiPathParameter('year')
  @ApiOkResponse({ type: CycleViewDto })
  // Any role may read a cycle: no 403.
  @ApiProblems([400, 401, 404, 429], { 404: ['resource.not-found: the cycle was never opened'] })
  async get(@Param('year', YearPipe) year: number) {
    const view = await this.queries.execute<GetCycle, StreamView<CycleState>>(new GetCycle(year));
    if (view.streamVersion === 0) throw new NotFoundError(`cycle ${year}`);
    return { year, ...view };
  }
}
