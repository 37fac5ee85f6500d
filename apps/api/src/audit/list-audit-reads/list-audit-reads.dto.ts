import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ROLES } from '@certflow/domain';
import { Day, Instant } from '../../shared/responses.js';
import { IsIsoDate } from '../../shared/validators.js';

export class ListAuditReadsDto {
  @ApiPropertyOptional({ type: 'string', format: 'date', example: '2026-12-01', description: 'first Asia/Shanghai day, inclusive; default today' })
  @IsOptional() @IsIsoDate() from?: string;
  @ApiPropertyOptional({ type: 'string', format: 'date', example: '2026-12-01', description: 'last Asia/Shanghai day, inclusive; default `from`; at most 31 days after it' })
  @IsOptional() @IsIsoDate() to?: string;
  @ApiPropertyOptional({ example: 'auditor-chen', maxLength: 200, description: "the reader's token subject" })
  @IsOptional() @IsString() @MaxLength(200) subject?: string;
  @ApiPropertyOptional({ enum: ROLES, example: 'auditor' }) @IsOptional() @IsIn(ROLES) role?: string;
}

export class AuditReadDto {
  @ApiProperty({ example: '01a2320f-9f1d-7ccf-aaed-f6ca69dd7c0a', description: 'id of the AuditRecordRead event' }) eventId!: string;
  @ApiProperty({ example: 120, type: 'integer', description: 'global position of the record in the log' }) position!: number;
  @ApiProperty({ example: 'auditor-chen' }) subject!: string;
  @ApiProperty({ example: 'auditor' }) role!: string;
  @ApiPropertyOptional({ example: '360702' }) county?: string;
  @ApiProperty({ example: 'GET /api/v1/audit/export' }) route!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { county: '360702', format: 'csv' } }) parameters!: Record<string, string>;
  @ApiProperty({ example: 'answered', description: '`answered`, or the problem code the read was refused with' }) outcome!: string;
  @Instant('2026-12-01T02:15:00.123Z', 'when the read was answered') readAt!: string;
  @Instant('2026-12-01T02:15:00.871Z', 'when the store wrote the record (reads are recorded in batches, within about a second)') recordedAt!: string;
}

export class AuditReadsDto {
  @Day('2026-12-01') from!: string;
  @Day('2026-12-01') to!: string;
  @ApiProperty({ type: [AuditReadDto] }) items!: AuditReadDto[];
}
