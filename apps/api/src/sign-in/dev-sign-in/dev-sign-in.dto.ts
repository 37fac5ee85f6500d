import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ROLES, type Role } from '@certflow/domain';
import { PLATFORM_ID } from '../../shared/dispatch.js';
import { IsCountyCode } from '../../shared/validators.js';

export class DevSignInDto {
  @ApiProperty({ enum: ROLES, example: 'county', description: 'who signs in' }) @IsIn(ROLES) role!: Role;
  @ApiPropertyOptional({ example: '360702', pattern: '^3607\\d{2}$', description: 'the county bureau, for role county' }) @IsOptional() @IsCountyCode() county?: string;
  @ApiPropertyOptional({ example: 'gz-info-001', pattern: PLATFORM_ID.source, description: 'the platform an applicant operates, for role applicant' })
  @IsOptional() @Matches(PLATFORM_ID) platformId?: string;
}

export class SignedInDto {
  @ApiProperty({ description: 'bearer token of the embedded key (HS256), 8 hours' }) token!: string;
  @ApiProperty({ enum: ROLES, example: 'county' }) role!: Role;
  @ApiPropertyOptional({ example: '360702' }) county?: string;
  @ApiPropertyOptional({ example: 'gz-info-001' }) platformId?: string;
  @ApiProperty({ example: '2027-03-01T09:30:00.000Z', format: 'date-time', description: 'when the token expires (real time)' }) expiresAt!: string;
}
