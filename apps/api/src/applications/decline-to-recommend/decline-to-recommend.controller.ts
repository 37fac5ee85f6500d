import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '@certflow/application';
import { Roles } from '../../auth/auth.guard.js';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandAnswerDto } from '../../shared/dto.js';
import { DeclineToRecommendDto } from './decline-to-recommend.dto.js';

@ApiTags('applications')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'repeat a request safely: the same key answers as the first time' })
@Controller('api/v1/platforms/:platformId')
export class DeclineToRecommendController {
  constructor(private readonly dispatch: Dispatcher) {}

  @Post('decline-to-recommend')
  @HttpCode(201)
  @Roles('county')
  @ApiOperation({
    summary: 'DeclineToRecommend 不予推荐',
    description: "The platform's county bureau evaluates it (测评) and does not recommend it, with written reasons (Art. 9); the application closes.",
  })
  @ApiResponse({ status: 201, type: CommandAnswerDto })
  decline(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: DeclineToRecommendDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'DeclineToRecommend', data: body }, meta);
  }
}
