import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

export class OpenRecheckDto {
  @ApiProperty({ example: 2029, type: 'integer', minimum: 2013, maximum: 2100, description: 'the yearly cycle the recheck runs with; it must be open (Art. 15)' })
  @IsInt() @Min(2013) @Max(2100) cycleYear!: number;
}
