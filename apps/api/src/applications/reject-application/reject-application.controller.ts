import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '@certflow/application';
import { Roles } from '../../auth/auth.guard.js';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandAnswerDto } from '../../shared/dto.js';
import { RejectApplicationDto } from './reject-application.dto.js';

@ApiTags('applications')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'repeat a request safely: the same key answers as the first time' })
@Controller('api/v1/platforms/:platformId')
export class RejectApplicationController {
  constructor(private readonly dispatch: Dispatcher) {}

  @Post('reject-application')
  @HttpCode(201)
  @Roles('city')
  @ApiOperation({
    summary: 'RejectApplication 不予认定',
    description: 'The city declines to certify a platform its county recommended, naming the reviewers and its reasons (Art. 11); the application closes.',
  })
  @ApiResponse({ status: 201, type: CommandAnswerDto })
  reject(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: RejectApplicationDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'RejectApplication', data: body }, meta);
  }
}
