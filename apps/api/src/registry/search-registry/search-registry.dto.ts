import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { SERVICE_CATEGORIES, type ServiceCategory } from '@certflow/domain';
import { LISTED_STATUSES, type RegistryStatus } from '@certflow/read-models';
import { PagedQueryDto } from '../../read-models/read-query.dto.js';
import { IsCountyCode } from '../../shared/validators.js';

export class SearchRegistryDto extends PagedQueryDto {
  @ApiPropertyOptional({ example: '信息服务', minLength: 1, maxLength: 100, description: "part of the platform's or operator's name" })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(100) text?: string;

  @ApiPropertyOptional({ example: '360702', pattern: '^3607\\d{2}$', description: 'a Ganzhou county-level division code' }) @IsOptional() @IsCountyCode() county?: string;

  @ApiPropertyOptional({ enum: SERVICE_CATEGORIES, example: 'information' })
  @IsOptional() @IsIn(SERVICE_CATEGORIES) category?: ServiceCategory;

  @ApiPropertyOptional({ enum: LISTED_STATUSES, example: 'certified' }) @IsOptional() @IsIn(LISTED_STATUSES) status?: RegistryStatus;

  @ApiPropertyOptional({ example: 2027, type: 'integer', minimum: 2013, maximum: 2100, description: 'certified in that cycle year' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(2013) @Max(2100) year?: number;
}
