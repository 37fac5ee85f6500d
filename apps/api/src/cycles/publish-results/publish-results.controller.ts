import { Param } from '@nestjs/common';
import type { CommandMeta } from '@certflow/application';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, YearPipe } from '../../shared/dispatch.js';
import { CommandController, CommandRoute } from '../../shared/command-route.js';

@CommandController('cycles', 'cycle')
export class PublishResultsController {
  constructor(private readonly dispatch: Dispatcher) {}

  @CommandRoute('publish-results', 'city', 'PublishResults 公布认定结果', "The city publishes the year's results (Art. 13). The lists of certified and revoked platforms are taken from the log, not from the request.")
  publish(@Param('year', YearPipe) year: number, @Meta() meta: CommandMeta) {
    return this.dispatch.cycle({ type: 'PublishResults', data: { year } }, meta);
  }
}
