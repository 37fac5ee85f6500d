import { Controller, Get, Param, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GetPlatform, type StreamView } from '@certflow/application';
import type { Actor, PlatformState } from '@certflow/domain';
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
  @ApiProblems([400, 401, 404, 429], { 404: ['resource.not-found: nothing was ever recorded for this platform, or it is not one the caller may read'] })
  async get(@Param('platformId', PlatformIdPipe) platformId: string, @Req() request: AuthenticatedRequest) {
    const actor = request.actor!;
    // "Not yours" and "does not exist" answer alike, so that nobody can learn which ids exist.
    if (actor.role === 'applicant' && actor.platformId !== platformId) throw new NotFoundError(`platform ${platformId}`);
    const view = await this.queries.execute<GetPlatform, StreamView<PlatformState>>(new GetPlatform(platformId));
    if (view.streamVersion === 0 || !mayRead(actor, view.state)) throw new NotFoundError(`platform ${platformId}`);
    return { platformId, ...view };
  }
}

/** Art. 8: a county bureau deals with the platforms of its own area only. */
function mayRead(actor: Actor, state: PlatformState): boolean {
  if (actor.role !== 'county') return true;
  return 'county' in state && state.county === actor.county;
}
