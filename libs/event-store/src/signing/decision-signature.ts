import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { canonicalBody } from '../canonical-json.js';
import type { AppendOptions, EventMetadata, NewEvent, RecordedEvent } from '../envelope.js';
import type { EventStore } from '../port.js';
import { keyIdOf, type TreeHeadSigner } from '../merkle/tree-head.js';

/** Where a signed decision keeps its signature: in the metadata, so the chain hash covers it too. */
export const SIGNATURE_KEY = 'decisionSignature';

export interface DecisionSignature {
  readonly algorithm: 'Ed25519';
  /** SHA-256 of the signing key's SPKI DER, hex: the fingerprint `certflow audit keys` prints. */
  readonly keyId: string;
  readonly value: string;
}

/** Public keys a verifier trusts, by fingerprint. */
export type TrustedKeys = ReadonlyMap<string, KeyObject>;

export function trustedKeys(publicKeyPems: readonly string[]): TrustedKeys {
  return new Map(
    publicKeyPems.map((pem) => {
      const key = createPublicKey(pem);
      return [keyIdOf(key), key] as const;
    }),
  );
}

interface SignedBody {
  readonly eventId: string;
  readonly streamId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

/**
 * The bytes a decision's signature covers: the whole event as the chain hashes it (actor, role,
 * business time and all), without the signature itself, behind a purpose tag so that no
 * signature of a tree head or a certificate can pass for one of a decision.
 */
export function decisionText(event: SignedBody): Buffer {
  const { [SIGNATURE_KEY]: _signature, ...metadata } = event.metadata;
  return Buffer.from(`certflow-decision:v1\n${canonicalBody({ ...event, metadata })}`, 'utf8');
}

export type SignatureCheck = 'valid' | 'invalid' | 'unknown-key' | 'unsigned';

export function checkDecisionSignature(event: RecordedEvent, keys: TrustedKeys): SignatureCheck {
  const signature = event.metadata[SIGNATURE_KEY] as Partial<DecisionSignature> | undefined;
  if (signature === undefined || signature === null) return 'unsigned';
  if (typeof signature !== 'object' || typeof signature.keyId !== 'string' || typeof signature.value !== 'string') return 'invalid';
  const key = keys.get(signature.keyId);
  if (!key) return 'unknown-key';
  if (signature.algorithm !== 'Ed25519') return 'invalid';
  try {
    return verify(null, decisionText(event), key, Buffer.from(signature.value, 'base64')) ? 'valid' : 'invalid';
  } catch {
    return 'invalid';
  }
}

function dropUndefined(metadata: EventMetadata): EventMetadata {
  return Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== undefined)) as EventMetadata;
}

function signEvent(streamId: string, event: NewEvent, shared: EventMetadata | undefined, signer: TreeHeadSigner): NewEvent {
  const eventId = (event.eventId ?? uuidv7()).toLowerCase();
  const schemaVersion = event.schemaVersion ?? 1;
  // The metadata the store will write: the append's shared fields under the event's own.
  const metadata = dropUndefined({ ...shared, ...event.metadata });
  const value = signer.signBytes(decisionText({ eventId, streamId, type: event.type, schemaVersion, data: event.data, metadata }));
  const signature: DecisionSignature = { algorithm: 'Ed25519', keyId: signer.keyId, value };
  return { ...event, eventId, schemaVersion, metadata: { ...event.metadata, [SIGNATURE_KEY]: { ...signature } } };
}

/**
 * The store with every event of `types` signed on its way in. Handlers stay as they are (load,
 * decide, append); every other member is the store's own.
 */
export function signingStore(store: EventStore, signer: TreeHeadSigner, types: readonly string[]): EventStore {
  const signed = new Set(types);
  const append = (streamId: string, events: readonly NewEvent[], options?: AppendOptions) =>
    store.append(
      streamId,
      Array.isArray(events) ? events.map((event) => (event && signed.has(event.type) ? signEvent(streamId, event, options?.metadata, signer) : event)) : events,
      options,
    );
  return new Proxy(store, {
    get(target, property) {
      if (property === 'append') return append;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
