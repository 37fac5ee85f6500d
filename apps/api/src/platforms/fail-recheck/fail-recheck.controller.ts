import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '@certflow/application';
import { Roles } from '../../auth/auth.guard.js';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandAnswerDto } from '../../shared/dto.js';
import { FailRecheckDto } from './fail-recheck.dto.js';

@ApiTags('platforms')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'repeat a request safely: the same key answers as the first time' })
@Controller('api/v1/platforms/:platformId')
export class FailRecheckController {
  constructor(private readonly dispatch: Dispatcher) {}

  @Post('fail-recheck')
  @HttpCode(201)
  @Roles('city')
  @ApiOperation({
    summary: 'FailRecheck 复核不合格',
    description: "The city finds the recheck failed, on the county's opinion or because no materials came by the deadline (Art. 15).",
  })
  @ApiResponse({ status: 201, type: CommandAnswerDto })
  fail(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: FailRecheckDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'FailRecheck', data: body }, meta);
  }
}
