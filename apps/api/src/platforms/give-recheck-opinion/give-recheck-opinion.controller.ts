import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '@certflow/application';
import { Roles } from '../../auth/auth.guard.js';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandAnswerDto } from '../../shared/dto.js';
import { GiveRecheckOpinionDto } from './give-recheck-opinion.dto.js';

@ApiTags('platforms')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'repeat a request safely: the same key answers as the first time' })
@Controller('api/v1/platforms/:platformId')
export class GiveRecheckOpinionController {
  constructor(private readonly dispatch: Dispatcher) {}

  @Post('give-recheck-opinion')
  @HttpCode(201)
  @Roles('county')
  @ApiOperation({
    summary: 'GiveRecheckOpinion 县局复核意见',
    description: "The county bureau of the platform's area gives its opinion on the recheck, with its evaluation (Art. 15).",
  })
  @ApiResponse({ status: 201, type: CommandAnswerDto })
  give(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: GiveRecheckOpinionDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'GiveRecheckOpinion', data: body }, meta);
  }
}
