import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { ApplicationContentDto } from '../../shared/dto.js';

export class SubmitApplicationDto {
  @ApiProperty({ example: 2027, type: 'integer', minimum: 2013, maximum: 2100, description: 'the yearly cycle applied to (Art. 12)' })
  @IsInt() @Min(2013) @Max(2100) cycleYear!: number;

  @ApiProperty({ type: ApplicationContentDto })
  @IsObject() @ValidateNested() @Type(() => ApplicationContentDto) application!: ApplicationContentDto;
}
