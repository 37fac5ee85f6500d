import { CertflowError } from '@certflow/errors';
import { createHash } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import { chainHash, type ChainAlgorithm } from '../canonical-json.js';
import type { EventMetadata, ExpectedVersion, NewEvent, RecordedEvent } from '../envelope.js';
import { WrongExpectedVersionError } from '../errors.js';
import type { PreparedAppend } from '../validation.js';

/**
 * What certflow keeps of its own in each KurrentDB event's metadata, beside the caller's: the
 * store gives no hash chain and no recorded time of ours, and its revisions start at 0 where
 * certflow's versions start at 1.
 */
export interface CertflowEnvelope {
  readonly schemaVersion: number;
  readonly streamVersion: number;
  readonly recordedAt: string;
  readonly hash: string;
}

export const ENVELOPE_KEY = '$certflow';

/** Events certflow writes for its own bookkeeping; never delivered to readers of the log. */
export const INTERNAL_TYPE_PREFIX = 'certflow.internal.';
export const COMMAND_RECORDED = `${INTERNAL_TYPE_PREFIX}command-recorded`;
export const CHECKPOINT_SAVED = `${INTERNAL_TYPE_PREFIX}checkpoint-saved`;

/** A fixed namespace, so that one command id gives the same event ids on every retry. */
const COMMAND_EVENT_NAMESPACE = '6f1c2a4e-3b7d-5c8e-9a0f-1d2e3f405162';

/** The stream holding one command's outcome: written in the same transaction as its events. */
export function commandStreamOf(commandId: string): string {
  return `certflow-command-${createHash('sha256').update(commandId, 'utf8').digest('hex')}`;
}

export function checkpointStreamOf(name: string): string {
  return `certflow-checkpoint-${name}`;
}

/**
 * Event ids derived from the command id, so that a retried append carries the same ids and
 * KurrentDB's own idempotence (same ids, same expected revision) answers it as well as ours.
 */
export function eventIdFor(commandId: string, index: number): string {
  return uuidv5(`${commandId}#${index}`, COMMAND_EVENT_NAMESPACE);
}

/**
 * Fills in the ids the caller left out, before the events are prepared: the id is part of what
 * the chain hashes, so it must be fixed first. Ids the caller gave are kept.
 */
export function withCommandEventIds(events: readonly NewEvent[], shared: EventMetadata | undefined): NewEvent[] {
  return events.map((event, index) => {
    const commandId = event?.metadata?.commandId ?? shared?.commandId;
    if (event === null || typeof event !== 'object' || event.eventId !== undefined || typeof commandId !== 'string') return event;
    return { ...event, eventId: eventIdFor(commandId, index) };
  });
}

/** certflow's version (1-based, 0 = no stream) from KurrentDB's revision (0-based). */
export function versionOf(revision: bigint | undefined): number {
  return revision === undefined ? 0 : Number(revision) + 1;
}

/** The revision KurrentDB must find for the append to go ahead: the one certflow read. */
export function streamStateFor(currentVersion: number): bigint | 'no_stream' {
  return currentVersion === 0 ? 'no_stream' : BigInt(currentVersion - 1);
}

/**
 * The caller's expectation against the version just read. Every append is sent with the exact
 * revision read (the chain needs the previous hash), so the server refuses any append that
 * raced past it, and `any` and `stream-exists` are decided here, before anything is sent.
 */
export function checkExpected(streamId: string, expected: ExpectedVersion, currentVersion: number): void {
  const holds =
    expected === 'any' ||
    (expected === 'no-stream' && currentVersion === 0) ||
    (expected === 'stream-exists' && currentVersion > 0) ||
    (typeof expected === 'number' && expected === currentVersion);
  if (!holds) throw new WrongExpectedVersionError(streamId, expected, currentVersion);
}

/**
 * What to do when the server refused an append for its revision: another process appended
 * between certflow's read and its write. An append that did not name an exact version (or that
 * carries a command id, which may turn out to be a repeat) reads the stream again; one that
 * named a version is refused with the version now there.
 */
export function afterConflict(expected: ExpectedVersion, commandId: string | undefined, attempt: number, maxAttempts: number): 'read-again' | 'refuse' {
  if (attempt >= maxAttempts) return 'refuse';
  return expected === 'any' || expected === 'stream-exists' || commandId !== undefined ? 'read-again' : 'refuse';
}

/** A checkpoint is one small event; its stream keeps only the latest (`$maxCount` 1). */
export function checkpointData(cursor: { readonly position: number }): { position: number } {
  return { position: cursor.position };
}

export function cursorOfCheckpoint(data: unknown): { position: number } | undefined {
  const position = (data as { position?: unknown } | null)?.position;
  return typeof position === 'number' && Number.isSafeInteger(position) && position >= 0 ? { position } : undefined;
}

