import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '@certflow/application';
import { Roles } from '../../auth/auth.guard.js';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, YearPipe } from '../../shared/dispatch.js';
import { CommandAnswerDto } from '../../shared/dto.js';

@ApiTags('cycles')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'repeat a request safely: the same key answers as the first time' })
@Controller('api/v1/cycles/:year')
export class CloseReviewController {
  constructor(private readonly dispatch: Dispatcher) {}

  @Post('close-review')
  @HttpCode(201)
  @Roles('city')
  @ApiOperation({
    summary: 'CloseReview 审核结束',
    description: "The city ends the year's review: after it, no application of this cycle is returned, recommended, certified or rejected (Arts. 11, 12).",
  })
  @ApiResponse({ status: 201, type: CommandAnswerDto })
  close(@Param('year', YearPipe) year: number, @Meta() meta: CommandMeta) {
    return this.dispatch.cycle({ type: 'CloseReview', data: { year } }, meta);
  }
}
