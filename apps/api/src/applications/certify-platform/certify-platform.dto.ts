import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { REVIEWERS_EXAMPLE, TextList } from '../../shared/dto.js';

/** A criterion the ruleset lets the city set aside, with the written reason Art. 6(3)'s "generally" calls for. */
export class OverrideDto {
  @ApiProperty({ example: '6(3) total assets', minLength: 1, maxLength: 200, description: 'a failed criterion the ruleset marks overridable' })
  @IsString() @MinLength(1) @MaxLength(200) criterion!: string;

  // An empty reason is left to the domain, which refuses it with the article that asks for one.
  @ApiProperty({ maxLength: 2000, example: '资产总额略低于200万元，但近两年服务中小企业成效突出，经评审组集体研究同意破格认定' })
  @IsString() @MaxLength(2000) reason!: string;
}

export class CertifyPlatformDto {
  @TextList(REVIEWERS_EXAMPLE, 'who reviewed, at least one (Art. 11)')
  reviewers!: string[];

  @TextList()
  reasons!: string[];

  @ApiPropertyOptional({ type: [OverrideDto], maxItems: 20, description: 'one per failed overridable criterion; none when all criteria pass' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => OverrideDto) overrides?: OverrideDto[];
}
