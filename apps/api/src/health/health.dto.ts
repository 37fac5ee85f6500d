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

class RelayHealthDto {
  @ApiProperty({ example: 'certflow.certification.v1', description: 'the Kafka topic of the public events' }) topic!: string;
  @ApiProperty({ example: 61, type: 'integer', description: 'global position of the last event the relay passed (acknowledged by the broker)' })
  position!: number;
  @ApiProperty({ example: 0, type: 'integer', description: 'events of the log not relayed yet' }) lag!: number;
  @ApiProperty({ example: 'reachable', enum: ['reachable', 'unreachable'], description: 'whether a Kafka broker answered just now' })
  broker!: 'reachable' | 'unreachable';
  @ApiProperty({ example: 0, type: 'integer', description: 'batches that failed since start, each retried from the checkpoint' }) failures!: number;
  @ApiProperty({ required: false, description: 'the last failure, while the relay retries' }) lastError?: string;
}

class SchedulerHealthDto {
  @ApiProperty({ example: 'running', enum: ['catching-up', 'running', 'stopped'] }) status!: string;
  @ApiProperty({ example: 61, type: 'integer', description: 'global position of the last event the schedule was derived from' }) position!: number;
  @ApiProperty({ example: 3, type: 'integer', description: 'deadlines held that certflow will issue when their time comes' }) pending!: number;
  @ApiProperty({ example: 0, description: 'seconds since the oldest due but not yet issued deadline fell due (business time); 0 when none is late' })
  lagSeconds!: number;
  @ApiProperty({ example: '2029-03-01T01:30:00.000Z', format: 'date-time', description: 'the business time the scheduler reads' }) businessTime!: string;
}

export class HealthDto {
  @ApiProperty({ example: 'ok', enum: ['ok'] }) status!: string;
  @ApiProperty({ type: [ProjectionLagDto], description: 'each read model; empty when the server runs without them' })
  projections!: readonly ProjectionLagDto[];
  @ApiProperty({ type: StoreHealthDto }) store!: StoreHealthDto;
  @ApiProperty({ type: RelayHealthDto, required: false, description: 'the Kafka relay, when this process runs it (KAFKA_BROKERS set)' })
  relay?: RelayHealthDto;
  @ApiProperty({ type: SchedulerHealthDto, required: false, description: 'the scheduler of the time rules, when it runs in this process (certflow serve)' })
  scheduler?: SchedulerHealthDto;
}
