import { CertflowError } from '@certflow/errors';
import type { Admin, ISocketFactory, Kafka, Producer } from 'kafkajs';
import type { Logger } from '@certflow/observability';
import type { OutgoingMessage } from '../kafka-message.js';
import { kafkaClient } from './kafka-client.js';

export interface TopicSettings {
  readonly topic: string;
  readonly partitions: number;
  readonly replication: number;
  /** 0: kept forever. */
  readonly retentionDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The topic's settings when the relay creates it (an existing topic is left as its owner set it). */
export function topicConfig(settings: TopicSettings): { name: string; value: string }[] {
  return [
    { name: 'retention.ms', value: String(settings.retentionDays === 0 ? -1 : settings.retentionDays * DAY_MS) },
    { name: 'cleanup.policy', value: 'delete' },
    // With three replicas or more, an acknowledged event survives the loss of one broker.
    { name: 'min.insync.replicas', value: String(settings.replication >= 3 ? 2 : 1) },
  ];
}

/**
 * Sends the public events: an idempotent producer, acks from all in-sync replicas, one request in
 * flight so that a retry cannot reorder a platform's events. A send that fails leaves the producer
 * suspect (its sequence numbers may be out of step with the broker's), so the next send starts a
 * new one.
 */
export class KafkaPublisher {
  private readonly kafka: Kafka;
  private producer: Producer | undefined;
  private admin: Admin | undefined;
  private topicReady = false;
  private readonly sendTimeoutMs: number;

  constructor(
    brokers: readonly string[],
    readonly settings: TopicSettings,
    private readonly logger: Logger,
    options: { readonly clientId?: string; readonly socketFactory?: ISocketFactory; readonly sendTimeoutMs?: number } = {},
  ) {
    this.sendTimeoutMs = options.sendTimeoutMs ?? 30_000;
    this.kafka = kafkaClient(brokers, options.clientId ?? 'certflow-relay', logger, options.socketFactory);
  }

  async publish(messages: readonly OutgoingMessage[]): Promise<void> {
    // The topic first, even for a batch with nothing public: consumers can subscribe before the first event.
    if (!this.topicReady) await this.ensureTopic();
    if (messages.length === 0) return;
    const producer = await this.connectedProducer();
    let timer: NodeJS.Timeout | undefined;
    try {
      // Bounded: a send stuck on a half-open connection would hold the checkpoint (and a stop) for good.
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new CertflowError('messaging.broker-timeout', { zh: `Kafka 未在 ${this.sendTimeoutMs} 毫秒内确认`, en: `no acknowledgement from Kafka within ${this.sendTimeoutMs} ms` })), this.sendTimeoutMs);
      });
      const sent = producer.send({ topic: this.settings.topic, acks: -1, messages: messages.map((m) => ({ key: m.key, value: m.value, headers: m.headers })) });
      sent.catch(() => undefined);
      await Promise.race([sent, timeout]);
    } catch (error) {
      this.producer = undefined;
      await producer.disconnect().catch(() => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Creates the topic when absent; true when this call created it. */
  async ensureTopic(): Promise<boolean> {
    const admin = await this.connectedAdmin();
    const created = await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic: this.settings.topic,
          numPartitions: this.settings.partitions,
          replicationFactor: this.settings.replication,
          configEntries: topicConfig(this.settings),
        },
      ],
    });
    if (created) this.logger.info({ topic: this.settings.topic, partitions: this.settings.partitions }, 'created the Kafka topic');
    this.topicReady = true;
    return created;
  }

  /** Whether a broker answers a metadata request within the time. */
  async reachable(timeoutMs = 2000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const probe = (async () => {
      const admin = await this.connectedAdmin();
      await admin.describeCluster();
      return true;
    })().catch(() => {
      void this.dropAdmin();
      return false;
    });
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    await producer?.disconnect().catch(() => undefined);
    await this.dropAdmin();
  }

  private async connectedProducer(): Promise<Producer> {
    if (this.producer) return this.producer;
    const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await producer.connect();
    this.producer = producer;
    return producer;
  }

  private async connectedAdmin(): Promise<Admin> {
    if (this.admin) return this.admin;
    const admin = this.kafka.admin();
    this.admin = admin;
    try {
      await admin.connect();
    } catch (error) {
      this.admin = undefined;
      throw error;
    }
    return admin;
  }

  private async dropAdmin(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    await admin?.disconnect().catch(() => undefined);
  }
}
