/**
 * The Kafka relay's module, loaded only when a relay is to run: a server or worker without
 * KAFKA_BROKERS starts without it and without kafkajs and cloudevents.
 */
export function loadRelay(): Promise<typeof import('../../../apps/worker/src/relay/index.js')> {
  return import('../../../apps/worker/src/relay/index.js');
}

export async function startRelay(
  options: import('../../../apps/worker/src/relay/index.js').RelayOptions,
): Promise<import('../../../apps/worker/src/relay/index.js').RunningRelay> {
  return (await loadRelay()).startRelay(options);
}
