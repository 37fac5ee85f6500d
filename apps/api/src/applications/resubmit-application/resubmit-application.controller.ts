import { Body, Param } from '@nestjs/common';
import type { CommandMeta } from '@certflow/application';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandController, CommandRoute } from '../../shared/command-route.js';
import { ResubmitApplicationDto } from './resubmit-application.dto.js';

@CommandController('applications', 'platform')
export class ResubmitApplicationController {
  constructor(private readonly dispatch: Dispatcher) {}

  @CommandRoute('resubmit-application', 'applicant', 'ResubmitApplication 补正后重新提交', "The platform's operator sends the corrected application back to its county bureau, in the same county (Arts. 8, 10); it is evaluated again.")
  resubmit(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: ResubmitApplicationDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'ResubmitApplication', data: body }, meta);
  }
}
