import { Body, Param } from '@nestjs/common';
import type { CommandMeta } from '@certflow/application';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandController, CommandRoute } from '../../shared/command-route.js';
import { RevokeCertificationDto } from './revoke-certification.dto.js';

@CommandController('platforms', 'platform')
export class RevokeCertificationController {
  constructor(private readonly dispatch: Dispatcher) {}

  @CommandRoute('revoke-certification', 'city', 'RevokeCertification 撤销称号', "The city revokes the title from the day the announced notice period ends (Art. 15).")
  revoke(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: RevokeCertificationDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'RevokeCertification', data: body }, meta);
  }
}
