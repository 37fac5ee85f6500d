import { createHash, hash } from 'node:crypto';
import type { EventMetadata } from './envelope.js';
import { NotSerialisableError } from './errors.js';

/**
 * JSON with object keys sorted at every depth, so that the same value always gives the same
 * bytes whatever order its keys were written in, or whatever order a database hands them back
 * (PostgreSQL's jsonb reorders keys).
 *
 * It also refuses, naming the path, whatever would not survive a JSON round trip unchanged or
 * could not be stored in jsonb: undefined, NaN and infinities, functions, BigInt, symbols,
 * Dates, Maps and other class instances, cycles, lone surrogates and NUL characters. Checking
 * while writing walks each event once: on the append path, that walk is most of the CPU.
 */
export function canonicalJson(value: unknown, path = '$'): string {
  return write(value, path, []);
}

function write(value: unknown, path: string, ancestors: object[]): string {
  switch (typeof value) {
    case 'string':
      return text(value, path);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new NotSerialisableError(path, `${value} is not a finite number`);
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      if (ancestors.includes(value)) throw new NotSerialisableError(path, 'circular reference');
      ancestors.push(value);
      let out: string;
      if (Array.isArray(value)) {
        out = '[';
        for (let i = 0; i < value.length; i += 1) {
          if (i > 0) out += ',';
          out += write(value[i], `${path}[${i}]`, ancestors);
        }
        out += ']';
      } else {
        // Compared by shape, not identity: objects from another realm (vm contexts, Jest) have
        // their own Object.prototype.
        const proto = Object.getPrototypeOf(value);
        if (proto !== null && Object.getPrototypeOf(proto) !== null) {
          throw new NotSerialisableError(path, `${proto?.constructor?.name ?? 'object'} is not a plain object`);
        }
        const record = value as Record<string, unknown>;
        const keys = Object.keys(record).sort();
        out = '{';
        for (let i = 0; i < keys.length; i += 1) {
          const key = keys[i]!;
          const item = record[key];
          if (item === undefined) throw new NotSerialisableError(`${path}.${key}`, 'undefined');
          if (i > 0) out += ',';
          out += `${text(key, path)}:${write(item, `${path}.${key}`, ancestors)}`;
        }
        out += '}';
      }
      ancestors.pop();
      return out;
    }
    default:
      throw new NotSerialisableError(path, typeof value);
  }
}

function text(value: string, path: string): string {
  if (!value.isWellFormed()) throw new NotSerialisableError(path, 'string holds a lone surrogate');
  if (value.includes('\u0000')) throw new NotSerialisableError(path, 'string holds a NUL character');
  return JSON.stringify(value);
}

/** The part of an event that its hash covers besides its place in the chain. */
export interface HashedBody {
  eventId: string;
  streamId: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: EventMetadata;
}

/** `path` names the event in refusals, e.g. 'events[2]'. */
export function canonicalBody(body: HashedBody, path = 'event'): string {
  return (
    `{"data":${canonicalJson(body.data, `${path}.data`)},"eventId":${JSON.stringify(body.eventId)},` +
    `"metadata":${canonicalJson(body.metadata, `${path}.metadata`)},"schemaVersion":${body.schemaVersion},` +
    `"streamId":${JSON.stringify(body.streamId)},"type":${JSON.stringify(body.type)}}`
  );
}

/**
 * The canonical body of an event read back from a store, for verify: the same bytes as
 * `canonicalBody` for any value JSON.parse can give, without the checks that only matter when
 * writing (every such value is a plain tree) and without building a path per key. The two
 * differ only on text append would have refused (a lone surrogate, a NUL): canonicalBody
 * throws, this one writes it out, so verify names the event as a hash mismatch.
 */
export function storedBody(body: HashedBody): string {
  return (
    `{"data":${plain(body.data)},"eventId":${JSON.stringify(body.eventId)},` +
    `"metadata":${plain(body.metadata)},"schemaVersion":${body.schemaVersion},` +
    `"streamId":${JSON.stringify(body.streamId)},"type":${JSON.stringify(body.type)}}`
  );
}

function plain(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) out += (i > 0 ? ',' : '') + plain(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  for (let i = 0; i < keys.length; i += 1) out += `${i > 0 ? ',' : ''}${JSON.stringify(keys[i])}:${plain(record[keys[i]!])}`;
  return `${out}}`;
}

/** The digest of a chain link: SHA-256 by default, SM3 (GB/T 32905-2016) where 密评 asks for it. */
export type ChainAlgorithm = 'sha256' | 'sm3';

export const CHAIN_ALGORITHMS: readonly ChainAlgorithm[] = ['sha256', 'sm3'];

/**
 * The hex digest over the previous hash in the stream ('' for the first event), the stream
 * version, the recorded time and the canonical body, joined by newlines. PostgreSQL computes
 * the same bytes in its append function, so both adapters produce interchangeable chains.
 *
 * An SM3 link is stored as `sm3:<hex>`, a SHA-256 one as bare hex (as every link was before
 * SM3 existed): each event names its own algorithm, so a store that switches keeps verifying
 * its older events, and the tag is itself chained into the next link.
 */
export function chainHash(
  previousHash: string,
  streamVersion: number,
  recordedAt: string,
  body: string,
  algorithm: ChainAlgorithm = 'sha256',
): string {
  // One-shot: no Hash object per event, which verify pays a million times over.
  const hex = hash(algorithm, `${previousHash}\n${streamVersion}\n${recordedAt}\n${body}`, 'hex');
  return algorithm === 'sha256' ? hex : `${algorithm}:${hex}`;
}

/** Which algorithm a stored link names; undefined for anything no adapter writes. */
export function chainAlgorithmOf(hash: string): ChainAlgorithm | undefined {
  if (/^[0-9a-f]{64}$/.test(hash)) return 'sha256';
  if (/^sm3:[0-9a-f]{64}$/.test(hash)) return 'sm3';
  return undefined;
}

/** Whether this runtime's OpenSSL can compute the algorithm (SM3 is absent from some FIPS or trimmed builds). */
export function chainAlgorithmAvailable(algorithm: ChainAlgorithm): boolean {
  try {
    createHash(algorithm);
    return true;
  } catch {
    return false;
  }
}
