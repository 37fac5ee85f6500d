import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser, type AsyncAPIDocumentInterface } from '@asyncapi/parser';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { recordScenario } from '@certflow/testing';
import { demoScenario, instantOf } from '../../../apps/cli/src/demo/scenario.js';
import { INTEGRATION_EVENT_TYPES, type IntegrationEvent } from './contract.js';
import { IntegrationMapper } from './integration-mapper.js';
import { fromKafkaMessage, toKafkaMessage, type OutgoingMessage } from './kafka-message.js';

const SPEC = join(dirname(fileURLToPath(import.meta.url)), '..', 'asyncapi.yaml');

interface MessageSchemas {
  readonly payload: (value: unknown) => boolean;
  readonly headers: (value: unknown) => boolean;
  readonly key: (value: unknown) => boolean;
}

let document: AsyncAPIDocumentInterface;
const schemas = new Map<string, MessageSchemas>();

function validator() {
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  (addFormats as unknown as (a: typeof ajv) => void)(ajv);
  return ajv;
}

function explain(check: { errors?: unknown }): string {
  return JSON.stringify(check.errors ?? []);
}

async function demoMessages(): Promise<{ event: IntegrationEvent; message: OutgoingMessage }[]> {
  const log = recordScenario(demoScenario(), instantOf);
  const store = { readStream: async (streamId: string) => log.filter((e) => e.streamId === streamId) };
  const events = await new IntegrationMapper(store).map(log);
  return events.map((event) => ({ event, message: toKafkaMessage(event) }));
}

/** Checks one outgoing message the way a consumer holding asyncapi.yaml would. */
function check(message: OutgoingMessage): string[] {
  const value = JSON.parse(message.value) as { type?: string };
  const found = schemas.get(value.type ?? '');
  if (!found) return [`no message named ${String(value.type)} in asyncapi.yaml`];
  const problems: string[] = [];
  if (!found.payload(value)) problems.push(`payload: ${explain(found.payload as never)}`);
  if (!found.headers(message.headers)) problems.push(`headers: ${explain(found.headers as never)}`);
  if (!found.key(message.key)) problems.push(`key: ${explain(found.key as never)}`);
  return problems;
}

describe('libs/messaging/asyncapi.yaml (AsyncAPI 3, issue 11)', () => {
  beforeAll(async () => {
    const parsed = await new Parser().parse(readFileSync(SPEC, 'utf8'));
    // Severity 0 is an error: a document with one is not AsyncAPI, and the parser gives none back.
    expect(parsed.diagnostics.filter((d) => d.severity === 0)).toEqual([]);
    document = parsed.document!;
    for (const message of document.allMessages()) {
      const ajv = validator();
      const key = (message.bindings().get('kafka')?.value() as { key?: object } | undefined)?.key;
      schemas.set(message.name()!, {
        payload: ajv.compile(message.payload()!.json() as object),
        headers: ajv.compile(message.headers()!.json() as object),
        key: ajv.compile(key ?? {}),
      });
    }
  });

  it('is a valid AsyncAPI 3 document with one message per public type, on one Kafka channel the relay sends to', () => {
    expect(document.version()).toBe('3.0.0');
    expect([...schemas.keys()].sort()).toEqual([...INTEGRATION_EVENT_TYPES].sort());
    const channel = document.channels().get('certification')!;
    expect(channel.address()).toBe('certflow.certification.v1');
    expect(document.operations().all().map((o) => o.action())).toEqual(['send']);
  });

  it('every message the relay emits for the demo validates against its schema: payload, headers and key', async () => {
    const all = await demoMessages();
    expect(new Set(all.map(({ event }) => event.type))).toEqual(new Set(INTEGRATION_EVENT_TYPES));
    for (const { event, message } of all) {
      expect({ id: event.id, type: event.type, problems: check(message) }).toEqual({ id: event.id, type: event.type, problems: [] });
      expect(message.key).toBe(event.subject);
      // What a consumer decodes is what was sent.
      expect(fromKafkaMessage(message)).toEqual(event);
    }
  });

  it('a mapping that drifts from the schema fails: an unknown field, a missing field, a personal name, a wrong type', async () => {
    const [{ event }] = (await demoMessages()).filter(({ event }) => event.type === 'platform.certified');
    const drifted = (data: Record<string, unknown>) => toKafkaMessage({ ...event, data } as unknown as IntegrationEvent);
    const base = event.data as unknown as Record<string, unknown>;
    expect(check(drifted({ ...base, reviewers: ['张三'] }))).not.toEqual([]);
    const { title: _title, ...withoutTitle } = base;
    expect(check(drifted(withoutTitle))).not.toEqual([]);
    expect(check(drifted({ ...base, cycleYear: '2027' }))).not.toEqual([]);
    expect(check(toKafkaMessage({ ...event, type: 'platform.updated' } as unknown as IntegrationEvent))).not.toEqual([]);
    expect(check({ ...toKafkaMessage(event), key: '' })).not.toEqual([]);
  });
});
