import type { ReadAllOptions, ReadStreamOptions } from './envelope.js';
import { InvalidReadError } from './errors.js';
import { assertStreamId } from './validation.js';

export const MAX_READ_LIMIT = 10_000;

export interface StreamRange {
  readonly fromVersion: number;
  readonly toVersion: number;
  /** ISO 8601 in UTC with milliseconds, comparable as text; undefined reads to the end. */
  readonly asOf: string | undefined;
}

/** One reading of the read options for every adapter, so that they refuse the same input. */
export function streamRange(streamId: string, options: ReadStreamOptions = {}): StreamRange {
  assertStreamId(streamId);
  const fromVersion = options.fromVersion ?? 1;
  const toVersion = options.toVersion ?? Number.MAX_SAFE_INTEGER;
  if (!Number.isSafeInteger(fromVersion) || fromVersion < 1) throw new InvalidReadError('fromVersion must be an integer from 1');
  if (!Number.isSafeInteger(toVersion) || toVersion < 1) throw new InvalidReadError('toVersion must be an integer from 1');
  let asOf: string | undefined;
  if (options.asOf !== undefined) {
    const time = new Date(options.asOf);
    if (typeof options.asOf !== 'string' || Number.isNaN(time.getTime())) {
      throw new InvalidReadError('asOf must be an ISO 8601 date-time');
    }
    // PostgreSQL's timestamptz has no year 0 (and toISOString writes years past 9999 with a sign).
    const year = time.getUTCFullYear();
    if (year < 1 || year > 9999) throw new InvalidReadError('asOf must fall in the years 1 to 9999 (UTC)');
    asOf = time.toISOString();
  }
  return { fromVersion, toVersion, asOf };
}

export interface AllRange {
  readonly after: number;
  readonly limit: number;
  readonly types: readonly string[] | undefined;
}

export function allRange(options: ReadAllOptions = {}): AllRange {
  const after = options.after ?? 0;
  const limit = options.limit ?? 1000;
  if (!Number.isSafeInteger(after) || after < 0) throw new InvalidReadError('after must be a non-negative integer');
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_READ_LIMIT) {
    throw new InvalidReadError(`limit must be an integer from 1 to ${MAX_READ_LIMIT}`);
  }
  if (options.types !== undefined && (!Array.isArray(options.types) || options.types.some((t) => typeof t !== 'string'))) {
    throw new InvalidReadError('types must be a list of event type names');
  }
  return { after, limit, types: options.types && options.types.length > 0 ? options.types : undefined };
}

const EVENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Event ids are UUIDs; anything else names no event (and must not reach a uuid column). */
export function isEventId(value: unknown): value is string {
  return typeof value === 'string' && EVENT_ID.test(value);
}
