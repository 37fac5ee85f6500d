import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { MinPositionDto } from '../../read-models/read-query.dto.js';
import { PLATFORM_ID } from '../../shared/dispatch.js';
import { IsCountyCode } from '../../shared/validators.js';

export class ExportAuditTrailDto extends MinPositionDto {
  @ApiPropertyOptional({ example: 'gz-info-001', pattern: PLATFORM_ID.source, description: "one platform's trail" })
  @IsOptional() @Matches(PLATFORM_ID) platformId?: string;
  @ApiPropertyOptional({ example: '360702', pattern: '^3607\\d{2}$', description: "a county's trail: the decisions on its platforms" })
  @IsOptional() @IsCountyCode() county?: string;
  @ApiPropertyOptional({ example: 2027, type: 'integer', minimum: 2013, maximum: 2100, description: "a cycle's trail (Art. 12): entries of that cycle year" })
  @IsOptional() @Type(() => Number) @IsInt() @Min(2013) @Max(2100) cycle?: number;
  @ApiPropertyOptional({ enum: ['jsonl', 'csv'], default: 'jsonl', description: 'JSON Lines, or CSV (RFC 4180, UTF-8 with a byte order mark)' })
  @IsOptional() @IsIn(['jsonl', 'csv']) format?: 'jsonl' | 'csv';
}
