import { Controller, Get, Inject, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { listAuditReads, shanghaiDay } from '@certflow/application';
import { EVENT_STORE, type EventStore } from '@certflow/event-store';
import { Roles } from '../../auth/auth.guard.js';
import { RequestInvalidError } from '../../problems/problems.js';
import { ApiProblems } from '../../problems/problem.dto.js';
import { AuditReadLog } from '../audit-reads/audit-read-log.js';
import { RecordAuditRead } from '../audit-reads/record-audit-read.interceptor.js';
import { AuditReadsDto, ListAuditReadsDto } from './list-audit-reads.dto.js';

const MAX_DAYS = 31;

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit/reads')
@UseInterceptors(RecordAuditRead)
export class ListAuditReadsController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly log: AuditReadLog,
  ) {}

  @Get()
  @Roles('auditor', 'city')
  @ApiOperation({
    operationId: 'listAuditReads',
    summary: 'Who read the audit records 审计查阅记录',
    description:
      'Every read through the audit routes (trail, replay, explain, export, and this list) on some Asia/Shanghai days: ' +
      'who (token subject, role), what (route and parameters), when (answered and recorded), and whether it was answered. ' +
      'Kept in the log itself as AuditRecordRead events in one stream a day (audit-reads-YYYY-MM-DD), so they are hash-chained ' +
      'and in the signed Merkle tree like every decision; they are not decisions, so the trail, the read models and Kafka leave them out.',
  })
  @ApiOkResponse({ type: AuditReadsDto })
  @ApiProblems([400, 401, 403, 429])
  async list(@Query() query: ListAuditReadsDto): Promise<AuditReadsDto> {
    const from = query.from ?? shanghaiDay(new Date().toISOString());
    const to = query.to ?? from;
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
    if (days < 0) throw new RequestInvalidError('to must not be before from', [{ field: 'to', problems: ['must not be before from'] }]);
    if (days >= MAX_DAYS) throw new RequestInvalidError(`at most ${MAX_DAYS} days at a time`, [{ field: 'to', problems: [`must be within ${MAX_DAYS} days of from`] }]);
    // Reads answered a moment ago may still be buffered: the list shows them.
    await this.log.recorder.flush();
    const events = await listAuditReads(this.store, {
      fromDay: from,
      toDay: to,
      ...(query.subject !== undefined ? { subject: query.subject } : {}),
      ...(query.role !== undefined ? { role: query.role } : {}),
    });
    return {
      from,
      to,
      items: events.map((event) => ({ eventId: event.eventId, position: event.globalPosition, ...event.data, recordedAt: event.recordedAt })),
    };
  }
}
