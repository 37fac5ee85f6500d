import { Body, Param } from '@nestjs/common';
import type { CommandMeta } from '@certflow/application';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandController, CommandRoute } from '../../shared/command-route.js';
import { SubmitAnnualSummaryDto } from './submit-annual-summary.dto.js';

@CommandController('platforms', 'platform')
export class SubmitAnnualSummaryController {
  constructor(private readonly dispatch: Dispatcher) {}

  @CommandRoute('submit-annual-summary', 'applicant', 'SubmitAnnualSummary 年度工作总结', "The certified platform's operator sends its work summary for a year, once per year (Art. 14).")
  submit(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: SubmitAnnualSummaryDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'SubmitAnnualSummary', data: body }, meta);
  }
}
