import type { ExpectedVersion } from './envelope.js';
import type { ChainReport } from './chain.js';

/** Base of every error the store throws on purpose; `code` is stable and safe to show. */
export abstract class EventStoreError extends Error {
  abstract readonly code: string;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class WrongExpectedVersionError extends EventStoreError {
  readonly code = 'event-store.wrong-expected-version';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(`stream ${streamId}: expected version ${String(expected)}, actual version ${actual}`);
  }
}

export class InvalidStreamIdError extends EventStoreError {
  readonly code = 'event-store.invalid-stream-id';
  constructor(readonly streamId: unknown, readonly reason: string) {
    super(`invalid stream id: ${reason}`);
  }
}

export class InvalidEventError extends EventStoreError {
  readonly code = 'event-store.invalid-event';
  constructor(readonly index: number, readonly reason: string) {
    super(`event #${index}: ${reason}`);
  }
}

export class EventTooLargeError extends EventStoreError {
  readonly code = 'event-store.event-too-large';
  constructor(readonly index: number, readonly bytes: number, readonly limit: number) {
    super(`event #${index} is ${bytes} bytes, over the limit of ${limit}`);
  }
}

export class NotSerialisableError extends EventStoreError {
  readonly code = 'event-store.not-json-serialisable';
  constructor(readonly path: string, readonly reason: string) {
    super(`${path} is not JSON-serialisable: ${reason}`);
  }
}

export class InvalidExpectedVersionError extends EventStoreError {
  readonly code = 'event-store.invalid-expected-version';
  constructor(readonly given: unknown) {
    super(`expected version must be a non-negative integer, 'no-stream', 'stream-exists' or 'any'; got ${safeShow(given)}`);
  }
}

export class CommandIdReusedError extends EventStoreError {
  readonly code = 'event-store.command-id-reused';
  constructor(readonly commandId: string, readonly firstStreamId: string, readonly streamId: string) {
    super(`command ${commandId} was already appended to ${firstStreamId}; it cannot be reused for ${streamId}`);
  }
}

export class InvalidReadError extends EventStoreError {
  readonly code = 'event-store.invalid-read';
  constructor(reason: string) {
    super(reason);
  }
}

function safeShow(value: unknown): string {
  try {
    return typeof value === 'string' ? `'${value}'` : String(JSON.stringify(value) ?? typeof value);
  } catch {
    return typeof value;
  }
}

export class DuplicateEventIdError extends EventStoreError {
  readonly code = 'event-store.duplicate-event-id';
  constructor(readonly streamId: string, options?: { cause?: unknown }) {
    super(`an event id given for ${streamId} is already stored`, options);
  }
}

/** A backup or restore of the embedded store that was not done, for a reason the operator can act on. */
export class BackupRefusedError extends EventStoreError {
  readonly code = 'event-store.backup-refused';
  constructor(reason: string, readonly report?: ChainReport, options?: { cause?: unknown }) {
    super(reason, options);
  }
}
