import type { ISocketFactory } from 'kafkajs';
import { readUpTo, type Cursor, type EventStore, type RecordedEvent, type Subscription } from '@certflow/event-store';
import { IntegrationMapper, KafkaPublisher, toKafkaMessage, treeHeadEvent, type ContractVersion, type TopicSettings } from '@certflow/messaging';
import { processLogger, type Logger, type RelayStatus } from '@certflow/observability';
import { relayCheckpointName } from './checkpoint-name.js';

export interface RelaySettings extends TopicSettings {
  readonly brokers: readonly string[];
  /**
   * The topic of contract v2 (`topic` carries v1): its events and the log's signed tree heads.
   * Absent, only v1 is sent.
   */
  readonly topicV2?: string;
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
  /** How often it looks for tree heads signed while nothing was appended; default 5000 ms. */
  readonly headPollMs?: number;
}

export type { RelayStatus };

export interface RunningRelay {
  /** The contract v1 topic's subscription. */
  readonly subscription: Subscription;
  /** The contract v2 topic's, when it is on. */
  readonly subscriptionV2: Subscription | undefined;
  /** Sends the tree heads not sent yet (the relay also does it on each batch and on a timer); resolves with how many went. */
  publishHeads(): Promise<number>;
  status(): Promise<RelayStatus>;
  stop(): Promise<void>;
}

/** Where the tree size of the last head sent to a topic is kept (in the store's checkpoints, as a position). */
export const headCheckpointName = (topic: string) => `relay-heads:${topic}`;

/** The stores' checkpoint table, which every adapter has; the relay keeps the last head sent in it. */
interface Checkpoints {
  loadCheckpoint(name: string): Promise<Cursor | undefined>;
  saveCheckpoint(name: string, cursor: Cursor): Promise<void>;
}

function hasCheckpoints(store: unknown): store is Checkpoints {
  return typeof (store as Partial<Checkpoints>).loadCheckpoint === 'function' && typeof (store as Partial<Checkpoints>).saveCheckpoint === 'function';
}

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
  const publisherOptions = options.socketFactory ? { socketFactory: options.socketFactory } : {};
  let failures = 0;
  let lastError: string | undefined;
  let failing = false;
  const onError = (topic: string) => (error: unknown) => {
    failures += 1;
    lastError = (error as Error).message ?? String(error);
    // One line when the broker goes away, not one per retry.
    if (!failing) logger.warn({ err: error, topic }, 'relay cannot publish; retrying from its checkpoint');
    failing = true;
  };
  const follow = (topic: string, contract: ContractVersion, publisher: KafkaPublisher, after?: () => Promise<unknown>): Subscription => {
    const mapper = new IntegrationMapper(eventStore, { contract });
    const handle = async (events: readonly RecordedEvent[]) => {
      const messages = (await mapper.map(events)).map(toKafkaMessage);
      await publisher.publish(messages);
      await after?.();
      if (failing) logger.info({ topic, position: events.at(-1)!.globalPosition }, 'relay publishing again');
      failing = false;
    };
    return eventStore.subscribe(relayCheckpointName(topic), handle, {
      batchSize: options.batchSize ?? 256,
      retryDelayMs: options.retryDelayMs ?? 1000,
      pollIntervalMs: options.pollIntervalMs ?? 100,
      onError: onError(topic),
    });
  };
  const publisher = new KafkaPublisher(settings.brokers, settings, logger, publisherOptions);
  const subscription = follow(settings.topic, 1, publisher);
  const topicV2 = settings.topicV2;
  const publisherV2 = topicV2 ? new KafkaPublisher(settings.brokers, { ...settings, topic: topicV2 }, logger, publisherOptions) : undefined;
  const heads = topicV2 && publisherV2 ? headSender(eventStore, topicV2, publisherV2) : undefined;
  const subscriptionV2 = topicV2 && publisherV2 ? follow(topicV2, 2, publisherV2, heads) : undefined;
  const headTimer = heads
    ? setInterval(() => heads().catch(onError(topicV2!)), options.headPollMs ?? 5000)
    : undefined;
  headTimer?.unref();
  logger.info({ topic: settings.topic, ...(topicV2 ? { topicV2 } : {}), brokers: settings.brokers.join(',') }, 'relay started');
  return {
    subscription,
    subscriptionV2,
    publishHeads: () => heads?.() ?? Promise.resolve(0),
    async status() {
      const [head, reachable] = await Promise.all([eventStore.headPosition(), publisher.reachable()]);
      // The slower of the two topics is what a consumer may be missing.
      const positions = await Promise.all([subscription, ...(subscriptionV2 ? [subscriptionV2] : [])].map((sub) => readUpTo(eventStore, sub.cursor, head)));
      const position = Math.min(...positions);
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
      if (headTimer) clearInterval(headTimer);
      await subscription.stop();
      await subscriptionV2?.stop();
      await publisher.close();
      await publisherV2?.close();
    },
  };
}

/**
 * Sends the log's signed heads newer than the last one sent, in signing order, then remembers the
 * tree size of the last in the store's checkpoints: at least once (a crash between the ack and the
 * checkpoint sends them again, with the same ids), and a restart loses none. One send at a time.
 */
function headSender(store: EventStore, topic: string, publisher: KafkaPublisher): () => Promise<number> {
  const name = headCheckpointName(topic);
  const checkpoints = hasCheckpoints(store) ? store : undefined;
  let sentUpTo: number | undefined;
  let running: Promise<number> = Promise.resolve(0);
  const round = async (): Promise<number> => {
    sentUpTo ??= (await checkpoints?.loadCheckpoint(name))?.position ?? 0;
    const pending = (await store.log.heads()).filter((head) => head.treeSize > sentUpTo!);
    if (pending.length === 0) return 0;
    await publisher.publish(pending.map((head) => toKafkaMessage(treeHeadEvent(head))));
    const last = pending.at(-1)!.treeSize;
    await checkpoints?.saveCheckpoint(name, { position: last });
    sentUpTo = last;
    return pending.length;
  };
  return () => {
    const next = running.then(round, round);
    running = next.catch(() => 0);
    return next;
  };
}
