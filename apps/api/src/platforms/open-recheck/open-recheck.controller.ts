import { Body, Param } from '@nestjs/common';
import type { CommandMeta } from '@certflow/application';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandController, CommandRoute } from '../../shared/command-route.js';
import { OpenRecheckDto } from './open-recheck.dto.js';

@CommandController('platforms', 'platform')
export class OpenRecheckController {
  constructor(private readonly dispatch: Dispatcher) {}

  @CommandRoute('open-recheck', 'city', 'OpenRecheck 启动复核', "The city opens the biennial recheck of a certified platform due in this cycle; its materials are due by the cycle's recheck deadline (Art. 15).")
  open(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: OpenRecheckDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'OpenRecheck', data: body }, meta);
  }
}
