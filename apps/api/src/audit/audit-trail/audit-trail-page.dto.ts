import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Instant, JSON_OBJECT, ReadModelDocumentDto, RuleEvaluationDto } from '../../shared/responses.js';

/** One decision (one event) with who made it, when, on which inputs and rules. */
export class AuditEntryDto extends ReadModelDocumentDto {
  @ApiProperty({ example: '01a2320f-9f1d-7ccf-aaed-f6ca69dd7c0a', description: 'event id (UUID v7)' }) eventId!: string;
  @ApiProperty({ example: 20, type: 'integer', description: 'global position' }) position!: number;
  @ApiProperty({ example: 'platform-gz-info-001' }) streamId!: string;
  @ApiProperty({ example: 3, type: 'integer' }) streamVersion!: number;
  @ApiProperty({ example: 'PlatformCertified' }) type!: string;
  @ApiPropertyOptional({ example: 'gz-info-001' }) platformId?: string;
  @ApiPropertyOptional({ example: 2027, type: 'integer' }) cycleYear?: number;
  @ApiPropertyOptional({ example: '360702', description: 'county of the platform concerned' }) county?: string;
  @ApiProperty({ example: 'city-reviewer-wang' }) actorId!: string;
  @ApiProperty({ example: 'city' }) role!: string;
  @ApiPropertyOptional({ example: '360702', description: "a county actor's county" }) actorCounty?: string;
  @Instant('2027-06-15T01:30:00.000Z', 'business time') occurredAt!: string;
  @Instant('2027-06-15T01:30:00.112Z', 'when the store wrote it (real time)') recordedAt!: string;
  @ApiPropertyOptional({ example: '0b7e2a36-6c5f-4a8e-9a55-5d2d3f3c0f6e' }) commandId?: string;
  @ApiPropertyOptional({ example: '0b7e2a36-6c5f-4a8e-9a55-5d2d3f3c0f6e' }) correlationId?: string;
  @ApiPropertyOptional({ example: 'CertifyPlatform' }) command?: string;
  @ApiProperty({ ...JSON_OBJECT, description: "the event's data as decided, without the rule evaluation (that is `ruleEvaluation`)" })
  inputs!: Record<string, unknown>;
  @ApiPropertyOptional({ type: RuleEvaluationDto }) ruleEvaluation?: RuleEvaluationDto;
  @ApiPropertyOptional({ example: 'ganzhou-2013' }) rulesetId?: string;
  @ApiPropertyOptional({ example: 1, type: 'integer' }) rulesetVersion?: number;
  @ApiPropertyOptional({ type: [String], example: ['符合第六条基本条件和第七条类别要求'] }) reasons?: string[];
  @ApiProperty({ example: 'b004e660b9f2520e0b427f29443b02121abc5bd50290c10ccede8b233b0469c8', description: 'chain hash of the event' })
  hash!: string;
}

export class AuditTrailPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items!: AuditEntryDto[];
  @ApiProperty({ example: 9, type: 'integer' }) total!: number;
  @ApiProperty({ example: 1, type: 'integer' }) page!: number;
  @ApiProperty({ example: 50, type: 'integer' }) pageSize!: number;
}
