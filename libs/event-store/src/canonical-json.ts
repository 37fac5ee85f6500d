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
 * Dates, Maps and other class instances, cycles, lone surrogates and NUL characters. On the
 * append path this is most of the CPU, hence the quick path first.
 */
export function canonicalJson(value: unknown, path = '$'): string {
  return quickCanonicalJson(value) ?? referenceCanonicalJson(value, path);
}

/** The writer every answer of `canonicalJson` must equal, byte for byte and refusal for refusal. */
export function referenceCanonicalJson(value: unknown, path = '$'): string {
  return write(value, path, []);
}

/**
 * The same bytes as `write` for the values an event usually holds, for less of the CPU: the
 * tree is checked and its keys put in order in a copy (only where they are out of order), and
 * V8's JSON.stringify, many times faster than joining strings here, writes the copy. Whatever
 * it is not sure of (it gives undefined) goes to `write`, which stays the reference and the one
 * that names a refusal: anything but a plain tree, more than MAX_QUICK_DEPTH deep (a cycle
 * among them), and text JSON.stringify escapes where `write` refuses (NUL, lone surrogates).
 */
export function quickCanonicalJson(value: unknown): string | undefined {
  const tree = inOrder(value, 0);
  if (tree === UNSURE) return undefined;
  const out = JSON.stringify(tree);
  // A string holding a backslash then 'u0000' also matches: `write` then answers, as it must.
  return REFUSED_ESCAPE.test(out) ? undefined : out;
}

const UNSURE = Symbol('unsure');
const MAX_QUICK_DEPTH = 100;
const OBJECT_PROTOTYPE = Object.prototype;
const ARRAY_PROTOTYPE = Array.prototype;
/** How JSON.stringify writes NUL and lone surrogates (lower-case hex), which `write` refuses. */
const REFUSED_ESCAPE = /\\u(?:0000|d[89a-f])/;

/**
 * The value itself where its keys are already in order at every depth, else a copy whose keys
 * were inserted in order (JSON.stringify writes own keys in insertion order, except that keys
 * like '10' which JavaScript takes for array indices come first, in numeric order).
 */
function inOrder(value: unknown, depth: number): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : UNSURE;
    case 'object':
      break;
    default:
      return UNSURE;
  }
  if (value === null) return value;
  if (depth > MAX_QUICK_DEPTH) return UNSURE;
  // JSON.stringify would call a toJSON (own, hidden or inherited) that `write` never calls.
  if ((value as { toJSON?: unknown }).toJSON !== undefined) return UNSURE;
  const proto = Object.getPrototypeOf(value);
  if (Array.isArray(value)) {
    if (proto !== ARRAY_PROTOTYPE) return UNSURE;
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i += 1) {
      // A hole reads as undefined, which JSON.stringify writes as null and `write` refuses.
      const item: unknown = value[i];
      const written = inOrder(item, depth + 1);
      if (written === UNSURE) return UNSURE;
      if (copy !== undefined) copy.push(written);
      else if (written !== item) {
        // Not slice: an array's own `constructor` could make slice build something else.
        copy = [];
        for (let j = 0; j < i; j += 1) copy.push(value[j]);
        copy.push(written);
      }
    }
    return copy ?? value;
  }
  if (proto !== OBJECT_PROTOTYPE && proto !== null) return UNSURE;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let sorted = true;
  for (let i = 1; i < keys.length; i += 1) {
    if (!(keys[i - 1]! < keys[i]!)) {
      sorted = false;
      break;
    }
  }
  if (!sorted) keys.sort();
  let copy: Record<string, unknown> | undefined;
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i]!;
    const item = record[key];
    const written = inOrder(item, depth + 1);
    if (written === UNSURE) return UNSURE;
    if (copy !== undefined) copy[key] = written;
    else if (!sorted || written !== item) {
      // Assigning '__proto__' would set the copy's prototype rather than add a key.
      if (Object.hasOwn(record, '__proto__')) return UNSURE;
      copy = {};
      for (let j = 0; j < i; j += 1) copy[keys[j]!] = record[keys[j]!];
      copy[key] = written;
    }
  }
  if (copy === undefined) return value;
  return hasIndexLikeKey(keys) && !sameKeys(Object.keys(copy), keys) ? UNSURE : copy;
}

/** A key starting with a digit may be one JavaScript enumerates first: then the copy is checked. */
function hasIndexLikeKey(keys: readonly string[]): boolean {
  for (const key of keys) {
    const first = key.charCodeAt(0);
    if (first >= 48 && first <= 57) return true;
  }
  return false;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
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
