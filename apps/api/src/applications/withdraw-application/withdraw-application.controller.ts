import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '@certflow/application';
import { Roles } from '../../auth/auth.guard.js';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandAnswerDto } from '../../shared/dto.js';
import { WithdrawApplicationDto } from './withdraw-application.dto.js';

@ApiTags('applications')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'repeat a request safely: the same key answers as the first time' })
@Controller('api/v1/platforms/:platformId')
export class WithdrawApplicationController {
  constructor(private readonly dispatch: Dispatcher) {}

  @Post('withdraw-application')
  @HttpCode(201)
  @Roles('applicant')
  @ApiOperation({
    summary: 'WithdrawApplication 撤回申请',
    description: "The platform's operator withdraws its application at any point before the city decides; it may apply again in a later cycle.",
  })
  @ApiResponse({ status: 201, type: CommandAnswerDto })
  withdraw(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: WithdrawApplicationDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'WithdrawApplication', data: body }, meta);
  }
}
