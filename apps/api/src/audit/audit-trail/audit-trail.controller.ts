import { Controller, Get, Query, Req, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, type AuthenticatedRequest } from '../../auth/auth.guard.js';
import { ReadModels } from '../../read-models/read-models.service.js';
import { ApiProblems } from '../../problems/problem.dto.js';
import { AuditTrailPageDto } from './audit-trail-page.dto.js';
import { AuditTrailDto } from './audit-trail.dto.js';
import { RecordAuditRead } from '../audit-reads/record-audit-read.interceptor.js';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit/trail')
@UseInterceptors(RecordAuditRead)
export class AuditTrailController {
  constructor(private readonly readModels: ReadModels) {}

  @Get()
  @Roles('auditor', 'city', 'county')
  @ApiOperation({
    operationId: 'searchAuditTrail',
    summary: 'Audit trail 决策审计记录',
    description:
      'Every decision with actor, role, county, time, inputs, rule evaluation, ruleset version, reasons, command and correlation ids, ' +
      'and every move of a training server\'s simulated business clock (BusinessClockMoved). `from`/`to` filter business time (occurredAt), ' +
      '`recordedFrom`/`recordedTo` the time the store wrote the event (recordedAt, always real). ' +
      "A county bureau reads its own county's decisions only (Art. 8): its work queue; the county filter is its own whatever it asks.",
  })
  @ApiOkResponse({ type: AuditTrailPageDto })
  // No path parameter, so no 404.
  @ApiProblems([400, 401, 403, 429, 503])
  async trail(@Query() query: AuditTrailDto, @Req() request: AuthenticatedRequest) {
    const store = await this.readModels.ready(query.minPosition);
    const { minPosition: _minPosition, page, pageSize, from, to, recordedFrom, recordedTo, ...filters } = query;
    const actor = request.actor!;
    return store.searchAudit({
      ...filters,
      ...(actor.role === 'county' ? { county: actor.county } : {}),
      ...(from ? { from: new Date(from).toISOString() } : {}),
      ...(to ? { to: new Date(to).toISOString() } : {}),
      ...(recordedFrom ? { recordedFrom: new Date(recordedFrom).toISOString() } : {}),
      ...(recordedTo ? { recordedTo: new Date(recordedTo).toISOString() } : {}),
      page: page ?? 1,
      pageSize: pageSize ?? 50,
    });
  }
}
