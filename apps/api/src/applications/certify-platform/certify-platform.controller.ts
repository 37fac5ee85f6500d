import { Body, Param } from '@nestjs/common';
import type { CommandMeta } from '@certflow/application';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandController, CommandRoute } from '../../shared/command-route.js';
import { CertifyPlatformDto } from './certify-platform.dto.js';

@CommandController('applications', 'platform')
export class CertifyPlatformController {
  constructor(private readonly dispatch: Dispatcher) {}

  @CommandRoute('certify-platform', 'city', 'CertifyPlatform 认定', 'The city certifies a platform its county recommended, naming the reviewers (Art. 11). A failed criterion the measures qualify with "generally" (Art. 6(3) total assets) can be set aside only with a written reason in `overrides`.')
  certify(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: CertifyPlatformDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'CertifyPlatform', data: { ...body, overrides: body.overrides ?? [] } }, meta);
  }
}
