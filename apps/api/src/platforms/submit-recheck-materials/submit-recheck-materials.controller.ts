import { Body, Param } from '@nestjs/common';
import type { CommandMeta } from '@certflow/application';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandController, CommandRoute } from '../../shared/command-route.js';
import { SubmitRecheckMaterialsDto } from './submit-recheck-materials.dto.js';

@CommandController('platforms', 'platform')
export class SubmitRecheckMaterialsController {
  constructor(private readonly dispatch: Dispatcher) {}

  @CommandRoute('submit-recheck-materials', 'applicant', 'SubmitRecheckMaterials 报送复核材料', "The operator sends the three recheck materials by the cycle's recheck deadline (Art. 15).")
  submit(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: SubmitRecheckMaterialsDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'SubmitRecheckMaterials', data: body }, meta);
  }
}
