import { beforeAll, describe, expect, it } from '@jest/globals';
import { demoLogWithScheduler } from './demo-log.spec.js';
import { loadContractValidator, type ContractValidator } from './contract/asyncapi-validator.js';
import { INTEGRATION_EVENT_TYPES, type IntegrationEvent } from './contract.js';
import { IntegrationMapper } from './integration-mapper.js';
import { fromKafkaMessage, toKafkaMessage, type OutgoingMessage } from './kafka-message.js';

let contract: ContractValidator;

async function demoMessages(): Promise<{ event: IntegrationEvent; message: OutgoingMessage }[]> {
  const log = demoLogWithScheduler();
  const store = { readStream: async (streamId: string) => log.filter((e) => e.streamId === streamId) };
  const events = await new IntegrationMapper(store).map(log);
  return events.map((event) => ({ event, message: toKafkaMessage(event) }));
}

describe('libs/messaging/asyncapi.yaml (AsyncAPI 3, issue 11)', () => {
  beforeAll(async () => {
    contract = await loadContractValidator();
  });

  it('is a valid AsyncAPI 3 document with one message per public type, on one Kafka channel the relay sends to', () => {
    expect(contract.document.version()).toBe('3.0.0');
    expect([...contract.types].sort()).toEqual([...INTEGRATION_EVENT_TYPES].sort());
    const channel = contract.document.channels().get('certification')!;
    expect(channel.address()).toBe('certflow.certification.v1');
    expect(contract.document.operations().all().map((o) => o.action())).toEqual(['send']);
  });

  it("every message the relay emits for the demo (with the scheduler's reminders and overdue summaries) validates against its schema: payload, headers and key", async () => {
    const all = await demoMessages();
    expect(new Set(all.map(({ event }) => event.type))).toEqual(new Set(INTEGRATION_EVENT_TYPES));
    for (const { event, message } of all) {
      expect({ id: event.id, type: event.type, problems: contract.check(message) }).toEqual({ id: event.id, type: event.type, problems: [] });
      expect(message.key).toBe(event.subject);
      // What a consumer decodes is what was sent.
      expect(fromKafkaMessage(message)).toEqual(event);
    }
  });

  it('a mapping that drifts from the schema fails: an unknown field, a missing field, a personal name, a wrong type', async () => {
    const [{ event }] = (await demoMessages()).filter(({ event }) => event.type === 'platform.certified');
    const drifted = (data: Record<string, unknown>) => toKafkaMessage({ ...event, data } as unknown as IntegrationEvent);
    const base = event.data as unknown as Record<string, unknown>;
    expect(contract.check(drifted({ ...base, reviewers: ['张三'] }))).not.toEqual([]);
    const { title: _title, ...withoutTitle } = base;
    expect(contract.check(drifted(withoutTitle))).not.toEqual([]);
    expect(contract.check(drifted({ ...base, cycleYear: '2027' }))).not.toEqual([]);
    expect(contract.check(toKafkaMessage({ ...event, type: 'platform.updated' } as unknown as IntegrationEvent))).not.toEqual([]);
    expect(contract.check({ ...toKafkaMessage(event), key: '' })).not.toEqual([]);
  });
});
