import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PagedQueryDto } from '../../read-models/read-query.dto.js';
import { PLATFORM_ID } from '../../shared/dispatch.js';
import { IsCountyCode, IsInstant } from '../../shared/validators.js';

export class AuditTrailDto extends PagedQueryDto {
  @ApiPropertyOptional({ example: 'gz-info-001', pattern: PLATFORM_ID.source }) @IsOptional() @Matches(PLATFORM_ID) platformId?: string;
  @ApiPropertyOptional({ example: 'city-reviewer-wang', maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) actorId?: string;
  @ApiPropertyOptional({ example: '360702', pattern: '^3607\\d{2}$', description: 'county of the platform concerned: a Ganzhou county-level code' }) @IsOptional() @IsCountyCode() county?: string;
  @ApiPropertyOptional({ example: 'PlatformCertified', pattern: '^[A-Z][A-Za-z]{2,60}$', description: 'event type' }) @IsOptional() @Matches(/^[A-Z][A-Za-z]{2,60}$/) type?: string;
  @ApiPropertyOptional({ example: '2027-01-01T00:00:00+08:00', description: 'RFC 3339 with offset, inclusive, on business time (occurredAt)' }) @IsOptional() @IsInstant() from?: string;
  @ApiPropertyOptional({ example: '2027-12-31T23:59:59+08:00', description: 'RFC 3339 with offset, inclusive, on business time (occurredAt)' }) @IsOptional() @IsInstant() to?: string;
  @ApiPropertyOptional({ example: '2026-12-01T00:00:00+08:00', description: 'RFC 3339 with offset, inclusive, on recorded time (recordedAt: when the store wrote the event, always real time)' }) @IsOptional() @IsInstant() recordedFrom?: string;
  @ApiPropertyOptional({ example: '2026-12-31T23:59:59+08:00', description: 'RFC 3339 with offset, inclusive, on recorded time (recordedAt: when the store wrote the event, always real time)' }) @IsOptional() @IsInstant() recordedTo?: string;
}
