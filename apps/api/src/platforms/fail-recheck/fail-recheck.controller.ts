import { Body, Param } from '@nestjs/common';
import type { CommandMeta } from '@certflow/application';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandController, CommandRoute } from '../../shared/command-route.js';
import { FailRecheckDto } from './fail-recheck.dto.js';

@CommandController('platforms', 'platform')
export class FailRecheckController {
  constructor(private readonly dispatch: Dispatcher) {}

  @CommandRoute('fail-recheck', 'city', 'FailRecheck 复核不合格', "The city finds the recheck failed, on the county's opinion or because no materials came by the deadline (Art. 15).")
  fail(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: FailRecheckDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'FailRecheck', data: body }, meta);
  }
}
