import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import { ApplicationContentDto } from '../../shared/dto.js';

export class ResubmitApplicationDto {
  @ApiProperty({ type: ApplicationContentDto, description: 'the corrected application in full; it replaces the one returned' })
  @IsObject() @ValidateNested() @Type(() => ApplicationContentDto) application!: ApplicationContentDto;
}
