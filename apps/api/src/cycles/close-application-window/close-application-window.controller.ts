import { Param } from '@nestjs/common';
import type { CommandMeta } from '@certflow/application';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, YearPipe } from '../../shared/dispatch.js';
import { CommandController, CommandRoute } from '../../shared/command-route.js';

@CommandController('cycles', 'cycle')
export class CloseApplicationWindowController {
  constructor(private readonly dispatch: Dispatcher) {}

  @CommandRoute('close-application-window', 'city', 'CloseApplicationWindow 申报截止', "The city closes the year's application window: no application is accepted after it (Art. 12).")
  close(@Param('year', YearPipe) year: number, @Meta() meta: CommandMeta) {
    return this.dispatch.cycle({ type: 'CloseApplicationWindow', data: { year } }, meta);
  }
}
