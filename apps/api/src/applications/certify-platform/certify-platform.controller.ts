import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '@certflow/application';
import { Roles } from '../../auth/auth.guard.js';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, PlatformIdPipe } from '../../shared/dispatch.js';
import { CommandAnswerDto } from '../../shared/dto.js';
import { CertifyPlatformDto } from './certify-platform.dto.js';

@ApiTags('applications')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'repeat a request safely: the same key answers as the first time' })
@Controller('api/v1/platforms/:platformId')
export class CertifyPlatformController {
  constructor(private readonly dispatch: Dispatcher) {}

  @Post('certify-platform')
  @HttpCode(201)
  @Roles('city')
  @ApiOperation({
    summary: 'CertifyPlatform 认定',
    description:
      'The city certifies a platform its county recommended, naming the reviewers (Art. 11). A failed criterion the measures qualify with "generally" (Art. 6(3) total assets) can be set aside only with a written reason in `overrides`.',
  })
  @ApiResponse({ status: 201, type: CommandAnswerDto })
  certify(@Param('platformId', PlatformIdPipe) platformId: string, @Body() body: CertifyPlatformDto, @Meta() meta: CommandMeta) {
    return this.dispatch.platform(platformId, { type: 'CertifyPlatform', data: { ...body, overrides: body.overrides ?? [] } }, meta);
  }
}
