// Test support for the Kafka suites: a topic of its own per run, and a consumer that collects what
// arrives on it.
import { randomUUID } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { Kafka, logLevel, type Admin, type Consumer, type ISocketFactory } from 'kafkajs';
import type { EventStore, RecordedEvent } from '@certflow/event-store';
import { fromKafkaMessage, type IntegrationEvent, type OutgoingMessage } from '@certflow/messaging';
import { serviceSetting, serviceUnreachable } from '@certflow/testing';

export interface Received {
  readonly event: IntegrationEvent;
  readonly message: OutgoingMessage;
  readonly partition: number;
  readonly offset: string;
}

export function kafkaBrokers(): string[] {
  return serviceSetting('KAFKA_BROKERS').split(',');
}

export const uniqueTopic = (what: string) => `certflow-test-${what}-${randomUUID().slice(0, 8)}`;

export async function connectAdmin(brokers: string[]): Promise<Admin> {
  const admin = new Kafka({ clientId: 'certflow-test-admin', brokers, logLevel: logLevel.NOTHING, retry: { retries: 3 } }).admin();
  await admin.connect().catch((error: unknown) => {
    throw serviceUnreachable('KAFKA_BROKERS', brokers.join(','), error);
  });
  return admin;
}

/**
 * A consumer of its own group reading the topic from the beginning into `received`, once the
 * topic exists (the relay creates it; the broker does not).
 */
export async function collect(brokers: string[], topic: string, admin: Admin): Promise<{ received: Received[]; consumer: Consumer }> {
  await waitFor(`topic ${topic} to exist`, async () => (await admin.listTopics()).includes(topic), 60_000);
  const kafka = new Kafka({ clientId: 'certflow-test-consumer', brokers, logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `${topic}-reader`, sessionTimeout: 10_000, heartbeatInterval: 1000 });
  const received: Received[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
  } catch (error) {
    await consumer.disconnect();
    throw error;
  }
  await consumer.run({
    eachMessage: async ({ message, partition }) => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(message.headers ?? {})) if (value !== undefined) headers[name] = value.toString();
      const outgoing: OutgoingMessage = { key: message.key?.toString() ?? '', value: message.value?.toString() ?? '', headers };
      received.push({ event: fromKafkaMessage(message), message: outgoing, partition, offset: message.offset });
    },
  });
  return { received, consumer };
}

export async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 60_000, details: () => string = () => ''): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} ${details()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Copies recorded events into a store as they were (same ids, data and metadata), in log order. */
export async function appendRecorded(store: EventStore, events: readonly RecordedEvent[]): Promise<void> {
  for (const event of events) {
    await store.append(event.streamId, [{ type: event.type, data: event.data, eventId: event.eventId, metadata: event.metadata }], {
      expectedVersion: event.streamVersion - 1 === 0 ? 'no-stream' : event.streamVersion - 1,
    });
  }
}

/** First arrival of each id, in arrival order: what a consumer that dedupes by id keeps. */
export function deduped(received: readonly Received[]): Received[] {
  const seen = new Set<string>();
  return received.filter(({ event }) => (seen.has(event.id) ? false : (seen.add(event.id), true)));
}

/** Ids per key (platform or cycle), in arrival order. */
export function idsByKey(received: readonly { readonly event: IntegrationEvent }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const { event } of received) (out[event.subject] ??= []).push(event.id);
  return out;
}

/**
 * Connections to the brokers that the test can cut, as a network partition would: every open
 * socket is destroyed and new ones are refused until restored. The shared broker itself is never
 * stopped (other suites use it).
 */
export function cuttableNetwork() {
  const open = new Set<Socket>();
  let cut = false;
  const socketFactory: ISocketFactory = ({ host, port, onConnect }) => {
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    const socket = cut ? connect({ host: '127.0.0.1', port: 1 }, onConnect) : connect({ host, port }, onConnect);
    socket.setKeepAlive(true, 60_000);
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    return socket;
  };
  return {
    socketFactory,
    cut() {
      cut = true;
      for (const socket of open) socket.destroy(new Error('network cut by the test'));
    },
    restore() {
      cut = false;
    },
  };
}

/** The whole log, page by page (readAll answers at most 1000 events by default). */
export async function readWholeLog(store: EventStore): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  for (;;) {
    const page = await store.readAll({ after: out.at(-1)?.globalPosition ?? 0, limit: 5000 });
    if (page.length === 0) return out;
    out.push(...page);
  }
}
