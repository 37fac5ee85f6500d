import type { ISocketFactory } from 'kafkajs';
import type { EventStore, RecordedEvent, Subscription } from '@certflow/event-store';
import { IntegrationMapper, KafkaPublisher, toKafkaMessage, type TopicSettings } from '@certflow/messaging';
import { processLogger, type Logger, type RelayStatus } from '@certflow/observability';

export interface RelaySettings extends TopicSettings {
  readonly brokers: readonly string[];
}

export interface RelayOptions {
  readonly eventStore: EventStore;
  readonly settings: RelaySettings;
  readonly logger?: Logger;
  /** Events read per batch (one send, one checkpoint); default 256. */
  readonly batchSize?: number;
  /** Wait before a failed batch is read and sent again; default 1000 ms. */
  readonly retryDelayMs?: number;
  /** How often it looks for events appended by other processes; default 100 ms. */
  readonly pollIntervalMs?: number;
  /** How connections to the brokers are made (kafkajs); the outage test cuts the network with it. */
  readonly socketFactory?: ISocketFactory;
}

export type { RelayStatus };

export interface RunningRelay {
  readonly subscription: Subscription;
  status(): Promise<RelayStatus>;
  stop(): Promise<void>;
}

/** The relay's checkpoint: one per topic, so a new topic is filled from the start of the log. */
export const relayCheckpointName = (topic: string) => `relay:${topic}`;

/**
 * The relay: follows the event store's log from its own checkpoint (the log is the outbox), maps
 * each public event (libs/messaging) and publishes it keyed by the platform; the subscription moves
 * the checkpoint only after the handler returned, i.e. after the broker acknowledged the whole
 * batch. A crash between the ack and the checkpoint sends the batch again: at least once, and
 * consumers dedupe by the CloudEvents id.
 */
export function startRelay(options: RelayOptions): RunningRelay {
  const logger = options.logger ?? processLogger();
  const { settings, eventStore } = options;
  const publisher = new KafkaPublisher(settings.brokers, settings, logger, options.socketFactory ? { socketFactory: options.socketFactory } : {});
  const mapper = new IntegrationMapper(eventStore);
  let failures = 0;
  let lastError: string | undefined;
  let failing = false;
  const handle = async (events: readonly RecordedEvent[]) => {
    const messages = (await mapper.map(events)).map(toKafkaMessage);
    await publisher.publish(messages);
    if (failing) logger.info({ topic: settings.topic, position: events.at(-1)!.globalPosition }, 'relay publishing again');
    failing = false;
  };
  const subscription = eventStore.subscribe(relayCheckpointName(settings.topic), handle, {
    batchSize: options.batchSize ?? 256,
    retryDelayMs: options.retryDelayMs ?? 1000,
    pollIntervalMs: options.pollIntervalMs ?? 100,
    onError: (error) => {
      failures += 1;
      lastError = (error as Error).message ?? String(error);
      // One line when the broker goes away, not one per retry.
      if (!failing) logger.warn({ err: error, topic: settings.topic }, 'relay cannot publish; retrying from its checkpoint');
      failing = true;
    },
  });
  logger.info({ topic: settings.topic, brokers: settings.brokers.join(',') }, 'relay started');
  return {
    subscription,
    async status() {
      const [head, reachable] = await Promise.all([eventStore.headPosition(), publisher.reachable()]);
      const position = subscription.position;
      return {
        topic: settings.topic,
        position,
        lag: Math.max(0, head - position),
        broker: reachable ? 'reachable' : 'unreachable',
        failures,
        ...(lastError !== undefined ? { lastError } : {}),
      };
    },
    async stop() {
      await subscription.stop();
      await publisher.close();
    },
  };
}
