import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ANY_JSON, Instant, JSON_OBJECT } from '../../shared/responses.js';
import { IsInstant } from '../../shared/validators.js';

export class ReplayQueryDto {
  @ApiPropertyOptional({
    example: '2028-03-01T00:00:00+08:00',
    description: 'RFC 3339 with offset: the stream as the store held it at this recorded instant (inclusive, on recordedAt, never on business time)',
  })
  @IsOptional() @IsInstant() asOf?: string;
  @ApiPropertyOptional({ example: 5, type: 'integer', minimum: 1, description: 'the stream as it stood at this version (not with asOf)' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) version?: number;
}

export class TimelineEntryDto {
  @ApiProperty({ example: '01a2320f-9f1d-7ccf-aaed-f6ca69dd7c0a' }) eventId!: string;
  @ApiProperty({ example: 'PlatformCertified' }) type!: string;
  @ApiProperty({ example: 5, type: 'integer' }) streamVersion!: number;
  @ApiProperty({ example: 31, type: 'integer' }) globalPosition!: number;
  @Instant('2027-06-15T01:30:00.000Z', 'business time: when it happened for the measures') occurredAt!: string;
  @ApiProperty({ example: true, description: "the business time came from a training server's simulated clock" }) businessTimeSimulated!: boolean;
  @Instant('2026-12-01T10:00:00.112Z', 'recorded time: when the store wrote it (always real)') recordedAt!: string;
  @ApiProperty({ example: 'city-reviewer-wang' }) actorId!: string;
  @ApiProperty({ example: 'city' }) role!: string;
  @ApiPropertyOptional({ example: '360702' }) county?: string;
  @ApiPropertyOptional({ example: 'CertifyPlatform' }) command?: string;
  @ApiPropertyOptional({ example: '0b7e2a36-6c5f-4a8e-9a55-5d2d3f3c0f6e' }) commandId?: string;
  @ApiProperty({ ...ANY_JSON, description: 'the event data as recorded' }) data!: unknown;
  @ApiProperty({ example: 'b004e660b9f2520e0b427f29443b02121abc5bd50290c10ccede8b233b0469c8' }) hash!: string;
}

export class StreamReplayDto {
  @ApiProperty({ example: 'platform-zg-hub-006' }) streamId!: string;
  @ApiProperty({ enum: ['platform', 'cycle', 'clock', 'other'], example: 'platform' }) kind!: string;
  @Instant('2028-02-29T16:00:00.000Z', 'the recorded instant asked for, in UTC', true) asOf?: string;
  @ApiPropertyOptional({ example: 5, type: 'integer', description: 'the version asked for' }) version?: number;
  @ApiProperty({ example: 5, type: 'integer', description: 'the version the replay reached; 0 when nothing was recorded yet then' }) streamVersion!: number;
  @ApiProperty({ example: 11, type: 'integer', description: 'the version of the stream today' }) currentVersion!: number;
  @ApiProperty({ ...JSON_OBJECT, nullable: true, description: 'the state folded from those events (as GET platform shows it)' }) state!: unknown;
  @ApiProperty({ type: [TimelineEntryDto] }) events!: TimelineEntryDto[];
}
