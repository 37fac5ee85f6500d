import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RecheckMaterialDto } from '../../shared/dto.js';
import { CountyEvaluationDto, Day, DocumentRefDto, AppliedOverrideDto, ReadModelDocumentDto, RuleEvaluationDto } from '../../shared/responses.js';

class ReturnRecordDto {
  @Day('2027-03-25') on!: string;
  @ApiProperty({ type: [String], example: ['缺少专项审计报告'] }) reasons!: string[];
  @ApiProperty({ type: [String], example: ['special-audit-report'] }) missingMaterials!: string[];
}

class WithdrawalDto {
  @Day('2027-04-02') on!: string;
  @ApiProperty({ example: '运营主体调整，暂不申报' }) reason!: string;
}

class CountyDecisionDto {
  @ApiProperty({ enum: ['recommended', 'not-recommended'], example: 'recommended' }) decision!: 'recommended' | 'not-recommended';
  @Day('2027-05-10') on!: string;
  @ApiProperty({ example: 'county-360702-officer', description: 'actor id' }) by!: string;
  @ApiProperty({ type: CountyEvaluationDto }) evaluation!: CountyEvaluationDto;
  @ApiProperty({ type: [String], example: [] }) reasons!: string[];
  @ApiPropertyOptional({ type: DocumentRefDto, description: '推荐表, when recommended' }) recommendationForm?: DocumentRefDto;
  @ApiProperty({ type: RuleEvaluationDto }) ruleEvaluation!: RuleEvaluationDto;
}

class CityDecisionDto {
  @ApiProperty({ enum: ['certified', 'rejected'], example: 'certified' }) decision!: 'certified' | 'rejected';
  @Day('2027-06-15') on!: string;
  @ApiProperty({ example: 'city-reviewer-wang', description: 'actor id' }) by!: string;
  @ApiProperty({ type: [String], example: ['市局评审组 王组长'] }) reviewers!: string[];
  @ApiProperty({ type: [String], example: ['符合第六条基本条件和第七条类别要求'] }) reasons!: string[];
  @ApiProperty({ type: [AppliedOverrideDto] }) overrides!: AppliedOverrideDto[];
  @ApiProperty({ type: RuleEvaluationDto }) ruleEvaluation!: RuleEvaluationDto;
}

/** One application (Arts. 8-11) from submission to the city's decision. */
class ApplicationRecordDto {
  @ApiProperty({ example: 2027, type: 'integer' }) cycleYear!: number;
  @Day('2027-03-20') submittedOn!: string;
  @Day('2027-03-28', undefined, true) resubmittedOn?: string;
  @ApiProperty({ type: [ReturnRecordDto], description: 'returned for correction' }) returns!: ReturnRecordDto[];
  @ApiPropertyOptional({ type: WithdrawalDto }) withdrawn?: WithdrawalDto;
  @ApiProperty({ type: RuleEvaluationDto, description: 'as evaluated at submission' }) ruleEvaluation!: RuleEvaluationDto;
  @ApiPropertyOptional({ type: CountyDecisionDto }) county?: CountyDecisionDto;
  @ApiPropertyOptional({ type: CityDecisionDto }) city?: CityDecisionDto;
}

class SummaryRecordDto {
  @ApiProperty({ example: 2027, type: 'integer' }) year!: number;
  @Day('2028-01-20') submittedOn!: string;
  @ApiProperty({ type: DocumentRefDto }) summary!: DocumentRefDto;
}

class OverdueSummaryDto {
  @ApiProperty({ example: 2027, type: 'integer' }) year!: number;
  @Day('2028-03-31') dueOn!: string;
  @Day('2028-04-01') recordedOn!: string;
}

class RecheckMaterialsRecordDto {
  @Day('2029-04-15') submittedOn!: string;
  @ApiProperty({ type: [RecheckMaterialDto] }) documents!: RecheckMaterialDto[];
}

class CountyOpinionDto {
  @ApiProperty({ enum: ['pass', 'fail'], example: 'pass' }) opinion!: 'pass' | 'fail';
  @Day('2029-05-20') on!: string;
  @ApiProperty({ example: 'county-360702-officer' }) by!: string;
  @ApiProperty({ type: CountyEvaluationDto }) evaluation!: CountyEvaluationDto;
  @ApiProperty({ example: '建议通过复核' }) comments!: string;
}

class CityRecheckResultDto {
  @ApiProperty({ enum: ['confirmed', 'failed'], example: 'confirmed' }) result!: 'confirmed' | 'failed';
  @Day('2029-06-10') on!: string;
  @ApiProperty({ example: 'city-reviewer-wang' }) by!: string;
  @ApiProperty({ type: [String], example: ['市局评审组 王组长'] }) reviewers!: string[];
  @ApiProperty({ type: [String], example: ['复核合格'] }) reasons!: string[];
  @ApiProperty({ example: false, description: 'failed because the materials never came (Art. 15)' }) materialsMissing!: boolean;
}

/** One biennial recheck (Art. 15). */
class RecheckRecordDto {
  @ApiProperty({ example: 2029, type: 'integer' }) cycleYear!: number;
  @Day('2029-03-05') openedOn!: string;
  @Day('2029-05-31') materialsDueOn!: string;
  @ApiPropertyOptional({ type: RecheckMaterialsRecordDto }) materials?: RecheckMaterialsRecordDto;
  @ApiPropertyOptional({ type: CountyOpinionDto }) countyOpinion?: CountyOpinionDto;
  @ApiPropertyOptional({ type: CityRecheckResultDto }) cityResult?: CityRecheckResultDto;
}

class RevocationRecordDto {
  @Day('2029-06-12') announcedOn!: string;
  @Day('2029-07-12') noticeEndsOn!: string;
  @ApiProperty({ type: [String], example: ['复核不合格'] }) reasons!: string[];
  @Day('2029-07-12', undefined, true) revokedOn?: string;
}

/** Review history (Arts. 9-15) of one platform. */
export class ReviewHistoryDto extends ReadModelDocumentDto {
  @ApiProperty({ example: 'gz-info-001' }) platformId!: string;
  @ApiProperty({ example: '赣州市中小企业信息服务平台' }) name!: string;
  @ApiProperty({ example: '360702' }) county!: string;
  @ApiProperty({ type: [ApplicationRecordDto] }) applications!: ApplicationRecordDto[];
  @ApiProperty({ type: [SummaryRecordDto], description: 'yearly summaries (Art. 14)' }) summaries!: SummaryRecordDto[];
  @ApiPropertyOptional({ type: [OverdueSummaryDto], description: 'yearly summaries not sent by their due date (Art. 14); one sent late is also in summaries' })
  overdueSummaries?: OverdueSummaryDto[];
  @ApiProperty({ type: [RecheckRecordDto] }) rechecks!: RecheckRecordDto[];
  @ApiPropertyOptional({ type: RevocationRecordDto }) revocation?: RevocationRecordDto;
}
