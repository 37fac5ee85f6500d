import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  MATERIALS,
  RECHECK_MATERIALS,
  SERVICE_CATEGORIES,
  type ApplicationContent,
  type MaterialCode,
  type RecheckMaterialCode,
  type ServiceCategory,
} from '@certflow/domain';
import { IsChineseName, IsCountyCode, IsCreditCode, IsIsoDate } from './validators.js';

const SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export class DocumentRefDto {
  @ApiProperty({ example: '申请报告.pdf' }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ example: SHA, description: 'SHA-256 of the file, hex' }) @Matches(/^[0-9a-f]{64}$/) sha256!: string;
  @ApiProperty({ example: 482113 }) @IsInt() @Min(1) @Max(2 ** 40) sizeBytes!: number;
  @ApiProperty({ example: 'application/pdf' }) @Matches(/^[a-z]+\/[a-z0-9.+-]+$/) mediaType!: string;
  @ApiProperty({ example: 'docs://2027/platform-1/application-report.pdf', description: 'where the file lives' })
  @IsString() @MinLength(1) @MaxLength(500) location!: string;
}

export class MaterialDto extends DocumentRefDto {
  @ApiProperty({ enum: MATERIALS, example: 'application-report', description: 'Art. 10 material' })
  @IsIn(MATERIALS) code!: MaterialCode;
}

export class RecheckMaterialDto extends DocumentRefDto {
  @ApiProperty({ enum: RECHECK_MATERIALS, example: 'two-year-summary', description: 'Art. 15 recheck material' })
  @IsIn(RECHECK_MATERIALS) code!: RecheckMaterialCode;
}

class OperatorDto {
  @ApiProperty({ example: '赣州市数智科技服务有限公司' }) @IsChineseName() name!: string;
  @ApiProperty({ example: '91350100M000100Y43' }) @IsCreditCode() creditCode!: string;
  @ApiProperty({ enum: ['government', 'enterprise', 'institution', 'individual'], example: 'enterprise' })
  @IsIn(['government', 'enterprise', 'institution', 'individual']) establishedBy!: 'government' | 'enterprise' | 'institution' | 'individual';
}

class BaseDto {
  @ApiProperty({ enum: ['industrial-cluster', 'startup-base', 'industrial-park', 'new-industrialisation-base'], example: 'industrial-park' })
  @IsIn(['industrial-cluster', 'startup-base', 'industrial-park', 'new-industrialisation-base'])
  kind!: 'industrial-cluster' | 'startup-base' | 'industrial-park' | 'new-industrialisation-base';
  @ApiProperty({ example: '赣州高新技术产业园区' }) @IsChineseName() name!: string;
}

