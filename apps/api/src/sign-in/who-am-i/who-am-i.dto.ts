import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@certflow/domain';

export class WhoAmIDto {
  @ApiProperty({ example: 'zhanggong-desk', description: "the token's subject (the actor recorded on every decision)" }) id!: string;
  @ApiProperty({ enum: ROLES, example: 'county' }) role!: Role;
  @ApiPropertyOptional({ example: '360702', description: 'the county bureau, for role county' }) county?: string;
  @ApiPropertyOptional({ example: 'gz-info-001', description: 'the platform operated, for role applicant' }) platformId?: string;
}
