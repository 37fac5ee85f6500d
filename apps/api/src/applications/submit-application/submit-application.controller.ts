import { Body, Param } from '@nestjs/common';
import type { CommandMeta } from '@certflow/application';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandController, CommandRoute } from '../../shared/command-route.js';
import { SubmitApplicationDto } from './submit-application.dto.js';

@CommandController('applications', 'platform')
export class SubmitApplicationController {
  constructor(private readonly dispatch: Dispatcher) {}

  @CommandRoute('submit-application', 'applicant', 'SubmitApplication 申报', "The platform's operator applies in an open yearly cycle (Arts. 8, 10, 12); the rule evaluation of Arts. 6-7 is stored with it.")
  submit(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: SubmitApplicationDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'SubmitApplication', data: body }, meta);
  }
}
