import { Controller, Get, Param, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GetPlatform, type StreamView } from '@certflow/application';
import { forbidden, type Actor, type PlatformState } from '@certflow/domain';
import type { AuthenticatedRequest } from '../../auth/auth.guard.js';
import { PlatformIdPipe } from '../../shared/dispatch.js';
import { NotFoundError } from '../../problems/problems.js';
import { ApiProblems } from '../../problems/problem.dto.js';
import { ApiPathParameter } from '../../shared/responses.js';
import { PlatformViewDto } from './platform-view.dto.js';

@ApiTags('platforms')
@ApiBearerAuth()
@Controller('api/v1/platforms/:platformId')
export class GetPlatformController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'GetPlatform 平台档案',
    description:
      "A platform's current state and its whole history with each event's metadata and hash. " +
      'The city and auditors read every platform, a county bureau those of its county, an operator its own.',
  })
  @ApiPathParameter('platformId')
  @ApiOkResponse({ type: PlatformViewDto })
  @ApiProblems([400, 401, 403, 404, 429], { 403: ['auth.not-yours'], 404: ['resource.not-found: nothing was ever recorded for this platform'] })
  async get(@Param('platformId', PlatformIdPipe) platformId: string, @Req() request: AuthenticatedRequest) {
    const actor = request.actor!;
    // Checked before the read so that an operator cannot probe which other platforms exist.
    if (actor.role === 'applicant' && actor.platformId !== platformId) throw notYours();
    const view = await this.queries.execute<GetPlatform, StreamView<PlatformState>>(new GetPlatform(platformId));
    if (view.streamVersion === 0) throw new NotFoundError(`platform ${platformId}`);
    if (!mayRead(actor, view.state)) throw notYours();
    return { platformId, ...view };
  }
}

/** Art. 8: a county bureau deals with the platforms of its own area only. */
function mayRead(actor: Actor, state: PlatformState): boolean {
  if (actor.role !== 'county') return true;
  return 'county' in state && state.county === actor.county;
}

const notYours = () =>
  forbidden('auth.not-yours', {
    zh: '只能查阅本平台或本辖区平台的档案',
    en: 'an operator reads its own platform and a county bureau the platforms of its county only',
  });
