import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { CountyEvaluationDto, DocumentRefDto } from '../../shared/dto.js';
import { OverrideDto } from '../certify-platform/certify-platform.dto.js';

export class RecommendPlatformDto {
  @ApiProperty({ type: CountyEvaluationDto })
  @IsObject() @ValidateNested() @Type(() => CountyEvaluationDto) countyEvaluation!: CountyEvaluationDto;

  @ApiProperty({ type: DocumentRefDto, description: '附件1 推荐表, signed and sealed by the county bureau' })
  @IsObject() @ValidateNested() @Type(() => DocumentRefDto) recommendationForm!: DocumentRefDto;

  // Same shape as the city's overrides when it certifies: one vocabulary for setting a criterion aside.
  @ApiPropertyOptional({
    type: [OverrideDto],
    description:
      'one per failed criterion the measures qualify with "generally" (Art. 6(3) total assets), with the county\'s written reason for the city; none when all criteria pass. Any other failed criterion of Arts. 6 and 7 refuses the recommendation (409).',
  })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => OverrideDto) overrides?: OverrideDto[];
}
