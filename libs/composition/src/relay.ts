import type { RelayOptions, RunningRelay } from '../../../apps/worker/src/relay/index.js';

/**
 * Starts the Kafka relay, loading it (and kafkajs, cloudevents) only then: a server or worker
 * without KAFKA_BROKERS starts without them.
 */
export async function startRelay(options: RelayOptions): Promise<RunningRelay> {
  const relay = await import('../../../apps/worker/src/relay/index.js');
  return relay.startRelay(options);
}
