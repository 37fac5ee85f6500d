import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsIsoDate } from '../../shared/validators.js';

export class OpenCycleDto {
  @ApiProperty({ example: 'ganzhou-2013', minLength: 1, maxLength: 100, description: 'the measures the cycle runs under' })
  @IsString() @MinLength(1) @MaxLength(100) rulesetId!: string;

  @ApiProperty({ example: '关于开展2027年度市级中小企业公共服务示范平台认定工作的通知', minLength: 2, maxLength: 300 })
  @IsString() @MinLength(2) @MaxLength(300) noticeTitle!: string;

  @ApiProperty({ example: '2027-04-30', format: 'date', description: 'last day to apply, Asia/Shanghai (Art. 12)' }) @IsIsoDate() applicationDeadline!: string;
  @ApiProperty({ example: '2027-05-31', format: 'date', description: 'last day for recheck materials (Art. 15)' }) @IsIsoDate() recheckMaterialsDeadline!: string;
  @ApiProperty({ example: '2027-07-31', format: 'date', description: "last day of the city's review" }) @IsIsoDate() reviewDeadline!: string;
}
