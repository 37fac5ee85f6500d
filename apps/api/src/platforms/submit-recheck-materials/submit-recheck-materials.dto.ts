import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, ValidateNested } from 'class-validator';
import { RecheckMaterialDto } from '../../shared/dto.js';

export class SubmitRecheckMaterialsDto {
  // No minimum here: the decider names the missing materials and the article, which a bare size error would not.
  @ApiProperty({ type: [RecheckMaterialDto], description: 'the 3 recheck materials of Art. 15' })
  @IsArray() @ArrayMaxSize(20) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => RecheckMaterialDto) materials!: RecheckMaterialDto[];
}
