import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '@certflow/application';
import { Roles } from '../../auth/auth.guard.js';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandAnswerDto } from '../../shared/dto.js';
import { AnnounceRevocationDto } from './announce-revocation.dto.js';

@ApiTags('platforms')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'repeat a request safely: the same key answers as the first time' })
@Controller('api/v1/platforms/:platformId')
export class AnnounceRevocationController {
  constructor(private readonly dispatch: Dispatcher) {}

  @Post('announce-revocation')
  @HttpCode(201)
  @Roles('city')
  @ApiOperation({
    summary: 'AnnounceRevocation 撤销公告',
    description: "The city announces that a platform which failed its recheck will lose its title; the notice period of the cycle's ruleset starts (Art. 15).",
  })
  @ApiResponse({ status: 201, type: CommandAnswerDto })
  announce(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: AnnounceRevocationDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'AnnounceRevocation', data: body }, meta);
  }
}
