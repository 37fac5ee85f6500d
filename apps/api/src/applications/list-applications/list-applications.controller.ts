import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, type AuthenticatedRequest } from '../../auth/auth.guard.js';
import { ApiProblems } from '../../problems/problem.dto.js';
import { ReadModels } from '../../read-models/read-models.service.js';
import { ApplicationListDto, ListApplicationsDto } from './list-applications.dto.js';

@ApiTags('applications')
@ApiBearerAuth()
@Controller('api/v1/applications')
export class ListApplicationsController {
  constructor(private readonly readModels: ReadModels) {}

  @Get()
  @Roles('city', 'county')
  @ApiOperation({
    operationId: 'listApplications',
    summary: 'Applications of a cycle 认定申报 (Arts. 8-11): where each stands, the bureaus\' work queue',
    description:
      "Each platform that applied in the cycle with the latest decision on its application (submitted, returned, resubmitted, withdrawn, " +
      'recommended or not by its county, certified or rejected by the city) and that decision\'s log position. The city sees every county; ' +
      "a county bureau its own county's platforms only (Art. 8). Not an audit read: auditors use the audit trail.",
  })
  @ApiOkResponse({ type: ApplicationListDto })
  // No path parameter, so no 404.
  @ApiProblems([400, 401, 403, 429, 503])
  async list(@Query() query: ListApplicationsDto, @Req() request: AuthenticatedRequest): Promise<ApplicationListDto> {
    const store = await this.readModels.ready(query.minPosition);
    const actor = request.actor!;
    const county = actor.role === 'county' ? actor.county : query.county;
    const found = await store.applications(query.cycle, county);
    return { cycleYear: query.cycle, items: found.map(({ platformId, county, last, position }) => ({ platformId, county, last, position })) };
  }
}
