import { Body, Param } from '@nestjs/common';
import type { CommandMeta } from '@certflow/application';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandController, CommandRoute } from '../../shared/command-route.js';
import { GiveRecheckOpinionDto } from './give-recheck-opinion.dto.js';

@CommandController('platforms', 'platform')
export class GiveRecheckOpinionController {
  constructor(private readonly dispatch: Dispatcher) {}

  @CommandRoute('give-recheck-opinion', 'county', 'GiveRecheckOpinion 县局复核意见', "The county bureau of the platform's area gives its opinion on the recheck, with its evaluation (Art. 15).")
  give(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: GiveRecheckOpinionDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'GiveRecheckOpinion', data: body }, meta);
  }
}
