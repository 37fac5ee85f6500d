import { Readable } from 'node:stream';
import { Controller, Get, Query, StreamableFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AUDIT_EXPORT_MEDIA_TYPES, auditExportChunks, type AuditFilter } from '@certflow/read-models';
import { Roles } from '../../auth/auth.guard.js';
import { ReadModels } from '../../read-models/read-models.service.js';
import { ApiProblems } from '../../problems/problem.dto.js';
import { RecordAuditRead } from '../audit-reads/record-audit-read.interceptor.js';
import { ExportAuditTrailDto } from './export-audit-trail.dto.js';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit/export')
@UseInterceptors(RecordAuditRead)
export class ExportAuditTrailController {
  constructor(private readonly readModels: ReadModels) {}

  @Get()
  @Roles('auditor', 'city')
  @ApiOperation({
    operationId: 'exportAuditTrail',
    summary: 'Export the audit trail 导出审计记录',
    description:
      'The audit trail of a platform, a county or a cycle (any of them together narrows it; none, the whole trail) as a file: ' +
      'JSON Lines, or CSV with a UTF-8 byte order mark so that spreadsheet tools read the Chinese text. Columns in a fixed order, ' +
      'business time (occurredAt) and recorded time (recordedAt) apart. Streamed in log order as the read models hold it. ' +
      'Auditors and the city only; the read is itself recorded (GET /api/v1/audit/reads).',
  })
  @ApiProduces(AUDIT_EXPORT_MEDIA_TYPES.jsonl, AUDIT_EXPORT_MEDIA_TYPES.csv)
  @ApiResponse({
    status: 200,
    description: 'the export, as an attachment (Content-Disposition names the file)',
    content: { 'application/jsonl': { schema: { type: 'string' } }, 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiProblems([400, 401, 403, 429, 503])
  async export(@Query() query: ExportAuditTrailDto): Promise<StreamableFile> {
    const store = await this.readModels.ready(query.minPosition);
    const format = query.format ?? 'jsonl';
    const filter: AuditFilter = {
      ...(query.platformId !== undefined ? { platformId: query.platformId } : {}),
      ...(query.county !== undefined ? { county: query.county } : {}),
      ...(query.cycle !== undefined ? { cycleYear: query.cycle } : {}),
    };
    const body = Readable.from(auditExportChunks(store.streamAudit(filter), format), { objectMode: false });
    return new StreamableFile(body, { type: AUDIT_EXPORT_MEDIA_TYPES[format], disposition: `attachment; filename="${exportFileName(query, format)}"` });
  }
}

/** Named after its scope, so that several exports sit side by side in a folder. */
export function exportFileName(scope: { platformId?: string; county?: string; cycle?: number }, format: 'jsonl' | 'csv'): string {
  const parts = [
    ...(scope.platformId !== undefined ? [`platform-${scope.platformId}`] : []),
    ...(scope.county !== undefined ? [`county-${scope.county}`] : []),
    ...(scope.cycle !== undefined ? [`cycle-${scope.cycle}`] : []),
  ];
  return `certflow-audit-${parts.length > 0 ? parts.join('-') : 'all'}.${format}`;
}
