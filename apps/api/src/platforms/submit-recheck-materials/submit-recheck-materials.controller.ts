import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '@certflow/application';
import { Roles } from '../../auth/auth.guard.js';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandAnswerDto } from '../../shared/dto.js';
import { SubmitRecheckMaterialsDto } from './submit-recheck-materials.dto.js';

@ApiTags('platforms')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'repeat a request safely: the same key answers as the first time' })
@Controller('api/v1/platforms/:platformId')
export class SubmitRecheckMaterialsController {
  constructor(private readonly dispatch: Dispatcher) {}

  @Post('submit-recheck-materials')
  @HttpCode(201)
  @Roles('applicant')
  @ApiOperation({
    summary: 'SubmitRecheckMaterials 报送复核材料',
    description: "The operator sends the three recheck materials by the cycle's recheck deadline (Art. 15).",
  })
  @ApiResponse({ status: 201, type: CommandAnswerDto })
  submit(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: SubmitRecheckMaterialsDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'SubmitRecheckMaterials', data: body }, meta);
  }
}
