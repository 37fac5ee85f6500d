import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import { CountyEvaluationDto, TextList } from '../../shared/dto.js';

export class DeclineToRecommendDto {
  @ApiProperty({ type: CountyEvaluationDto })
  @IsObject() @ValidateNested() @Type(() => CountyEvaluationDto) countyEvaluation!: CountyEvaluationDto;

  @TextList(['服务满意度测评未达到要求'], 'written reasons, at least one (Art. 9)')
  reasons!: string[];
}
