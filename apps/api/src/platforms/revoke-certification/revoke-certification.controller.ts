import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '@certflow/application';
import { Roles } from '../../auth/auth.guard.js';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandAnswerDto } from '../../shared/dto.js';
import { RevokeCertificationDto } from './revoke-certification.dto.js';

@ApiTags('platforms')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'repeat a request safely: the same key answers as the first time' })
@Controller('api/v1/platforms/:platformId')
export class RevokeCertificationController {
  constructor(private readonly dispatch: Dispatcher) {}

  @Post('revoke-certification')
  @HttpCode(201)
  @Roles('city')
  @ApiOperation({
    summary: 'RevokeCertification 撤销称号',
    description: "The city revokes the title from the day the announced notice period ends (Art. 15).",
  })
  @ApiResponse({ status: 201, type: CommandAnswerDto })
  revoke(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: RevokeCertificationDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'RevokeCertification', data: body }, meta);
  }
}
