import { Param } from '@nestjs/common';
import type { CommandMeta } from '@certflow/application';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, YearPipe } from '../../shared/dispatch.js';
import { CommandController, CommandRoute } from '../../shared/command-route.js';

@CommandController('cycles', 'cycle')
export class CloseReviewController {
  constructor(private readonly dispatch: Dispatcher) {}

  @CommandRoute('close-review', 'city', 'CloseReview 审核结束', "The city ends the year's review: after it, no application of this cycle is returned, recommended, certified or rejected (Arts. 11, 12).")
  close(@Param('year', YearPipe) year: number, @Meta() meta: CommandMeta) {
    return this.dispatch.cycle({ type: 'CloseReview', data: { year } }, meta);
  }
}
