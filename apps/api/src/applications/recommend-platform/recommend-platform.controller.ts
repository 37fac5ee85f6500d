import { Body, Param } from '@nestjs/common';
import type { CommandMeta } from '@certflow/application';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandController, CommandRoute } from '../../shared/command-route.js';
import { RecommendPlatformDto } from './recommend-platform.dto.js';

@CommandController('applications', 'platform')
export class RecommendPlatformController {
  constructor(private readonly dispatch: Dispatcher) {}

  @CommandRoute('recommend-platform', 'county', 'RecommendPlatform 推荐', "The platform's county bureau evaluates it (测评) and recommends it to the city with the recommendation form (Art. 9); all 8 materials of Art. 10 must be in.")
  recommend(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: RecommendPlatformDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'RecommendPlatform', data: body }, meta);
  }
}
