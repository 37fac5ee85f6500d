import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '@certflow/application';
import { Roles } from '../../auth/auth.guard.js';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandAnswerDto } from '../../shared/dto.js';
import { ResubmitApplicationDto } from './resubmit-application.dto.js';

@ApiTags('applications')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'repeat a request safely: the same key answers as the first time' })
@Controller('api/v1/platforms/:platformId')
export class ResubmitApplicationController {
  constructor(private readonly dispatch: Dispatcher) {}

  @Post('resubmit-application')
  @HttpCode(201)
  @Roles('applicant')
  @ApiOperation({
    summary: 'ResubmitApplication 补正后重新提交',
    description: "The platform's operator sends the corrected application back to its county bureau, in the same county (Arts. 8, 10); it is evaluated again.",
  })
  @ApiResponse({ status: 201, type: CommandAnswerDto })
  resubmit(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: ResubmitApplicationDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'ResubmitApplication', data: body }, meta);
  }
}
