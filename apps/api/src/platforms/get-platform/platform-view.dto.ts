import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApplicationContentDto } from '../../shared/dto.js';
import { Day, RecordedEventDto, RuleEvaluationDto } from '../../shared/responses.js';

const STATUSES = [
  'submitted',
  'returned',
  'recommended',
  'closed',
  'certified',
  'recheck-open',
  'recheck-submitted',
  'recheck-opinion-given',
  'recheck-failed',
  'revocation-announced',
  'revoked',
] as const;

/**
 * The platform's state folded from its stream: a union keyed on `status`; which fields a status
 * carries is said with each field.
 */
class PlatformStateDto {
  @ApiProperty({ enum: STATUSES, example: 'certified' }) status!: (typeof STATUSES)[number];
  @ApiPropertyOptional({ example: 'gz-info-001' }) platformId?: string;
  @ApiPropertyOptional({ example: '赣州市中小企业信息服务平台' }) name?: string;
  @ApiPropertyOptional({ example: '360702' }) county?: string;
  @ApiPropertyOptional({ example: 2027, type: 'integer', description: 'the cycle of the current application or recheck' }) cycleYear?: number;
  @ApiPropertyOptional({ type: ApplicationContentDto, description: 'submitted, returned, recommended' }) application?: ApplicationContentDto;
  @ApiPropertyOptional({ type: RuleEvaluationDto, description: 'submitted, returned, recommended' }) evaluation?: RuleEvaluationDto;
  @ApiPropertyOptional({ enum: ['withdrawn', 'not-recommended', 'rejected'], description: 'closed' }) closedAs?: string;
  @ApiPropertyOptional({ example: 2027, type: 'integer', description: 'certified and after' }) certifiedIn?: number;
  @ApiPropertyOptional({ example: 2029, type: 'integer', description: 'certified and after' }) nextRecheckYear?: number;
  @ApiPropertyOptional({ type: 'integer', isArray: true, example: [2027, 2028], description: 'years whose summary came (Art. 14)' })
  summaries?: number[];
  @Day('2029-05-31', 'recheck-open, recheck-submitted, recheck-opinion-given', true) materialsDueOn?: string;
  @Day('2029-07-12', 'revocation-announced', true) noticeEndsOn?: string;
  @Day('2029-07-12', 'revoked', true) revokedOn?: string;
}

export class PlatformViewDto {
  @ApiProperty({ example: 'gz-info-001' }) platformId!: string;
  @ApiProperty({ type: PlatformStateDto }) state!: PlatformStateDto;
  @ApiProperty({ example: 3, type: 'integer' }) streamVersion!: number;
  @ApiProperty({ type: [RecordedEventDto], description: "the platform's whole stream, oldest first" }) history!: RecordedEventDto[];
}
