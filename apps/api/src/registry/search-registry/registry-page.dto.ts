import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SERVICE_CATEGORIES, type ServiceCategory } from '@certflow/domain';
import { Day, ReadModelDocumentDto } from '../../shared/responses.js';

class RegistryOperatorDto {
  @ApiProperty({ example: '赣州市数智科技服务有限公司' }) name!: string;
  @ApiProperty({ example: '91350100M000100Y43' }) creditCode!: string;
}

class LastRecheckDto {
  @ApiProperty({ example: 2029, type: 'integer' }) cycleYear!: number;
  @ApiProperty({ enum: ['confirmed', 'failed'], example: 'confirmed' }) result!: 'confirmed' | 'failed';
  @Day('2029-06-10') on!: string;
}

/** One platform of the public registry (Art. 13). */
export class RegistryEntryDto extends ReadModelDocumentDto {
  @ApiProperty({ example: 'gz-info-001' }) platformId!: string;
  @ApiProperty({ example: '赣州市中小企业信息服务平台' }) name!: string;
  @ApiProperty({ type: RegistryOperatorDto }) operator!: RegistryOperatorDto;
  @ApiProperty({ example: '360702' }) county!: string;
  @ApiProperty({ example: '章贡区' }) countyName!: string;
  @ApiProperty({ enum: SERVICE_CATEGORIES, isArray: true, example: ['information'] }) categories!: ServiceCategory[];
  @ApiProperty({ example: false, description: '综合服务平台 (Art. 6(5))' }) comprehensive!: boolean;
  @ApiProperty({ example: true, description: 'listed since its certification; the registry keeps revoked platforms' }) listed!: boolean;
  @ApiProperty({
    enum: ['applying', 'not-certified', 'certified', 'under-recheck', 'revocation-announced', 'revoked'],
    example: 'certified',
    description: 'listed platforms are certified, under-recheck, revocation-announced or revoked',
  })
  status!: string;
  @ApiPropertyOptional({ example: 2027, type: 'integer', description: 'cycle year of the certification' }) certifiedIn?: number;
  @Day('2027-06-15', undefined, true) certifiedOn?: string;
  @ApiPropertyOptional({ example: 2029, type: 'integer' }) nextRecheckYear?: number;
  @ApiPropertyOptional({ type: LastRecheckDto }) lastRecheck?: LastRecheckDto;
  @Day('2029-06-12', undefined, true) revocationAnnouncedOn?: string;
  @Day('2029-07-12', undefined, true) revokedOn?: string;
  @ApiPropertyOptional({ example: [2028], type: 'integer', isArray: true, description: 'years whose yearly summary is overdue and not sent (Art. 14), where the ruleset makes it public' })
  summariesOverdue?: number[];
}

export class RegistryPageDto {
  @ApiProperty({ type: [RegistryEntryDto] }) items!: RegistryEntryDto[];
  @ApiProperty({ example: 5, type: 'integer', description: 'entries matching the query, on every page' }) total!: number;
  @ApiProperty({ example: 1, type: 'integer' }) page!: number;
  @ApiProperty({ example: 20, type: 'integer' }) pageSize!: number;
}
