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

/**
 * The log holds transaction ids this cluster has not reached (a pg_restore into a new cluster):
 * subscribers order by transaction id, so an event written now would sort before the whole log
 * and be skipped by every cursor past it. Refused until the ids are advanced.
 */
export class TransactionIdsBehindError extends CertflowError {
  constructor(readonly newest: string, readonly next: string) {
    super('event-store.transaction-ids-behind', {
      zh: `此 PostgreSQL 集群下一个事务号为 ${next}，日志中最新的事务号为 ${newest}：新事件将排在既有事件之前，拒绝写入。请在集群停止时用 pg_resetwal 将事务号推进到 ${newest} 之后，或将日志恢复到原集群`,
      en: `this PostgreSQL cluster hands out transaction id ${next} next, while the log already holds ${newest}: new events would sort before the log, so appends are refused. Advance the cluster's transaction ids past ${newest} with pg_resetwal (cluster stopped), or restore the log into its own cluster`,
    });
  }
}

export class EventStoreClosedError extends CertflowError {
  constructor() {
    super('event-store.closed', { zh: '事件存储已关闭', en: 'event store is closed' });
  }
}
