import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

const KEY_ID = 'SHA-256 of the signing key (SPKI DER), hex: the fingerprint `certflow audit keys` prints';

class CertificateOperatorDto {
  @ApiProperty({ example: '赣州市章贡区科创服务有限公司' }) name!: string;
  @ApiProperty({ example: '91360702MA35XXXX0X', description: '统一社会信用代码 (Art. 2)' }) unifiedSocialCreditCode!: string;
}

class CertificateCountyDto {
  @ApiProperty({ example: '360702' }) code!: string;
  @ApiProperty({ example: '章贡区' }) name!: string;
}

class CertificateValidityDto {
  @ApiProperty({ enum: ['15'], example: '15' }) article!: '15';
  @ApiProperty({ example: 2029, type: 'integer', description: 'the cycle whose recheck the platform is due for next (every two years)' }) nextRecheckYear!: number;
  @ApiProperty({ enum: [true], description: 'valid until the city revokes the title (Art. 15)' }) validUntilRevoked!: true;
}

class CertificateDecisionDto {
  @ApiProperty({ example: '01a2320f-9f1d-7ccf-aaed-f6ca69dd7c0a', description: 'the PlatformCertified event' }) eventId!: string;
  @ApiProperty({ example: 7, type: 'integer' }) streamVersion!: number;
  @ApiProperty({ example: 42, type: 'integer', description: 'its position in the log: prove it with GET /api/v1/log/proofs/inclusion' }) globalPosition!: number;
  @ApiProperty({ example: '2027-06-30T02:00:00.000Z' }) recordedAt!: string;
}

export class PlatformCertificateDto {
  @ApiProperty({ enum: ['certflow-platform-certificate'] }) kind!: 'certflow-platform-certificate';
  @ApiProperty({ enum: [1], type: 'integer' }) version!: 1;
  @ApiProperty({ example: 'zg-hub-001' }) platformId!: string;
  @ApiProperty({ example: '章贡区中小企业综合服务平台' }) name!: string;
  @ApiProperty({ example: '赣州市市级中小企业公共服务示范平台', description: 'the title conferred (Art. 11)' }) title!: string;
  @ApiProperty({ type: CertificateOperatorDto }) operator!: CertificateOperatorDto;
  @ApiProperty({ type: CertificateCountyDto }) county!: CertificateCountyDto;
  @ApiProperty({ type: [String], example: ['information', 'training'], description: 'service categories (Art. 5)' }) categories!: string[];
  @ApiProperty({ example: 2027, type: 'integer' }) cycleYear!: number;
  @ApiProperty({ example: '2027-06-30', description: 'Asia/Shanghai calendar date' }) certifiedOn!: string;
  @ApiProperty({ type: CertificateValidityDto }) validity!: CertificateValidityDto;
  @ApiProperty({ type: CertificateDecisionDto }) decision!: CertificateDecisionDto;
}

export class CertificateSignatureDto {
  @ApiProperty({ enum: ['Ed25519'], example: 'Ed25519' }) @IsString() @MaxLength(32) algorithm!: string;
  @ApiProperty({ example: '657f6ba8623265e20b9809330ee021c66dd92106e076de140c2ff4e98edff574', description: KEY_ID })
  @IsString() @Matches(/^[0-9a-fA-F]{64}$/) keyId!: string;
  @ApiProperty({ example: 'udgeiSfPM8t6...', description: 'base64 Ed25519 signature of "certflow-certificate:v1\\n" + the certificate as canonical JSON (keys sorted at every depth)' })
  @IsString() @MaxLength(200) value!: string;
}

export class SignedCertificateDto {
  @ApiProperty({ type: PlatformCertificateDto }) certificate!: PlatformCertificateDto;
  @ApiProperty({ type: CertificateSignatureDto }) signature!: CertificateSignatureDto;
  @ApiProperty({ example: '-----BEGIN PUBLIC KEY-----\n...', description: 'SPKI PEM of the signing key, for convenience: check it against the keys the bureau published' }) publicKey!: string;
}

export class VerifyCertificateDto {
  @ApiProperty({ type: PlatformCertificateDto, description: 'the certificate exactly as shown (GET /api/v1/registry/{platformId}/certificate)' })
  @IsObject() certificate!: Record<string, unknown>;
  @ApiProperty({ type: CertificateSignatureDto }) @IsObject() @ValidateNested() @Type(() => CertificateSignatureDto) signature!: CertificateSignatureDto;
  @ApiPropertyOptional({ description: 'ignored: the certificate is checked against the keys this bureau published, never against a key that came with it' })
  @IsOptional() @IsString() @MaxLength(4096) publicKey?: string;
}

export class CertificateCheckDto {
  @ApiProperty({ enum: [true] }) valid!: true;
  @ApiProperty({ example: 'zg-hub-001' }) platformId!: string;
  @ApiProperty({ example: 'certified', description: "the platform's status now; the certificate holds through a recheck and an announced revocation, until the revocation itself" })
  status!: string;
  @ApiProperty({ description: KEY_ID }) keyId!: string;
  @ApiProperty({ example: '01a2320f-9f1d-7ccf-aaed-f6ca69dd7c0a' }) decisionEventId!: string;
}
