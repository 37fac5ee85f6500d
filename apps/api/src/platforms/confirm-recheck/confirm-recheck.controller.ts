import { Body, Param } from '@nestjs/common';
import type { CommandMeta } from '@certflow/application';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandController, CommandRoute } from '../../shared/command-route.js';
import { ConfirmRecheckDto } from './confirm-recheck.dto.js';

@CommandController('platforms', 'platform')
export class ConfirmRecheckController {
  constructor(private readonly dispatch: Dispatcher) {}

  @CommandRoute('confirm-recheck', 'city', 'ConfirmRecheck 复核通过', "The city confirms the recheck on the county's opinion; the next one falls due two years later (Art. 15).")
  confirm(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: ConfirmRecheckDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'ConfirmRecheck', data: body }, meta);
  }
}
