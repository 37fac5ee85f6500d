import { CloudEvent, Kafka, type KafkaMessage } from 'cloudevents';
import type { IntegrationEvent } from './contract.js';

/** What the relay hands kafkajs: structured mode, keyed by the subject (the platform id). */
export interface OutgoingMessage {
  readonly key: string;
  readonly value: string;
  readonly headers: Record<string, string>;
}

export function toKafkaMessage(event: IntegrationEvent): OutgoingMessage {
  const message = Kafka.structured(new CloudEvent({ ...event }, false));
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers)) if (value !== undefined) headers[name] = String(value);
  return { key: event.subject, value: String(message.value), headers };
}

/** A received message back to its event, as a consumer reads it (`certflow events tail`). */
export function fromKafkaMessage(message: {
  readonly key: Buffer | string | null;
  readonly value: Buffer | string | null;
  readonly headers?: Record<string, Buffer | string | (Buffer | string)[] | undefined>;
}): IntegrationEvent {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (value !== undefined) headers[name] = (Array.isArray(value) ? value[0]! : value).toString();
  }
  const value = message.value?.toString() ?? '';
  const received: KafkaMessage<string> = { key: message.key?.toString() ?? '', value, headers, body: value };
  const event = Kafka.toEvent(received) as CloudEvent<unknown>;
  const { partitionkey: _key, ...attributes } = event.toJSON() as Record<string, unknown>;
  return attributes as unknown as IntegrationEvent;
}
