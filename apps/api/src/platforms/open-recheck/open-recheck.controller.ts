import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '@certflow/application';
import { Roles } from '../../auth/auth.guard.js';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandAnswerDto } from '../../shared/dto.js';
import { OpenRecheckDto } from './open-recheck.dto.js';

@ApiTags('platforms')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'repeat a request safely: the same key answers as the first time' })
@Controller('api/v1/platforms/:platformId')
export class OpenRecheckController {
  constructor(private readonly dispatch: Dispatcher) {}

  @Post('open-recheck')
  @HttpCode(201)
  @Roles('city')
  @ApiOperation({
    summary: 'OpenRecheck 启动复核',
    description: "The city opens the biennial recheck of a certified platform due in this cycle; its materials are due by the cycle's recheck deadline (Art. 15).",
  })
  @ApiResponse({ status: 201, type: CommandAnswerDto })
  open(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: OpenRecheckDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'OpenRecheck', data: body }, meta);
  }
}
