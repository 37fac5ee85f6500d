import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { MinPositionDto } from '../../read-models/read-query.dto.js';
import { IsCountyCode } from '../../shared/validators.js';
import { APPLICATION_STEPS, type ApplicationStep } from '@certflow/read-models';


export class ListApplicationsDto extends MinPositionDto {
  @ApiProperty({ example: 2027, type: 'integer', minimum: 2000, maximum: 2999, description: 'the cycle year (Art. 12)' })
  @Type(() => Number) @IsInt() @Min(2000) @Max(2999) cycle!: number;

  @ApiPropertyOptional({ example: '360702', pattern: '^3607\\d{2}$', description: "a Ganzhou county-level code; a county bureau always gets its own county's, whatever it asks (Art. 8)" })
  @IsOptional() @IsCountyCode() county?: string;
}

export class ApplicationItemDto {
  @ApiProperty({ example: 'gz-info-001' }) platformId!: string;
  @ApiProperty({ example: '360702' }) county!: string;
  @ApiProperty({ enum: APPLICATION_STEPS, example: 'PlatformRecommended', description: "the latest decision on the platform's application in that cycle" }) last!: ApplicationStep;
  @ApiProperty({ example: 41, type: 'integer', description: 'global position of that decision in the log' }) position!: number;
}

export class ApplicationListDto {
  @ApiProperty({ example: 2027, type: 'integer' }) cycleYear!: number;
  @ApiProperty({ type: [ApplicationItemDto], description: 'one per platform that applied in the cycle, in the order of their latest decision' })
  items!: ApplicationItemDto[];
}
