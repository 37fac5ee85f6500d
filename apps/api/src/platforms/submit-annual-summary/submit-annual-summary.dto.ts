import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { DocumentRefDto } from '../../shared/dto.js';

export class SubmitAnnualSummaryDto {
  @ApiProperty({ example: 2027, type: 'integer', minimum: 2013, maximum: 2100, description: 'the year the summary covers, from the year of certification to this year (Art. 14)' })
  @IsInt() @Min(2013) @Max(2100) year!: number;

  @ApiProperty({ type: DocumentRefDto, description: '年度工作总结' })
  @IsObject() @ValidateNested() @Type(() => DocumentRefDto) summary!: DocumentRefDto;
}
