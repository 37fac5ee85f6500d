import { beforeAll, describe, expect, it } from '@jest/globals';
import { demoLogWithScheduler } from './demo-log.spec.js';
import { loadContractValidator, type ContractValidator } from './contract/asyncapi-validator.js';
import { generateKeyPairSync, createHash, sign } from 'node:crypto';
import { INTEGRATION_EVENT_TYPES, treeHeadEvent, V1_EVENT_TYPES, type ContractVersion, type IntegrationEvent } from './contract.js';
import { IntegrationMapper } from './integration-mapper.js';
import { fromKafkaMessage, toKafkaMessage, type OutgoingMessage } from './kafka-message.js';

let contract: ContractValidator;

async function demoMessages(contract: ContractVersion = 1): Promise<{ event: IntegrationEvent; message: OutgoingMessage }[]> {
  const log = demoLogWithScheduler();
  const store = { readStream: async (streamId: string, options: { toVersion?: number } = {}) => log.filter((e) => e.streamId === streamId && e.streamVersion <= (options.toVersion ?? Infinity)) };
  const events = await new IntegrationMapper(store, { contract }).map(log);
  if (contract === 2) events.push(signedHead());
  return events.map((event) => ({ event, message: toKafkaMessage(event) }));
}

/** A tree head as the relay sends it, signed with a throwaway key. */
function signedHead(): IntegrationEvent {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const keyId = createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex');
  const head = { treeSize: 63, rootHash: 'ab'.repeat(32), timestamp: '2029-07-01T02:00:00.000Z' };
  const signature = sign(null, Buffer.from(`certflow-tree-head:v1\n${head.treeSize}\n${head.rootHash}\n${head.timestamp}`), privateKey).toString('base64');
  return treeHeadEvent({ ...head, algorithm: 'Ed25519', keyId, signature });
}

describe('libs/messaging/asyncapi.yaml (AsyncAPI 3, issue 11)', () => {
  beforeAll(async () => {
    contract = await loadContractValidator();
  });

  it('is a valid AsyncAPI 3 document with one message per public type and version, on one Kafka channel per contract version the relay sends to', () => {
    expect(contract.document.version()).toBe('3.0.0');
    expect([...contract.types].sort()).toEqual([...INTEGRATION_EVENT_TYPES].sort());
    expect(contract.typesOf(1).sort()).toEqual([...V1_EVENT_TYPES].sort());
    expect(contract.typesOf(2).sort()).toEqual([...INTEGRATION_EVENT_TYPES].sort());
    expect(contract.document.channels().get('certification')!.address()).toBe('certflow.certification.v1');
    expect(contract.document.channels().get('certificationV2')!.address()).toBe('certflow.certification.v2');
    expect(contract.document.operations().all().map((o) => o.action())).toEqual(['send', 'send']);
  });

  it('v1 is kept as first published: cycle.results-published requires the lists and refuses the fields v2 added', async () => {
    const v1 = (await demoMessages(1)).find(({ event }) => event.type === 'cycle.results-published')!;
    const v2 = (await demoMessages(2)).find(({ event }) => event.type === 'cycle.results-published')!;
    expect(contract.check(v1.message)).toEqual([]);
    expect(contract.check(v2.message)).toEqual([]);
    // A v2 body under the v1 schema is what an old consumer would have received: refused.
    expect(contract.check(toKafkaMessage({ ...v2.event, dataschema: 'urn:certflow:integration:v1:cycle.results-published' }))).not.toEqual([]);
    expect(contract.check(toKafkaMessage({ ...v1.event, dataschema: 'urn:certflow:integration:v2:cycle.results-published' }))).not.toEqual([]);
  });

  it.each([1, 2] as const)("every message the relay emits in v%i for the demo (with the scheduler's reminders and overdue summaries, and a tree head in v2) validates against its schema: payload, headers and key", async (version) => {
    const all = await demoMessages(version);
    expect(new Set(all.map(({ event }) => event.type))).toEqual(new Set(version === 1 ? V1_EVENT_TYPES : INTEGRATION_EVENT_TYPES));
    for (const { event, message } of all) {
      expect({ id: event.id, type: event.type, problems: contract.check(message) }).toEqual({ id: event.id, type: event.type, problems: [] });
      expect(message.key).toBe(event.subject);
      // What a consumer decodes is what was sent.
      expect(fromKafkaMessage(message)).toEqual(event);
    }
  });

  it('a mapping that drifts from the schema fails: an unknown field, a missing field, a personal name, a wrong type', async () => {
    const [{ event }] = (await demoMessages(2)).filter(({ event }) => event.type === 'platform.certified');
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
