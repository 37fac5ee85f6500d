import { Body, Param } from '@nestjs/common';
import type { CommandMeta } from '@certflow/application';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandController, CommandRoute } from '../../shared/command-route.js';
import { AnnounceRevocationDto } from './announce-revocation.dto.js';

@CommandController('platforms', 'platform')
export class AnnounceRevocationController {
  constructor(private readonly dispatch: Dispatcher) {}

  @CommandRoute('announce-revocation', 'city', 'AnnounceRevocation 撤销公告', "The city announces that a platform which failed its recheck will lose its title; the notice period of the cycle's ruleset starts (Art. 15).")
  announce(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: AnnounceRevocationDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'AnnounceRevocation', data: body }, meta);
  }
}
