import { ApiProperty } from '@nestjs/swagger';

class ProjectionLagDto {
  @ApiProperty({ example: 'public-registry' }) name!: string;
  @ApiProperty({ example: 61, type: 'integer', description: 'last global position applied' }) position!: number;
  @ApiProperty({ example: 0, type: 'integer', description: 'events of the log not applied yet' }) lag!: number;
}

class StoreHealthDto {
  @ApiProperty({ example: 'sqlite', description: 'sqlite or postgres' }) kind!: string;
  @ApiProperty({ example: 'up', enum: ['up'] }) status!: string;
  @ApiProperty({ example: 61, type: 'integer', description: 'global position of the last event' }) headPosition!: number;
  @ApiProperty({ example: 0.2, description: 'time to read the head, ms' }) latencyMs!: number;
}

export class HealthDto {
  @ApiProperty({ example: 'ok', enum: ['ok'] }) status!: string;
  @ApiProperty({ type: [ProjectionLagDto], description: 'each read model; empty when the server runs without them' })
  projections!: readonly ProjectionLagDto[];
  @ApiProperty({ type: StoreHealthDto }) store!: StoreHealthDto;
}
