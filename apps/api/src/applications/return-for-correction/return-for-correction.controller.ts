import { Body, Param } from '@nestjs/common';
import type { CommandMeta } from '@certflow/application';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandController, CommandRoute } from '../../shared/command-route.js';
import { ReturnForCorrectionDto } from './return-for-correction.dto.js';

@CommandController('applications', 'platform')
export class ReturnForCorrectionController {
  constructor(private readonly dispatch: Dispatcher) {}

  @CommandRoute('return-for-correction', 'county', 'ReturnForCorrection 退回补正', "The platform's county bureau sends a submitted application back with its reasons or the missing materials (Art. 10).")
  returnForCorrection(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: ReturnForCorrectionDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'ReturnForCorrection', data: body }, meta);
  }
}
