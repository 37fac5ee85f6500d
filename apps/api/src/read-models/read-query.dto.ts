import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Read your own writes: pass the globalPosition a command answered. */
export class MinPositionDto {
  @ApiPropertyOptional({ example: 0, type: 'integer', minimum: 0, description: 'wait (up to 5 s) until the read models have applied this global position: the `globalPosition` a command answered' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) minPosition?: number;
}

export class PagedQueryDto extends MinPositionDto {
  @ApiPropertyOptional({ example: 1, default: 1, type: 'integer', minimum: 1, maximum: 100_000 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100_000) page?: number;
  @ApiPropertyOptional({ example: 20, default: 20, type: 'integer', minimum: 1, maximum: 200 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) pageSize?: number;
}
