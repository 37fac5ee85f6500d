import { CertflowError, type ErrorCode } from '@certflow/errors';
import type { ExpectedVersion } from './envelope.js';
import type { ChainReport } from './chain.js';

/** Base of every error the store throws on purpose; the message is safe to show a client. */
export abstract class EventStoreError extends CertflowError {
  constructor(code: ErrorCode & `event-store.${string}`, message: string, options?: { cause?: unknown }) {
    super(code, { zh: `请求无效：${message}`, en: message }, options);
  }
}

export class WrongExpectedVersionError extends EventStoreError {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super('event-store.wrong-expected-version', `stream ${streamId}: expected version ${String(expected)}, actual version ${actual}`);
  }
}

export class InvalidStreamIdError extends EventStoreError {
  constructor(readonly streamId: unknown, readonly reason: string) {
    super('event-store.invalid-stream-id', `invalid stream id: ${reason}`);
  }
}

export class InvalidEventError extends EventStoreError {
  constructor(readonly index: number, readonly reason: string) {
    super('event-store.invalid-event', `event #${index}: ${reason}`);
  }
}

export class EventTooLargeError extends EventStoreError {
  constructor(readonly index: number, readonly bytes: number, readonly limit: number) {
    super('event-store.event-too-large', `event #${index} is ${bytes} bytes, over the limit of ${limit}`);
  }
}

export class NotSerialisableError extends EventStoreError {
  constructor(readonly path: string, readonly reason: string) {
    super('event-store.not-json-serialisable', `${path} is not JSON-serialisable: ${reason}`);
  }
}

export class InvalidExpectedVersionError extends EventStoreError {
  constructor(readonly given: unknown) {
    super('event-store.invalid-expected-version', `expected version must be a non-negative integer, 'no-stream', 'stream-exists' or 'any'; got ${safeShow(given)}`);
  }
}

export class CommandIdReusedError extends EventStoreError {
  constructor(readonly commandId: string, readonly firstStreamId: string, readonly streamId: string) {
    super('event-store.command-id-reused', `command ${commandId} was already appended to ${firstStreamId}; it cannot be reused for ${streamId}`);
  }
}

export class InvalidReadError extends EventStoreError {
  constructor(reason: string) {
    super('event-store.invalid-read', reason);
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
  constructor(readonly streamId: string, options?: { cause?: unknown }) {
    super('event-store.duplicate-event-id', `an event id given for ${streamId} is already stored`, options);
  }
}

/** A backup or restore of the embedded store that was not done, for a reason the operator can act on. */
export class BackupRefusedError extends EventStoreError {
  constructor(reason: string, readonly report?: ChainReport, options?: { cause?: unknown }) {
    super('event-store.backup-refused', reason, options);
  }
}

/** A `certflow store copy` that was not started or continued, for a reason the operator can act on. */
export class StoreCopyRefusedError extends EventStoreError {
  constructor(reason: string) {
    super('event-store.copy-refused', reason);
  }
}
