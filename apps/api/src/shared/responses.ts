import { ApiParam, ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { PLATFORM_ID } from './dispatch.js';
import { CountyEvaluationDto, DocumentRefDto } from './dto.js';

/**
 * Path parameters as PlatformIdPipe and YearPipe accept them, so that generated requests and
 * clients know the constraint instead of learning it from a 400.
 */
export function ApiPathParameter(name: 'platformId' | 'year') {
  return name === 'platformId'
    ? ApiParam({
        name,
        type: 'string',
        description: '2 to 63 lowercase letters, digits or dashes, starting with a letter or digit',
        schema: { type: 'string', pattern: PLATFORM_ID.source, example: 'gz-info-001' },
      })
    : ApiParam({
        name,
        type: 'integer',
        description: 'the cycle year, four digits, 2013 to 2100',
        schema: { type: 'integer', minimum: 2013, maximum: 2100, example: 2027 },
      });
}

/** Any JSON value: a rule's input and threshold are numbers, booleans, strings or objects. */
export const ANY_JSON: ApiPropertyOptions = {
  oneOf: [
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'array', items: {} },
    { type: 'object', additionalProperties: true },
  ],
  nullable: true,
};

/** A JSON object whose keys vary (event data, rule inputs). */
export const JSON_OBJECT = { type: 'object', additionalProperties: true } as const;

/** Asia/Shanghai calendar day. */
export const Day = (example: string, description?: string, optional = false) =>
  (optional ? ApiPropertyOptional : ApiProperty)({ type: 'string', format: 'date', example, ...(description ? { description } : {}) });

export const Instant = (example: string, description?: string, optional = false) =>
  (optional ? ApiPropertyOptional : ApiProperty)({ type: 'string', format: 'date-time', example, ...(description ? { description } : {}) });

export class CriterionResultDto {
  @ApiProperty({ example: '6(3) total assets', description: 'stable name, article first' }) criterion!: string;
  @ApiProperty({ example: '6(3)' }) article!: string;
  @ApiProperty({ ...ANY_JSON, example: 2_500_000, description: 'what the application declared' }) input!: unknown;
  @ApiProperty({ ...ANY_JSON, example: 2_000_000, description: 'what the ruleset requires' }) threshold!: unknown;
  @ApiProperty({ enum: ['pass', 'fail', 'needs-judgement'], example: 'pass' }) result!: 'pass' | 'fail' | 'needs-judgement';
  @ApiProperty({ example: true, description: 'the city may set a failure aside with a written reason ("generally")' }) overridable!: boolean;
}

/** Arts. 6-7 evaluated criterion by criterion, with the ruleset of its day. */
export class RuleEvaluationDto {
  @ApiProperty({ example: 'ganzhou-2013' }) rulesetId!: string;
  @ApiProperty({ example: 1, type: 'integer' }) rulesetVersion!: number;
  @Day('2027-03-20') evaluatedOn!: string;
  @ApiProperty({ type: [CriterionResultDto] }) criteria!: CriterionResultDto[];
  @ApiProperty({ type: [String], example: [], description: 'criteria that failed' }) failed!: string[];
  @ApiProperty({ type: [String], example: ['6(1) independent legal person'], description: 'criteria people judge on the evidence' })
  needsJudgement!: string[];
}

export class AppliedOverrideDto {
  @ApiProperty({ example: '6(3) total assets' }) criterion!: string;
  @ApiProperty({ example: '资产总额略低于标准，但服务绩效突出' }) reason!: string;
}

/** Who did it, for whom, and when in business time; plus what the command added. */
export class EventMetadataDto {
  @ApiPropertyOptional({ example: 'city-reviewer-wang' }) actorId?: string;
  @ApiPropertyOptional({ example: 'city', enum: ['applicant', 'county', 'city', 'auditor'] }) role?: string;
  @ApiPropertyOptional({ example: '360702', description: "a county actor's county" }) county?: string;
  @ApiPropertyOptional({ example: '0b7e2a36-6c5f-4a8e-9a55-5d2d3f3c0f6e', description: 'the Idempotency-Key, or a fresh id' }) commandId?: string;
  @ApiPropertyOptional({ example: '0b7e2a36-6c5f-4a8e-9a55-5d2d3f3c0f6e' }) correlationId?: string;
  @ApiPropertyOptional({ example: '0b7e2a36-6c5f-4a8e-9a55-5d2d3f3c0f6e' }) causationId?: string;
  @Instant('2027-06-15T01:30:00.000Z', 'business time', true) occurredAt?: string;
  @ApiPropertyOptional({ example: 'CertifyPlatform' }) command?: string;
  @ApiPropertyOptional({ example: 'gz-info-001' }) platformId?: string;
  @ApiPropertyOptional({ example: '360702', description: 'county of the platform concerned' }) platformCounty?: string;
}

/** One event of a stream as the store recorded it. */
export class RecordedEventDto {
  @ApiProperty({ example: 'PlatformCertified' }) type!: string;
  @ApiProperty({ ...JSON_OBJECT, description: "the event's data; its shape depends on `type`" }) data!: Record<string, unknown>;
  @ApiProperty({ type: EventMetadataDto }) metadata!: EventMetadataDto;
  @ApiProperty({ example: 3, type: 'integer' }) streamVersion!: number;
  @ApiProperty({ example: 1042, type: 'integer' }) globalPosition!: number;
  @Instant('2027-06-15T01:30:00.112Z', 'when the store wrote it (real time)') recordedAt!: string;
  @ApiProperty({ example: '3981997268f31edfb57c70d1cfe2e85b812fa989b9d5bcb2b4065e74530a8c11', description: 'SHA-256 chain hash, hex' })
  hash!: string;
}

/** The read-model bookkeeping every document carries. */
export class ReadModelDocumentDto {
  @ApiProperty({ example: 'gz-info-001', description: 'document key' }) _id!: string;
  @ApiProperty({ example: 1042, type: 'integer', description: 'last global position applied to the document' }) lastPosition!: number;
}

export { CountyEvaluationDto, DocumentRefDto };
