import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '@certflow/application';
import { Roles } from '../../auth/auth.guard.js';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandAnswerDto } from '../../shared/dto.js';
import { SubmitApplicationDto } from './submit-application.dto.js';

@ApiTags('applications')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'repeat a request safely: the same key answers as the first time' })
@Controller('api/v1/platforms/:platformId')
export class SubmitApplicationController {
  constructor(private readonly dispatch: Dispatcher) {}

  @Post('submit-application')
  @HttpCode(201)
  @Roles('applicant')
  @ApiOperation({
    summary: 'SubmitApplication 申报',
    description: "The platform's operator applies in an open yearly cycle (Arts. 8, 10, 12); the rule evaluation of Arts. 6-7 is stored with it.",
  })
  @ApiResponse({ status: 201, type: CommandAnswerDto })
  submit(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: SubmitApplicationDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'SubmitApplication', data: body }, meta);
  }
}
