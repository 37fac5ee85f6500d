import { v7 as uuidv7, validate as uuidValidate } from 'uuid';
import { canonicalBody, canonicalJson } from './canonical-json.js';
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
  const metadata = dropUndefined({ ...shared, ...event.metadata });
  const body = canonicalBody({ eventId, streamId, type, schemaVersion, data, metadata }, `events[${index}]`);
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

/** Throws NotSerialisableError, naming the path, for anything an event cannot hold. */
export function assertJsonSerialisable(value: unknown, path: string): void {
  canonicalJson(value, path);
}

function dropUndefined(metadata: EventMetadata): EventMetadata {
  return Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== undefined)) as EventMetadata;
}

function hasControlCharacters(text: string): boolean {
  return /[\u0000-\u001f\u007f]/.test(text);
}
