import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { CountyEvaluationDto } from '../../shared/dto.js';

export class GiveRecheckOpinionDto {
  @ApiProperty({ enum: ['pass', 'fail'], example: 'pass', description: "the county's opinion; the city decides (Art. 15)" })
  @IsIn(['pass', 'fail']) opinion!: 'pass' | 'fail';

  @ApiProperty({ type: CountyEvaluationDto })
  @IsObject() @ValidateNested() @Type(() => CountyEvaluationDto) countyEvaluation!: CountyEvaluationDto;

  @ApiProperty({ example: '两年来运营正常，服务企业数量稳定增长，同意通过复核' })
  @IsString() @MaxLength(4000) comments!: string;
}
