import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/auth.guard.js';
import { NotFoundError } from '../../problems/problems.js';
import { ApiProblems } from '../../problems/problem.dto.js';
import { ApiPathParameter } from '../../shared/responses.js';
import { ReviewHistoryDto } from './review-history.dto.js';
import { MinPositionDto } from '../../read-models/read-query.dto.js';
import { ReadModels } from '../../read-models/read-models.service.js';
import { PlatformIdPipe } from '../../shared/dispatch.js';

@ApiTags('platforms')
@ApiBearerAuth()
@Controller('api/v1/platforms/:platformId/review-history')
export class ReviewHistoryController {
  constructor(private readonly readModels: ReadModels) {}

  @Get()
  @ApiOperation({
    operationId: 'getReviewHistory',
    summary: 'Review history 审核与复核记录 (Arts. 9-15)',
    description: 'Each application with the county evaluation and city decision, each yearly summary, each biennial recheck.',
  })
  @ApiPathParameter('platformId')
  @ApiOkResponse({ type: ReviewHistoryDto })
  @ApiProblems([400, 401, 404, 429, 503], {
    404: ['resource.not-found: the platform never applied, or it is not one the caller may read'],
  })
  async history(@Param('platformId', PlatformIdPipe) platformId: string, @Query() query: MinPositionDto, @Req() request: AuthenticatedRequest) {
    const actor = request.actor!;
    // "Not yours" and "does not exist" answer alike, so that nobody can learn which ids exist (Art. 8 keeps a county to its own).
    if (actor.role === 'applicant' && actor.platformId !== platformId) throw new NotFoundError(`platform ${platformId}`);
    const store = await this.readModels.ready(query.minPosition);
    const history = await store.reviewHistory(platformId);
    if (!history || (actor.role === 'county' && actor.county !== history.county)) throw new NotFoundError(`platform ${platformId}`);
    return history;
  }
}
