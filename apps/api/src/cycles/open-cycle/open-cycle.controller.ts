import { Body, Param } from '@nestjs/common';
import type { CommandMeta } from '@certflow/application';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, YearPipe } from '../../shared/dispatch.js';
import { CommandController, CommandRoute } from '../../shared/command-route.js';
import { OpenCycleDto } from './open-cycle.dto.js';

@CommandController('cycles', 'cycle')
export class OpenCycleController {
  constructor(private readonly dispatch: Dispatcher) {}

  @CommandRoute('open-cycle', 'city', 'OpenCycle 启动年度认定', "The city opens the year's cycle with its deadlines and ruleset (Art. 12).")
  open(@Param('year', YearPipe) year: number, @Body() body: OpenCycleDto, @Meta() meta: CommandMeta) {
    return this.dispatch.cycle({ type: 'OpenCycle', data: { ...body, year } }, meta);
  }
}