export interface StreamTail {
  readonly version: number;
  readonly hash: string;
  readonly recordedAt: string;
}

export const EMPTY_TAIL: StreamTail = { version: 0, hash: '', recordedAt: '' };

export interface OutgoingEvent {
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: EventMetadata & { [ENVELOPE_KEY]: CertflowEnvelope };
}

/**
 * The events of one append with their place in the chain. Recorded time never goes back within
 * a stream, so the chain's times read in order even when two writers' clocks differ.
 */
export function chainEvents(append: PreparedAppend, tail: StreamTail, now: Date, algorithm: ChainAlgorithm = 'sha256'): OutgoingEvent[] {
  const clock = now.toISOString();
  const recordedAt = tail.recordedAt > clock ? tail.recordedAt : clock;
  let hash = tail.hash;
  return append.events.map((event, index) => {
    const streamVersion = tail.version + index + 1;
    hash = chainHash(hash, streamVersion, recordedAt, event.body, algorithm);
    return {
      id: event.eventId,
      type: event.type,
      data: event.data,
      metadata: { ...event.metadata, [ENVELOPE_KEY]: { schemaVersion: event.schemaVersion, streamVersion, recordedAt, hash } },
    };
  });
}

/** What a stored KurrentDB event carries, in the shape the client hands it over. */
export interface StoredEvent {
  readonly id: string;
  readonly type: string;
  readonly streamId: string;
  readonly revision: bigint;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly position?: { readonly commit: bigint; readonly prepare: bigint } | undefined;
}

export class ForeignEventError extends CertflowError {
  constructor(detail: string) {
    super('event-store.foreign-event', { zh: `事件存储中有一条不是 certflow 写入的事件：${detail}`, en: detail });
  }
}

/**
 * A certflow envelope from a stored event; the global position is the commit position in
 * `$all`, which grows with every write but is not dense. Events certflow did not write (no
 * envelope) are refused: the chain cannot vouch for them.
 */
export function toRecorded(stored: StoredEvent): RecordedEvent {
  const metadata = (stored.metadata ?? {}) as EventMetadata & { [ENVELOPE_KEY]?: CertflowEnvelope };
  const envelope = metadata[ENVELOPE_KEY];
  if (!envelope || typeof envelope.hash !== 'string' || typeof envelope.streamVersion !== 'number') {
    throw new ForeignEventError(`event ${stored.id} in ${stored.streamId} was not written by certflow (no ${ENVELOPE_KEY} metadata)`);
  }
  const { [ENVELOPE_KEY]: _, ...callerMetadata } = metadata;
  return {
    eventId: stored.id,
    type: stored.type,
    schemaVersion: envelope.schemaVersion,
    data: stored.data,
    metadata: callerMetadata,
    streamId: stored.streamId,
    streamVersion: envelope.streamVersion,
    globalPosition: stored.position ? positionOf(stored.position.commit) : 0,
    recordedAt: envelope.recordedAt,
    hash: envelope.hash,
  };
}

/**
 * Commit positions are byte offsets in the server's log: a number is exact up to 8 PiB of log,
 * far past anything a certification log reaches, and the rest of certflow counts in numbers.
 */
export function positionOf(commit: bigint): number {
  if (commit > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`commit position ${commit} exceeds what certflow can number`);
  return Number(commit);
}

/** The read position just at an event certflow was handed (commit and prepare are equal for single-stream writes). */
export function readPositionAt(position: number): { commit: bigint; prepare: bigint } {
  return { commit: BigInt(position), prepare: BigInt(position) };
}

/**
 * The server-side filter of `$all` reads: only certflow's events (no system events, no
 * bookkeeping), or only the types asked for.
 */
export function typeFilterRegex(types: readonly string[] | undefined): string {
  if (types && types.length > 0) return `^(?:${types.map(escapeRegex).join('|')})$`;
  return `^(?!\\$|${escapeRegex(INTERNAL_TYPE_PREFIX)})`;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What a command's own stream records: where its events went. */
export interface CommandRecord {
  readonly streamId: string;
  readonly streamVersion: number;
  readonly eventCount: number;
}

/** The streams of the log's Merkle tree (issue 12): one event per leaf, one per signed head. */
export const LOG_LEAVES_STREAM = 'certflow-log-leaves';
export const LOG_HEADS_STREAM = 'certflow-log-heads';

export interface LeafData {
  readonly globalPosition: number;
  readonly eventId: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly leafHash: string;
}

/** A leaf as the tree reads it: its index is the revision of its event in the leaves stream. */
export function leafOfData(data: unknown, revision: number): { index: number; globalPosition: number; streamId: string; streamVersion: number; leafHash: string } {
  const leaf = data as LeafData;
  return { index: revision, globalPosition: leaf.globalPosition, streamId: leaf.streamId, streamVersion: leaf.streamVersion, leafHash: leaf.leafHash };
}
