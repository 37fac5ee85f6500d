// Test support: checks outgoing messages against libs/messaging/asyncapi.yaml the way a consumer
// holding the document would. Used by the unit suite (mapping) and the Kafka suites (what arrived).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser, type AsyncAPIDocumentInterface } from '@asyncapi/parser';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import type { OutgoingMessage } from '../kafka-message.js';

export const ASYNCAPI_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'asyncapi.yaml');

type Check = ((value: unknown) => boolean) & { errors?: unknown };

export interface ContractValidator {
  readonly document: AsyncAPIDocumentInterface;
  /** Message names (the CloudEvents types) the document declares, in any version. */
  readonly types: readonly string[];
  /** Message names per contract version (the `N` of the `urn:certflow:integration:vN:` schemas). */
  typesOf(version: number): string[];
  /** Problems of one message (payload, headers, key); empty when it conforms. */
  check(message: OutgoingMessage): string[];
}

export async function loadContractValidator(): Promise<ContractValidator> {
  const parsed = await new Parser().parse(readFileSync(ASYNCAPI_FILE, 'utf8'));
  // Severity 0 is an error: the parser then gives no document back.
  const errors = parsed.diagnostics.filter((d) => d.severity === 0);
  if (!parsed.document || errors.length > 0) throw new Error(`asyncapi.yaml is not valid AsyncAPI: ${JSON.stringify(errors)}`);
  const document = parsed.document;
  // Keyed by the payload's dataschema: one message name can have a shape per contract version.
  const schemas = new Map<string, { payload: Check; headers: Check; key: Check }>();
  for (const message of document.allMessages()) {
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    (addFormats as unknown as (instance: typeof ajv) => void)(ajv);
    const key = (message.bindings().get('kafka')?.value() as { key?: object } | undefined)?.key;
    const payload = message.payload()!.json() as { properties?: { dataschema?: { const?: string } } };
    schemas.set(payload.properties?.dataschema?.const ?? message.name()!, {
      payload: ajv.compile(message.payload()!.json() as object),
      headers: ajv.compile(message.headers()!.json() as object),
      key: ajv.compile(key ?? {}),
    });
  }
  return {
    document,
    types: [...new Set([...schemas.keys()].map((schema) => schema.split(':').at(-1)!))],
    typesOf(version) {
      const prefix = `urn:certflow:integration:v${version}:`;
      return [...schemas.keys()].filter((schema) => schema.startsWith(prefix)).map((schema) => schema.slice(prefix.length));
    },
    check(message) {
      const value = JSON.parse(message.value) as { type?: string; dataschema?: string };
      const found = schemas.get(value.dataschema ?? '');
      if (!found || !value.dataschema?.endsWith(`:${String(value.type)}`)) return [`no message ${String(value.type)} with schema ${String(value.dataschema)} in asyncapi.yaml`];
      const problems: string[] = [];
      if (!found.payload(value)) problems.push(`payload: ${JSON.stringify(found.payload.errors)}`);
      if (!found.headers(message.headers)) problems.push(`headers: ${JSON.stringify(found.headers.errors)}`);
      if (!found.key(message.key)) problems.push(`key: ${JSON.stringify(found.key.errors)}`);
      return problems;
    },
  };
}
