import { v7 as uuidv7, validate as uuidValidate } from 'uuid';
import { canonicalBody } from './canonical-json.js';
import type { AppendOptions, EventMetadata, ExpectedVersion, NewEvent } from './envelope.js';
import {
  EventTooLargeError,
  InvalidEventError,
  InvalidExpectedVersionError,
  InvalidStreamIdError,
  NotSerialisableError,
} from './errors.js';

export const MAX_STREAM_ID_LENGTH = 200;
export const MAX_TYPE_LENGTH = 200;
export const MAX_EVENT_BYTES = 1024 * 1024;
export const MAX_EVENTS_PER_APPEND = 1000;

export interface PreparedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
  /** Canonical JSON of everything the hash covers except chain place and recorded time. */
  readonly body: string;
}

export interface PreparedAppend {
  readonly streamId: string;
  readonly expected: ExpectedVersion;
  readonly commandId: string | undefined;
  readonly events: readonly PreparedEvent[];
}

/**
 * Checks everything about an append that can be checked without the database, and fixes the
 * event ids, so that an append the store accepts cannot fail later for a reason of its own.
 */
export function prepareAppend(streamId: unknown, events: unknown, options: AppendOptions = {}): PreparedAppend {
  assertStreamId(streamId);
  const expected = parseExpectedVersion(options.expectedVersion ?? 'any');
  if (!Array.isArray(events) || events.length === 0) {
    throw new InvalidEventError(0, 'an append needs at least one event');
  }
  if (events.length > MAX_EVENTS_PER_APPEND) {
    throw new InvalidEventError(MAX_EVENTS_PER_APPEND, `at most ${MAX_EVENTS_PER_APPEND} events per append`);
  }
  const shared = options.metadata ?? {};
  const prepared = events.map((event: NewEvent, index) => prepareEvent(streamId, event, shared, index));
  const commandIds = new Set(prepared.map((event) => event.metadata.commandId));
  if (commandIds.size > 1) {
    throw new InvalidEventError(0, 'all events of one append must carry the same commandId');
  }
  const [commandId] = commandIds;
  if (commandId !== undefined && (typeof commandId !== 'string' || commandId.length === 0 || commandId.length > 200)) {
    throw new InvalidEventError(0, 'commandId must be a string of 1 to 200 characters');
  }
  return { streamId, expected, commandId, events: prepared };
}

function prepareEvent(streamId: string, event: NewEvent, shared: EventMetadata, index: number): PreparedEvent {
  if (event === null || typeof event !== 'object') throw new InvalidEventError(index, 'an event must be an object');
  const { type, data } = event;
  if (typeof type !== 'string' || type.length === 0 || type.length > MAX_TYPE_LENGTH || hasControlCharacters(type)) {
    throw new InvalidEventError(index, `type must be a printable string of 1 to ${MAX_TYPE_LENGTH} characters`);
  }
  const schemaVersion = event.schemaVersion ?? 1;
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw new InvalidEventError(index, 'schemaVersion must be a positive integer');
  }
  const givenId = event.eventId ?? uuidv7();
  if (typeof givenId !== 'string' || !uuidValidate(givenId)) {
    throw new InvalidEventError(index, 'eventId must be a UUID');
  }
  const eventId = givenId.toLowerCase();
  if (data === undefined) throw new NotSerialisableError(`events[${index}].data`, 'undefined');
  assertJsonSerialisable(data, `events[${index}].data`);
  const metadata = dropUndefined({ ...shared, ...event.metadata });
  assertJsonSerialisable(metadata, `events[${index}].metadata`);
  const body = canonicalBody({ eventId, streamId, type, schemaVersion, data, metadata });
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > MAX_EVENT_BYTES) throw new EventTooLargeError(index, bytes, MAX_EVENT_BYTES);
  return { eventId, type, schemaVersion, data, metadata, body };
}

export function assertStreamId(streamId: unknown): asserts streamId is string {
  if (typeof streamId !== 'string') throw new InvalidStreamIdError(streamId, 'must be a string');
  if (streamId.length === 0) throw new InvalidStreamIdError(streamId, 'must not be empty');
  if (streamId.length > MAX_STREAM_ID_LENGTH) {
    throw new InvalidStreamIdError(streamId, `must be at most ${MAX_STREAM_ID_LENGTH} characters, got ${streamId.length}`);
  }
  if (hasControlCharacters(streamId) || !streamId.isWellFormed() || streamId.trim() !== streamId) {
    throw new InvalidStreamIdError(streamId, 'must be printable text without surrounding spaces');
  }
}

export function parseExpectedVersion(value: unknown): ExpectedVersion {
  if (value === 'no-stream' || value === 'stream-exists' || value === 'any') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw new InvalidExpectedVersionError(value);
}

/**
 * Accepts exactly what survives a JSON round trip unchanged and what PostgreSQL's jsonb can
 * hold: plain objects, arrays, finite numbers, booleans, null and well-formed strings without
 * NUL. Anything JSON.stringify would silently drop or alter (undefined, NaN, Date, Map, class
 * instances) is refused, so that what is read back is what was written.
 */
export function assertJsonSerialisable(value: unknown, path: string, seen: Set<object> = new Set()): void {
  switch (typeof value) {
    case 'string':
      if (!value.isWellFormed()) throw new NotSerialisableError(path, 'string holds a lone surrogate');
      if (value.includes('\u0000')) throw new NotSerialisableError(path, 'string holds a NUL character');
      return;
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new NotSerialisableError(path, `${value} is not a finite number`);
      return;
    case 'object': {
      if (value === null) return;
      if (seen.has(value)) throw new NotSerialisableError(path, 'circular reference');
      seen.add(value);
      if (Array.isArray(value)) {
        value.forEach((item, index) => assertJsonSerialisable(item, `${path}[${index}]`, seen));
      } else {
        // Compared by shape, not identity: objects from another realm (vm contexts, Jest,
        // structuredClone across contexts) have their own Object.prototype.
        const proto = Object.getPrototypeOf(value);
        if (proto !== null && Object.getPrototypeOf(proto) !== null) {
          throw new NotSerialisableError(path, `${proto?.constructor?.name ?? 'object'} is not a plain object`);
        }
        for (const [key, item] of Object.entries(value)) {
          if (key.includes('\u0000') || !key.isWellFormed()) throw new NotSerialisableError(path, 'key is not storable text');
          if (item === undefined) throw new NotSerialisableError(`${path}.${key}`, 'undefined');
          assertJsonSerialisable(item, `${path}.${key}`, seen);
        }
      }
      seen.delete(value);
      return;
    }
    default:
      throw new NotSerialisableError(path, typeof value);
  }
}

function dropUndefined(metadata: EventMetadata): EventMetadata {
  return Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== undefined)) as EventMetadata;
}

function hasControlCharacters(text: string): boolean {
  return /[\u0000-\u001f\u007f]/.test(text);
}
