import { Body, Param } from '@nestjs/common';
import type { CommandMeta } from '@certflow/application';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandController, CommandRoute } from '../../shared/command-route.js';
import { RejectApplicationDto } from './reject-application.dto.js';

@CommandController('applications', 'platform')
export class RejectApplicationController {
  constructor(private readonly dispatch: Dispatcher) {}

  @CommandRoute('reject-application', 'city', 'RejectApplication 不予认定', 'The city declines to certify a platform its county recommended, naming the reviewers and its reasons (Art. 11); the application closes.')
  reject(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: RejectApplicationDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'RejectApplication', data: body }, meta);
  }
}
