import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '@certflow/application';
import { Roles } from '../../auth/auth.guard.js';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandAnswerDto } from '../../shared/dto.js';
import { ConfirmRecheckDto } from './confirm-recheck.dto.js';

@ApiTags('platforms')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'repeat a request safely: the same key answers as the first time' })
@Controller('api/v1/platforms/:platformId')
export class ConfirmRecheckController {
  constructor(private readonly dispatch: Dispatcher) {}

  @Post('confirm-recheck')
  @HttpCode(201)
  @Roles('city')
  @ApiOperation({
    summary: 'ConfirmRecheck 复核通过',
    description: "The city confirms the recheck on the county's opinion; the next one falls due two years later (Art. 15).",
  })
  @ApiResponse({ status: 201, type: CommandAnswerDto })
  confirm(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: ConfirmRecheckDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'ConfirmRecheck', data: body }, meta);
  }
}
