import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '@certflow/application';
import { Roles } from '../../auth/auth.guard.js';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandAnswerDto } from '../../shared/dto.js';
import { ReturnForCorrectionDto } from './return-for-correction.dto.js';

@ApiTags('applications')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'repeat a request safely: the same key answers as the first time' })
@Controller('api/v1/platforms/:platformId')
export class ReturnForCorrectionController {
  constructor(private readonly dispatch: Dispatcher) {}

  @Post('return-for-correction')
  @HttpCode(201)
  @Roles('county')
  @ApiOperation({
    summary: 'ReturnForCorrection 退回补正',
    description: "The platform's county bureau sends a submitted application back with its reasons or the missing materials (Art. 10).",
  })
  @ApiResponse({ status: 201, type: CommandAnswerDto })
  returnForCorrection(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: ReturnForCorrectionDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'ReturnForCorrection', data: body }, meta);
  }
}
