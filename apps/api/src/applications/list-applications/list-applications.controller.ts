import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, type AuthenticatedRequest } from '../../auth/auth.guard.js';
import { ApiProblems } from '../../problems/problem.dto.js';
import { ReadModels } from '../../read-models/read-models.service.js';
import { APPLICATION_STEPS, ApplicationListDto, ListApplicationsDto, type ApplicationItemDto } from './list-applications.dto.js';

/** The read model's largest page: a cycle's decisions of one kind come in a few reads. */
const PAGE = 200;

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
    const latest = new Map<string, ApplicationItemDto>();
    for (const type of APPLICATION_STEPS) {
      for (let page = 1; ; page++) {
        const answer = await store.searchAudit({ type, cycleYear: query.cycle, ...(county ? { county } : {}), page, pageSize: PAGE });
        for (const entry of answer.items) {
          if (!entry.platformId) continue;
          const known = latest.get(entry.platformId);
          if (!known || known.position < entry.position) {
            latest.set(entry.platformId, { platformId: entry.platformId, county: entry.county ?? '', last: type, position: entry.position });
          }
        }
        if (page * PAGE >= answer.total) break;
      }
    }
    return { cycleYear: query.cycle, items: [...latest.values()].sort((a, b) => a.position - b.position) };
  }
}
