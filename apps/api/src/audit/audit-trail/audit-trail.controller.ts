import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/auth.guard.js';
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
  @Roles('auditor', 'city')
  @ApiOperation({
    operationId: 'searchAuditTrail',
    summary: 'Audit trail 决策审计记录',
    description:
      'For auditors and the city only (a county bureau\'s work queue is `GET /api/v1/applications`). ' +
      'Every decision with actor, role, county, time, inputs, rule evaluation, ruleset version, reasons, command and correlation ids, ' +
      'and every move of a training server\'s simulated business clock (BusinessClockMoved). `from`/`to` filter business time (occurredAt), ' +
      '`recordedFrom`/`recordedTo` the time the store wrote the event (recordedAt, always real).',
  })
  @ApiOkResponse({ type: AuditTrailPageDto })
  // No path parameter, so no 404.
  @ApiProblems([400, 401, 403, 429, 503])
  async trail(@Query() query: AuditTrailDto) {
    const store = await this.readModels.ready(query.minPosition);
    const { minPosition: _minPosition, page, pageSize, from, to, recordedFrom, recordedTo, ...filters } = query;
    return store.searchAudit({
      ...filters,
      ...(from ? { from: new Date(from).toISOString() } : {}),
      ...(to ? { to: new Date(to).toISOString() } : {}),
      ...(recordedFrom ? { recordedFrom: new Date(recordedFrom).toISOString() } : {}),
      ...(recordedTo ? { recordedTo: new Date(recordedTo).toISOString() } : {}),
      page: page ?? 1,
      pageSize: pageSize ?? 50,
    });
  }
}
