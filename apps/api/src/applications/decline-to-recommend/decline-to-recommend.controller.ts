import { Body, Param } from '@nestjs/common';
import type { CommandMeta } from '@certflow/application';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandController, CommandRoute } from '../../shared/command-route.js';
import { DeclineToRecommendDto } from './decline-to-recommend.dto.js';

@CommandController('applications', 'platform')
export class DeclineToRecommendController {
  constructor(private readonly dispatch: Dispatcher) {}

  @CommandRoute('decline-to-recommend', 'county', 'DeclineToRecommend 不予推荐', "The platform's county bureau evaluates it (测评) and does not recommend it, with written reasons (Art. 9); the application closes.")
  decline(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: DeclineToRecommendDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'DeclineToRecommend', data: body }, meta);
  }
}
