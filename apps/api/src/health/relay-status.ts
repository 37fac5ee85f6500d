import type { RelayStatus } from '@certflow/observability';

export const RELAY_STATUS = Symbol.for('certflow.RelayStatus');

/** The relay's status when it runs in this process (`certflow serve` with KAFKA_BROKERS). */
export type RelayStatusSource = () => Promise<RelayStatus>;
