import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ANY_JSON, Instant } from '../../shared/responses.js';
import { TimelineEntryDto } from '../replay-stream/replay-stream.dto.js';

class DecidedEventDto extends TimelineEntryDto {
  @ApiProperty({ example: 'platform-gz-info-001' }) streamId!: string;
}

class DecisionKindDto {
  @ApiProperty({ example: '市局认定为示范平台' }) zh!: string;
  @ApiProperty({ example: 'certified by the city bureau' }) en!: string;
  @ApiProperty({ example: '11' }) article!: string;
}

class DecisionActorDto {
  @ApiProperty({ example: 'city-reviewer-wang' }) id!: string;
  @ApiProperty({ example: 'city' }) role!: string;
  @ApiPropertyOptional({ example: '360702' }) county?: string;
}

class RulesetRefDto {
  @ApiProperty({ example: 'ganzhou-2013' }) id!: string;
  @ApiProperty({ example: 1, type: 'integer' }) version!: number;
  @ApiPropertyOptional({ example: '赣州市市级中小企业公共服务示范平台认定管理办法' }) title?: string;
  @ApiProperty({ example: true, description: 'this deployment still carries that version, so the decision could be re-checked' }) available!: boolean;
}

class ExplainedCriterionDto {
  @ApiProperty({ example: '6(3) total assets' }) criterion!: string;
  @ApiProperty({ example: '资产总额（第六条第（三）项）' }) label!: string;
  @ApiProperty({ example: '6(3)' }) article!: string;
  @ApiProperty({ example: '第六条第（三）项' }) articleZh!: string;
  @ApiProperty({ ...ANY_JSON, example: 2_500_000 }) input!: unknown;
  @ApiProperty({ ...ANY_JSON, example: 2_000_000 }) threshold!: unknown;
  @ApiProperty({ enum: ['pass', 'fail', 'needs-judgement'], example: 'pass' }) result!: string;
  @ApiProperty({ example: true }) overridable!: boolean;
  @ApiPropertyOptional({ example: '县政府重点扶持项目，资产正在注入', description: 'the written reason a failed criterion was set aside with' }) overriddenBecause?: string;
}

class MaterialReferenceDto {
  @ApiProperty({ example: 'special-audit-report' }) code!: string;
  @ApiProperty({ example: '上一年度服务收支情况专项审计报告' }) label!: string;
  @ApiProperty({ example: '2026年度专项审计报告.pdf' }) name!: string;
  @ApiProperty({ example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }) sha256!: string;
  @ApiProperty({ example: 'doc://gz-info-001/audit-2026.pdf' }) location!: string;
}

class BasisDto {
  @ApiProperty({ example: '01a2320f-9f1d-7ccf-aaed-f6ca69dd7c0a' }) eventId!: string;
  @ApiProperty({ example: 'PlatformRecommended' }) type!: string;
  @ApiProperty({ example: 3, type: 'integer' }) streamVersion!: number;
  @Instant('2027-04-20T02:00:00.000Z', 'business time') occurredAt!: string;
  @ApiProperty({ example: 'county-360702' }) actorId!: string;
}

class ReproductionDto {
  @ApiProperty({ enum: ['reproduced', 'differs', 'ruleset-unavailable', 'no-application'], example: 'reproduced' }) outcome!: string;
  @ApiPropertyOptional({ type: [String], example: ['6(3) total assets result: stored "pass", recomputed "fail"'] }) differences?: string[];
  @ApiPropertyOptional({ example: 'ganzhou-2013' }) rulesetId?: string;
  @ApiPropertyOptional({ example: 1, type: 'integer' }) rulesetVersion?: number;
}

export class DecisionExplanationDto {
  @ApiProperty({ type: DecidedEventDto }) decision!: DecidedEventDto;
  @ApiProperty({ type: DecisionKindDto }) what!: DecisionKindDto;
  @ApiPropertyOptional({ example: 'gz-info-001' }) platformId?: string;
  @ApiPropertyOptional({ example: 2027, type: 'integer' }) cycleYear?: number;
  @ApiProperty({ type: DecisionActorDto }) actor!: DecisionActorDto;
  @ApiProperty({ type: [String], example: ['符合第六条基本条件和第七条类别要求'] }) reasons!: string[];
  @ApiProperty({ type: [String], example: ['市局评审组 王组长'] }) reviewers!: string[];
  @ApiPropertyOptional({ type: RulesetRefDto, description: 'the ruleset version of the decision day' }) ruleset?: RulesetRefDto;
  @ApiProperty({ type: [ExplainedCriterionDto] }) criteria!: ExplainedCriterionDto[];
  @ApiProperty({ type: [String] }) failed!: string[];
  @ApiProperty({ type: [String] }) needsJudgement!: string[];
  @ApiProperty({ type: [MaterialReferenceDto] }) materials!: MaterialReferenceDto[];
  @ApiProperty({ type: [BasisDto], description: 'the earlier steps of the same cycle the decision rests on' }) basedOn!: BasisDto[];
  @ApiPropertyOptional({ type: ReproductionDto, description: "re-running that ruleset version's rules over the stream's history" }) reproduction?: ReproductionDto;
}
