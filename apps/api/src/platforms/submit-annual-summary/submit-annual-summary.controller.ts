import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '@certflow/application';
import { Roles } from '../../auth/auth.guard.js';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandAnswerDto } from '../../shared/dto.js';
import { SubmitAnnualSummaryDto } from './submit-annual-summary.dto.js';

@ApiTags('platforms')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'repeat a request safely: the same key answers as the first time' })
@Controller('api/v1/platforms/:platformId')
export class SubmitAnnualSummaryController {
  constructor(private readonly dispatch: Dispatcher) {}

  @Post('submit-annual-summary')
  @HttpCode(201)
  @Roles('applicant')
  @ApiOperation({
    summary: 'SubmitAnnualSummary 年度工作总结',
    description: "The certified platform's operator sends its work summary for a year, once per year (Art. 14).",
  })
  @ApiResponse({ status: 201, type: CommandAnswerDto })
  submit(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: SubmitAnnualSummaryDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'SubmitAnnualSummary', data: body }, meta);
  }
}
