import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { CountyEvaluationDto, DocumentRefDto } from '../../shared/dto.js';

export class RecommendPlatformDto {
  @ApiProperty({ type: CountyEvaluationDto })
  @ValidateNested() @Type(() => CountyEvaluationDto) countyEvaluation!: CountyEvaluationDto;

  @ApiProperty({ type: DocumentRefDto, description: '附件1 推荐表, signed and sealed by the county bureau' })
  @ValidateNested() @Type(() => DocumentRefDto) recommendationForm!: DocumentRefDto;
}
