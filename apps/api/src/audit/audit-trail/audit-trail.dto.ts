import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PagedQueryDto } from '../../read-models/read-query.dto.js';
import { PLATFORM_ID } from '../../shared/dispatch.js';
import { IsCountyCode, IsInstant } from '../../shared/validators.js';

export class AuditTrailDto extends PagedQueryDto {
  @ApiPropertyOptional({ example: 'gz-info-001' }) @IsOptional() @Matches(PLATFORM_ID) platformId?: string;
  @ApiPropertyOptional({ example: 'city-reviewer-wang' }) @IsOptional() @IsString() @MaxLength(200) actorId?: string;
  @ApiPropertyOptional({ example: '360702', description: 'county of the platform concerned' }) @IsOptional() @IsCountyCode() county?: string;
  @ApiPropertyOptional({ example: 'PlatformCertified' }) @IsOptional() @Matches(/^[A-Z][A-Za-z]{2,60}$/) type?: string;
  @ApiPropertyOptional({ example: '2027-01-01T00:00:00+08:00', description: 'business time (occurredAt) from, RFC 3339 with offset' })
  @IsOptional() @IsInstant() from?: string;
  @ApiPropertyOptional({ example: '2027-12-31T23:59:59+08:00', description: 'business time (occurredAt) to, RFC 3339 with offset' })
  @IsOptional() @IsInstant() to?: string;
}
