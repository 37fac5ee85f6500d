import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class WithdrawApplicationDto {
  @ApiProperty({ example: '本年度暂不具备申报条件，主动撤回' })
  @IsString() @MinLength(1) @MaxLength(2000) reason!: string;
}
