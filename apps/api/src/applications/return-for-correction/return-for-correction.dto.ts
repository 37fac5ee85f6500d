import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { MATERIALS, type MaterialCode } from '@certflow/domain';
import { TextList } from '../../shared/dto.js';

export class ReturnForCorrectionDto {
  @TextList(['缺少专项审计报告，请补正后重新提交'], 'why the application goes back; may be empty when missingMaterials says it')
  reasons!: string[];

  @ApiProperty({ enum: MATERIALS, isArray: true, example: ['special-audit-report'], description: 'Art. 10 materials still to supply' })
  @IsArray() @ArrayUnique() @ArrayMaxSize(MATERIALS.length) @IsIn(MATERIALS, { each: true }) missingMaterials!: MaterialCode[];
}
