import type { RelayOptions, RunningRelay } from '../../../apps/worker/src/relay/index.js';

type RelayModule = typeof import('../../../apps/worker/src/relay/index.js');

/**
 * The Kafka relay's module, loaded only when a relay is to run: a server or worker without
 * KAFKA_BROKERS starts without it and without kafkajs and cloudevents.
 */
export function loadRelay(): Promise<RelayModule> {
  return import('../../../apps/worker/src/relay/index.js');
}

export async function startRelay(options: RelayOptions): Promise<RunningRelay> {
  return (await loadRelay()).startRelay(options);
}
