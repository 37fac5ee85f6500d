import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { Instant } from '../shared/responses.js';

export class SignedTreeHeadDto {
  @ApiProperty({ example: 61, type: 'integer', description: 'events in the tree' }) treeSize!: number;
  @ApiProperty({ example: '153ccea90ffd3685b3bcf17014ef2636deeee740b525e199608b3bc67f10b222', description: 'RFC 9162 Merkle tree hash, hex' }) rootHash!: string;
  @Instant('2026-12-01T18:40:44.751Z', 'when the head was signed') timestamp!: string;
  @ApiProperty({ enum: ['Ed25519'], example: 'Ed25519' }) algorithm!: string;
  @ApiProperty({ example: '657f6ba8623265e20b9809330ee021c66dd92106e076de140c2ff4e98edff574', description: 'SHA-256 of the public key (SPKI DER), hex' }) keyId!: string;
  @ApiProperty({ example: 'udgeiSfPM8t6...', description: 'base64 Ed25519 signature of "certflow-tree-head:v1\\n{treeSize}\\n{rootHash}\\n{timestamp}"' }) signature!: string;
  @ApiPropertyOptional({ example: '-----BEGIN PUBLIC KEY-----\n...', description: 'SPKI PEM of the key that signs the heads' }) publicKey?: string;
}

export class InclusionQueryDto {
  @ApiProperty({ example: '01a2320f-9f1d-7ccf-aaed-f6ca69dd7c0a', description: 'the event to prove' }) @IsUUID() event!: string;
  @ApiPropertyOptional({ example: 61, type: 'integer', minimum: 1, description: 'the tree to prove it in; default the latest signed head' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) treeSize?: number;
}

export class InclusionProofDto {
  @ApiProperty({ example: '01a2320f-9f1d-7ccf-aaed-f6ca69dd7c0a' }) eventId!: string;
  @ApiProperty({ example: 21, type: 'integer' }) leafIndex!: number;
  @ApiProperty({ example: 61, type: 'integer' }) treeSize!: number;
  @ApiProperty({ example: 'a1...', description: 'SHA-256(0x00 || "certflow-event:v1\\n{streamId}\\n{streamVersion}\\n{hash}"), hex' }) leafHash!: string;
  @ApiProperty({ example: '153c...' }) rootHash!: string;
  @ApiProperty({ type: [String], description: 'RFC 9162 2.1.3 audit path, hex' }) auditPath!: string[];
}

export class ConsistencyQueryDto {
  @ApiProperty({ example: 40, type: 'integer', minimum: 1 }) @Type(() => Number) @IsInt() @Min(1) from!: number;
  @ApiProperty({ example: 61, type: 'integer', minimum: 1 }) @Type(() => Number) @IsInt() @Min(1) to!: number;
}

export class ConsistencyProofDto {
  @ApiProperty({ example: 40, type: 'integer' }) from!: number;
  @ApiProperty({ example: 61, type: 'integer' }) to!: number;
  @ApiProperty({ example: '9f2c...' }) fromRoot!: string;
  @ApiProperty({ example: '153c...' }) toRoot!: string;
  @ApiProperty({ type: [String], description: 'RFC 9162 2.1.4 consistency proof, hex' }) proof!: string[];
}
