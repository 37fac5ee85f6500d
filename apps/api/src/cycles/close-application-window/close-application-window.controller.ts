import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '@certflow/application';
import { Roles } from '../../auth/auth.guard.js';
import { Meta } from '../../shared/command-meta.decorator.js';
import { Dispatcher, YearPipe } from '../../shared/dispatch.js';
import { CommandAnswerDto } from '../../shared/dto.js';

@ApiTags('cycles')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'repeat a request safely: the same key answers as the first time' })
@Controller('api/v1/cycles/:year')
export class CloseApplicationWindowController {
  constructor(private readonly dispatch: Dispatcher) {}

  @Post('close-application-window')
  @HttpCode(201)
  @Roles('city')
  @ApiOperation({
    summary: 'CloseApplicationWindow 申报截止',
    description: "The city closes the year's application window: no application is accepted after it (Art. 12).",
  })
  @ApiResponse({ status: 201, type: CommandAnswerDto })
  close(@Param('year', YearPipe) year: number, @Meta() meta: CommandMeta) {
    return this.dispatch.cycle({ type: 'CloseApplicationWindow', data: { year } }, meta);
  }
}