class ProfileDto {
  @ApiProperty({ example: '赣州市中小企业信息服务平台' }) @IsChineseName() name!: string;
  @ApiProperty({ type: OperatorDto }) @IsObject() @ValidateNested() @Type(() => OperatorDto) operator!: OperatorDto;
  @ApiProperty({ example: '360702', description: 'county-level division code (章贡区 360702)' }) @IsCountyCode() county!: string;
  @ApiProperty({ example: '2023-05-10', format: 'date' }) @IsIsoDate() establishedOn!: string;
  @ApiProperty({ enum: SERVICE_CATEGORIES, isArray: true, example: ['information', 'training'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(5) @IsIn(SERVICE_CATEGORIES, { each: true }) categories!: ServiceCategory[];
  @ApiProperty({ example: false, description: '综合服务平台 (Art. 6(5))' }) @IsBoolean() comprehensive!: boolean;
  @ApiProperty({ type: BaseDto }) @IsObject() @ValidateNested() @Type(() => BaseDto) base!: BaseDto;
}

class CountDto {
  @ApiProperty({ example: 3 }) @IsInt() @Min(0) @Max(1_000_000) events!: number;
}
class InformationFiguresDto extends CountDto {
  @ApiProperty({ example: 60 }) @IsInt() @Min(0) @Max(1_000_000) offlineFirms!: number;
}
class TrainingFiguresDto {
  @ApiProperty({ example: 1200 }) @IsInt() @Min(0) @Max(10_000_000) traineeTimes!: number;
}
class FinancingFiguresDto {
  @ApiProperty({ example: 2 }) @IsInt() @Min(0) @Max(100_000) matchmakingEvents!: number;
  @ApiProperty({ example: 2 }) @IsInt() @Min(0) @Max(100_000) financingLectures!: number;
}

class FiguresDto {
  @ApiProperty({ example: 2_500_000, description: 'CNY (Art. 6(3): ≥ 2,000,000, "generally")' })
  @IsNumber() @Min(0) @Max(1e13) totalAssetsCny!: number;
  @ApiProperty({ example: 12 }) @IsInt() @Min(0) @Max(1_000_000) staffServingSmes!: number;
  @ApiProperty({ example: 8, description: 'college degree or mid-level title and above' })
  @IsInt() @Min(0) @Max(1_000_000) qualifiedStaff!: number;
  @ApiProperty({ example: 350 }) @IsNumber() @Min(0) @Max(1e7) premisesM2!: number;
  @ApiProperty({ example: 25 }) @IsNumber() @Min(0) @Max(100) publicInterestPercent!: number;
  @ApiProperty({ example: 0, description: 'aggregated service institutions (comprehensive platforms)' })
  @IsInt() @Min(0) @Max(100_000) serviceInstitutions!: number;
  @ApiProperty({ example: 80 }) @IsInt() @Min(0) @Max(10_000_000) smesServedLastYear!: number;
  @ApiProperty({ example: 65 }) @IsInt() @Min(0) @Max(10_000_000) smesServedYearBefore!: number;
  @ApiProperty({ example: 88 }) @IsNumber() @Min(0) @Max(100) satisfactionPercent!: number;
  @ApiPropertyOptional({ type: InformationFiguresDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => InformationFiguresDto)
  information?: InformationFiguresDto;
  @ApiPropertyOptional({ type: CountDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => CountDto) technology?: CountDto;
  @ApiPropertyOptional({ type: CountDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => CountDto) entrepreneurship?: CountDto;
  @ApiPropertyOptional({ type: TrainingFiguresDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => TrainingFiguresDto)
  training?: TrainingFiguresDto;
  @ApiPropertyOptional({ type: FinancingFiguresDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => FinancingFiguresDto)
  financing?: FinancingFiguresDto;
}

const CAPABILITY = /^[a-z][a-z-]{1,60}$/;
class CapabilitiesDto {
  @ApiPropertyOptional({ example: ['online-information-system', 'online-and-offline-service'] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @Matches(CAPABILITY, { each: true }) information?: string[];
  @ApiPropertyOptional({ example: ['expert-database', 'project-database'] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @Matches(CAPABILITY, { each: true }) technology?: string[];
  @ApiPropertyOptional({ example: ['coaching', 'startup-project-database', 'startup-guide', 'hotline'] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @Matches(CAPABILITY, { each: true }) entrepreneurship?: string[];
  @ApiPropertyOptional({ example: ['training-qualification', 'remote-training', 'training-evaluation'] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @Matches(CAPABILITY, { each: true }) training?: string[];
  @ApiPropertyOptional({ example: ['financing-advice', 'financing-planning', 'referral-and-agency', 'financing-supermarket'] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @Matches(CAPABILITY, { each: true }) financing?: string[];
}

class DeclarationsDto {
  @ApiProperty({ example: true }) @IsBoolean() independentLegalPerson!: boolean;
  @ApiProperty({ example: true }) @IsBoolean() qualifiedForServices!: boolean;
  @ApiProperty({ example: true }) @IsBoolean() servesMainlySmesInBase!: boolean;
  @ApiProperty({ example: true }) @IsBoolean() soundFinances!: boolean;
  @ApiProperty({ example: true }) @IsBoolean() managementSystem!: boolean;
  @ApiProperty({ example: true }) @IsBoolean() smallFirmDiscounts!: boolean;
  @ApiProperty({ example: true }) @IsBoolean() developmentPlan!: boolean;
  @ApiProperty({ type: CapabilitiesDto }) @IsObject() @ValidateNested() @Type(() => CapabilitiesDto) capabilities!: CapabilitiesDto;
}

export class ApplicationContentDto implements ApplicationContent {
  @ApiProperty({ type: ProfileDto }) @IsObject() @ValidateNested() @Type(() => ProfileDto) profile!: ProfileDto;
  @ApiProperty({ type: FiguresDto }) @IsObject() @ValidateNested() @Type(() => FiguresDto) figures!: FiguresDto;
  @ApiProperty({ type: DeclarationsDto }) @IsObject() @ValidateNested() @Type(() => DeclarationsDto) declarations!: DeclarationsDto;
  @ApiProperty({ type: [MaterialDto], description: 'the 8 materials of Art. 10' })
  @IsArray() @ArrayMaxSize(50) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => MaterialDto) materials!: MaterialDto[];
}

class AssessmentDto {
  @ApiProperty({ example: 85, minimum: 0, maximum: 100 }) @IsNumber() @Min(0) @Max(100) score!: number;
  @ApiProperty({ example: '运营规范，服务记录完整' }) @IsString() @MaxLength(2000) comment!: string;
}

/** 测评 (Art. 9). */
export class CountyEvaluationDto {
  @ApiProperty({ type: AssessmentDto }) @IsObject() @ValidateNested() @Type(() => AssessmentDto) operation!: AssessmentDto;
  @ApiProperty({ type: AssessmentDto }) @IsObject() @ValidateNested() @Type(() => AssessmentDto) performance!: AssessmentDto;
  @ApiProperty({ type: AssessmentDto }) @IsObject() @ValidateNested() @Type(() => AssessmentDto) satisfaction!: AssessmentDto;
  @ApiProperty({ example: ['刘科长', '陈干事'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @IsString({ each: true }) @MinLength(1, { each: true }) evaluators!: string[];
}

export const REASONS_EXAMPLE = ['材料齐全，各项指标达到认定条件'];
export const REVIEWERS_EXAMPLE = ['市局评审组 王组长', '市局评审组 李委员'];

/** Reasons and reviewers: what every decision by the city or a county writes down. */
export const TextList = (example: string[] = REASONS_EXAMPLE, description?: string) =>
  applyDecorators(
    ApiProperty({ example, type: [String], maxItems: 50, items: { type: 'string', maxLength: 2000 }, ...(description ? { description } : {}) }),
    IsArray(),
    ArrayMaxSize(50),
    IsString({ each: true }),
    MaxLength(2000, { each: true }),
  );

export class CommandAnswerDto {
  @ApiProperty({ example: 'platform-gz-info-001' }) streamId!: string;
  @ApiProperty({ example: 3, description: 'stream version after the command' }) streamVersion!: number;
  @ApiProperty({ example: 1042, description: 'global position of the last event written' }) globalPosition!: number;
  @ApiProperty({ example: ['PlatformRecommended'] }) events!: string[];
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'the rule evaluation the events carry (Arts. 6, 7), criterion by criterion' })
  evaluation?: unknown;
}
