import { Body, Param } from '@nestjs/common';
import type { CommandMeta } from '@certflow/application';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandController, CommandRoute } from '../../shared/command-route.js';
import { WithdrawApplicationDto } from './withdraw-application.dto.js';

@CommandController('applications', 'platform')
export class WithdrawApplicationController {
  constructor(private readonly dispatch: Dispatcher) {}

  @CommandRoute('withdraw-application', 'applicant', 'WithdrawApplication 撤回申请', "The platform's operator withdraws its application at any point before the city decides; it may apply again in a later cycle.")
  withdraw(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: WithdrawApplicationDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'WithdrawApplication', data: body }, meta);
  }
}
