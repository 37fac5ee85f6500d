import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '@certflow/application';
import { Roles } from '../../auth/auth.guard.js';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandAnswerDto } from '../../shared/dto.js';
import { RecommendPlatformDto } from './recommend-platform.dto.js';

@ApiTags('applications')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'repeat a request safely: the same key answers as the first time' })
@Controller('api/v1/platforms/:platformId')
export class RecommendPlatformController {
  constructor(private readonly dispatch: Dispatcher) {}

  @Post('recommend-platform')
  @HttpCode(201)
  @Roles('county')
  @ApiOperation({
    summary: 'RecommendPlatform 推荐',
    description: "The platform's county bureau evaluates it (测评) and recommends it to the city with the recommendation form (Art. 9); all 8 materials of Art. 10 must be in.",
  })
  @ApiResponse({ status: 201, type: CommandAnswerDto })
  recommend(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: RecommendPlatformDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'RecommendPlatform', data: body }, meta);
  }
}
