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
export class PublishResultsController {
  constructor(private readonly dispatch: Dispatcher) {}

  @Post('publish-results')
  @HttpCode(201)
  @Roles('city')
  @ApiOperation({
    summary: 'PublishResults 公布认定结果',
    description: "The city publishes the year's results (Art. 13). The lists of certified and revoked platforms are taken from the log, not from the request.",
  })
  @ApiResponse({ status: 201, type: CommandAnswerDto })
  publish(@Param('year', YearPipe) year: number, @Meta() meta: CommandMeta) {
    return this.dispatch.cycle({ type: 'PublishResults', data: { year } }, meta);
  }
}
