import type Database from 'better-sqlite3';
import { chainHash, type ChainAlgorithm } from '../canonical-json.js';
import type { AppendResult, ExpectedVersion } from '../envelope.js';

/** One append as the writer needs it: checked, hashed body ready, data and metadata as JSON text. */
export interface WriteAppend {
  readonly streamId: string;
  readonly expected: ExpectedVersion;
  readonly commandId: string | undefined;
  readonly events: readonly {
    readonly eventId: string;
    readonly type: string;
    readonly schemaVersion: number;
    readonly data: string;
    readonly metadata: string;
    readonly body: string;
  }[];
}

/** What became of one append of a batch; refusals are described, so that they cross a thread as data. */
export type WriteOutcome =
  | { readonly ok: AppendResult }
  | { readonly refused: 'command-reused'; readonly commandId: string; readonly earlierStreamId: string; readonly streamId: string }
  | { readonly refused: 'wrong-version'; readonly streamId: string; readonly expected: ExpectedVersion; readonly actual: number }
  | { readonly refused: 'duplicate-event'; readonly streamId: string };

/** A subscriber's checkpoint, written on whichever connection owns the store's writes. */
export const SAVE_CHECKPOINT = `INSERT INTO checkpoints (name, position, updated_at) VALUES (?, ?, ?)
  ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at`;

export type BatchWrite = (batch: readonly WriteAppend[], now: string) => WriteOutcome[];

/**
 * The write side of the SQLite store: a batch of appends in one transaction (group commit), each
 * in its own savepoint so that a refusal undoes only its own rows. A failure of the transaction
 * itself (disk full, I/O) is thrown for the whole batch.
 * The inline store and the writer thread's module (sqlite-writer-worker.ts) both run this one.
 */
export function sqliteBatchWriter(db: Database.Database, chainAlgorithm: ChainAlgorithm): BatchWrite {
  const statements = {
    begin: db.prepare('BEGIN IMMEDIATE'),
    commit: db.prepare('COMMIT'),
    rollback: db.prepare('ROLLBACK'),
    savepoint: db.prepare('SAVEPOINT one_append'),
    release: db.prepare('RELEASE one_append'),
    rollbackTo: db.prepare('ROLLBACK TO one_append'),
    command: db.prepare<[string], { stream_id: string; stream_version: number; first_position: number; last_position: number }>(
      'SELECT stream_id, stream_version, first_position, last_position FROM commands WHERE command_id = ?',
    ),
    head: db.prepare<[string], { version: number; last_hash: string; last_recorded_at: string }>(
      'SELECT version, last_hash, last_recorded_at FROM streams WHERE stream_id = ?',
    ),
    insertEvent: db.prepare(
      `INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    upsertHead: db.prepare(
      `INSERT INTO streams (stream_id, version, last_hash, last_recorded_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, last_hash = excluded.last_hash,
         last_recorded_at = excluded.last_recorded_at`,
    ),
    insertCommand: db.prepare(
      'INSERT INTO commands (command_id, stream_id, stream_version, first_position, last_position) VALUES (?, ?, ?, ?, ?)',
    ),
  };
  const accepts = (expected: ExpectedVersion, current: number): boolean =>
    expected === 'any' || (expected === 'no-stream' ? current === 0 : expected === 'stream-exists' ? current > 0 : current === expected);
  // By shape, not `instanceof`: the native binding keeps the error class of the first context that loaded it.
  const isDuplicateEventId = (error: unknown): boolean => {
    const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
    return code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof message === 'string' && message.includes('events.event_id');
  };

  /** A refusal is returned after its rows are undone by the caller; anything else is thrown. */
  const appendOne = (append: WriteAppend, now: string): WriteOutcome => {
    const { streamId, commandId } = append;
    if (commandId !== undefined) {
      const earlier = statements.command.get(commandId);
      if (earlier) {
        if (earlier.stream_id !== streamId) return { refused: 'command-reused', commandId, earlierStreamId: earlier.stream_id, streamId };
        return {
          ok: { streamId, streamVersion: earlier.stream_version, firstPosition: earlier.first_position, lastPosition: earlier.last_position, duplicate: true },
        };
      }
    }
    const head = statements.head.get(streamId);
    const current = head?.version ?? 0;
    if (!accepts(append.expected, current)) return { refused: 'wrong-version', streamId, expected: append.expected, actual: current };
    // Recorded time never goes backwards within a stream, so `asOf` always cuts a prefix.
    const recordedAt = head && head.last_recorded_at > now ? head.last_recorded_at : now;
    let hash = head?.last_hash ?? '';
    let version = current;
    let firstPosition = 0;
    let lastPosition = 0;
    for (const event of append.events) {
      version += 1;
      hash = chainHash(hash, version, recordedAt, event.body, chainAlgorithm);
      try {
        const info = statements.insertEvent.run(streamId, version, event.eventId, event.type, event.schemaVersion, event.data, event.metadata, recordedAt, hash);
        lastPosition = Number(info.lastInsertRowid);
      } catch (error) {
        if (isDuplicateEventId(error)) return { refused: 'duplicate-event', streamId };
        throw error;
      }
      firstPosition ||= lastPosition;
    }
    statements.upsertHead.run(streamId, version, hash, recordedAt);
    if (commandId !== undefined) statements.insertCommand.run(commandId, streamId, version, firstPosition, lastPosition);
    return { ok: { streamId, streamVersion: version, firstPosition, lastPosition, duplicate: false } };
  };

  return (batch, now) => {
    const outcomes: WriteOutcome[] = [];
    try {
      statements.begin.run();
      for (const append of batch) {
        statements.savepoint.run();
        const outcome = appendOne(append, now);
        if ('ok' in outcome) statements.release.run();
        else {
          statements.rollbackTo.run();
          statements.release.run();
        }
        outcomes.push(outcome);
      }
      statements.commit.run();
    } catch (error) {
      if (db.inTransaction) statements.rollback.run();
      throw error;
    }
    return outcomes;
  };
}
