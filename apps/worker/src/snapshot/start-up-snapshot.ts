import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import Database from 'better-sqlite3';
import type { Cursor, EventStore } from '@certflow/event-store';
import type { Logger } from '@certflow/observability';
import type { MemoryReadModelStore, MemoryStoreImage, ProjectionCheckpoint, ReadModelDocument } from '@certflow/read-models';
import type { Scheduler, SchedulerImage } from '../scheduler/index.js';
import { codeFingerprint, SNAPSHOT_FORMAT_VERSION } from './code-fingerprint.js';

export { codeFingerprint } from './code-fingerprint.js';

/**
 * A start-up snapshot of the embedded server: the memory read models (with each projection's
 * checkpoint) and the scheduler's schedule (with the position it covers), written beside the
 * SQLite log so that `certflow serve` starts from them and catches up with the log from there,
 * instead of reading the whole log again at every start.
 *
 * It is only ever an optimisation of the rebuild: a snapshot that is unreadable, written by
 * another version of the code, or not a prefix of this very log (the event at its highest
 * position is not the one it recorded, or the log does not reach that far) is ignored, and the
 * read models are rebuilt from the log as before. Positions come from what the subscribers read,
 * so a snapshot is never ahead of the committed log it was taken of; after a crash it is older
 * than the log, and the catch-up replays the difference (read models are idempotent by
 * position, the schedule resumes after the position it covers).
 */

const MAGIC = 'certflow-start-up-snapshot';
const FORMAT_VERSION = SNAPSHOT_FORMAT_VERSION;
/** Documents per serialised record: writing and reading never hold a second copy of the whole image. */
const RECORD_ENTRIES = 2_000;

export interface StartUpImage {
  readonly readModels: MemoryStoreImage;
  readonly scheduler: SchedulerImage;
}

interface Header {
  readonly magic: string;
  readonly version: number;
  /** Fingerprint of the code that derives the documents and the schedule (see codeFingerprint). */
  readonly code: string;
  readonly compact: boolean;
  /** The highest log position the snapshot covers, and the id of the event there. */
  readonly anchor: { readonly position: number; readonly eventId: string };
  /**
   * The highest position covered when written, where it is past the anchor (PostgreSQL, whose
   * anchor is looked up ahead): the log must hold an event there too.
   */
  readonly covered?: number;
  readonly writtenAt: string;
}

type BodyRecord =
  | { readonly kind: 'checkpoints'; readonly entries: [string, ProjectionCheckpoint][] }
  | { readonly kind: 'collection'; readonly name: string }
  | { readonly kind: 'documents'; readonly name: string; readonly entries: [string, ReadModelDocument][] }
  | { readonly kind: 'schedule'; readonly position: number; readonly transactionId?: string; readonly cycles: unknown[]; readonly overdue: unknown[]; readonly reminded: string[] }
  | { readonly kind: 'platforms'; readonly entries: unknown[] }
  | { readonly kind: 'end'; readonly sha256: string };

/**
 * The log a snapshot must be a prefix of: a SQLite log file, read synchronously on a connection
 * of its own; or an event store (PostgreSQL), whose answers come later, so the event at the
 * position covered is looked up ahead (followAnchor) and the last one found is what a snapshot
 * taken at shutdown records.
 */
export type SnapshotLog = { readonly file: string } | { readonly store: SnapshotStore };

/** What a snapshot asks of a PostgreSQL log. */
export interface SnapshotStore extends Pick<EventStore, 'readAll'> {
  /** The next transaction id: a snapshot whose cursors reach it was taken of another cluster. */
  nextTransactionId(): Promise<string>;
}

export interface StartUpSnapshotsOptions {
  /** The snapshot file (in the data folder). */
  readonly file: string;
  readonly log: SnapshotLog;
  readonly logger: Logger;
  /** Default: the fingerprint of the code in this checkout; tests give their own. */
  readonly code?: string;
}

export class StartUpSnapshots {
  private readonly code: string;
  private taken = 0;
  /** For a store's log: the last position covered whose event was looked up. */
  private known: Header['anchor'] | undefined;
  /** The log answers later (a store): its anchor is looked up ahead, see followAnchor. */
  readonly followsAnchor: boolean;

  constructor(private readonly options: StartUpSnapshotsOptions) {
    this.code = options.code ?? codeFingerprint();
    this.followsAnchor = 'store' in options.log;
  }

  /** The snapshot, if there is one this log and this code can start from; why not, in the log. */
  async load(compact: boolean): Promise<StartUpImage | undefined> {
    const { file, logger } = this.options;
    // A temporary file left by a process that ended while writing one is of no use to anyone.
    const prefix = `${basename(file)}.`;
    for (const name of existsSync(dirname(file)) ? readdirSync(dirname(file)) : []) {
      if (name.startsWith(prefix) && name.endsWith('.tmp')) rmSync(join(dirname(file), name), { force: true });
    }
    if (!existsSync(file)) return undefined;
    const ignore = (reason: string) => {
      logger.warn({ snapshot: file, reason }, 'start-up snapshot ignored; the read models are rebuilt from the log');
      return undefined;
    };
    let buffer: Buffer;
    try {
      buffer = readFileSync(file);
    } catch (error) {
      return ignore(`unreadable: ${(error as Error).message}`);
    }
    const newline = buffer.indexOf(10);
    let header: Header;
    try {
      header = JSON.parse(buffer.subarray(0, newline).toString('utf8')) as Header;
    } catch {
      return ignore('no header');
    }
    if (header.magic !== MAGIC || header.version !== FORMAT_VERSION) return ignore(`format ${String(header.magic)} v${String(header.version)}`);
    if (header.code !== this.code) return ignore('written by another version of certflow');
    if (header.compact !== compact) return ignore('taken of the other form of the memory store');
    let image: StartUpImage | string;
    try {
      image = await this.checked(header, buffer, newline + 1);
    } catch (error) {
      return ignore(`the log did not answer: ${(error as Error).message}`);
    }
    if (typeof image === 'string') return ignore(image);
    logger.info({ snapshot: file, position: header.anchor.position, writtenAt: header.writtenAt }, 'start-up snapshot loaded; catching up with the log from it');
    this.known = header.anchor;
    return image;
  }

  /** The image, if this log is the one it was taken of and its cursors can be followed here; else why not. */
  private async checked(header: Header, buffer: Buffer, from: number): Promise<StartUpImage | string> {
    const { position, eventId } = header.anchor;
    const logged = await this.lookUp(position);
    if (logged === undefined) return `ahead of the log: the log holds no event at position ${position}`;
    if (logged !== eventId) return `of another log: the event at position ${position} is not the one it recorded`;
    if (header.covered !== undefined && (await this.lookUp(header.covered)) === undefined) return `ahead of the log: the log holds no event at position ${header.covered}`;
    let image: StartUpImage | string;
    try {
      image = readBody(buffer, from, header.compact);
    } catch (error) {
      return `damaged: ${(error as Error).message}`;
    }
    if (typeof image === 'string') return `damaged: ${image}`;
    const cursors: Cursor[] = [...[...image.readModels.checkpoints.values()].map((checkpoint) => checkpoint.cursor), image.scheduler];
    const { log } = this.options;
    if (!('store' in log)) return cursors.some((cursor) => cursor.transactionId !== undefined) ? 'taken of a log ordered by transaction id (PostgreSQL)' : image;
    // A snapshot of the SQLite log (before `store copy --to postgres`) holds positions alone: on
    // PostgreSQL they would read the log again from the start over the restored schedule.
    if (!cursors.every((cursor) => cursor.position === 0 || cursor.transactionId !== undefined)) return 'taken of a log ordered by position alone (SQLite)';
    const next = BigInt(await log.store.nextTransactionId());
    if (cursors.some(({ transactionId }) => transactionId !== undefined && BigInt(transactionId) >= next)) {
      return `its cursors are past this database's transaction ids (next ${next}): taken of another cluster`;
    }
    return image;
  }

  /**
   * Where the read models and the schedule stand: the highest position they cover and the event
   * there. Undefined while nothing is covered yet, or while a projection is in the middle of a
   * sliced rebuild (its documents cannot be trusted yet).
   */
  anchorOf(readModels: MemoryReadModelStore, scheduler: Scheduler): Header['anchor'] | undefined {
    const position = coveredPosition(readModels, scheduler);
    if (position === undefined) return undefined;
    if ('store' in this.options.log) return this.known;
    const eventId = this.eventIdAt(this.options.log.file, position);
    return eventId === undefined ? undefined : { position, eventId };
  }

  /**
   * For a store's log: looks up the event at the position now covered, for the snapshots taken
   * after it. An older anchor stays true of a later image: what a snapshot covers only grows.
   */
  async followAnchor(readModels: MemoryReadModelStore, scheduler: Scheduler): Promise<void> {
    if (!('store' in this.options.log)) return;
    const position = coveredPosition(readModels, scheduler);
    if (position === undefined || position === this.known?.position) return;
    const eventId = await this.lookUp(position);
    if (eventId !== undefined && position > (this.known?.position ?? 0)) this.known = { position, eventId };
  }

  /**
   * Writes the read models and the schedule as they stand to a temporary file, serialised a
   * record at a time and in this one turn of the event loop (nothing can change them meanwhile,
   * and no second copy of them is held); then flushes it and renames it over the last snapshot,
   * so that a crash leaves the old snapshot or the new one, never half of one. `flush: 'now'`
   * does that in this turn too (at shutdown the process may end as soon as it is over); `later`
   * leaves the flush and rename to the returned promise. Undefined when there is nothing to cover.
   */
  take(readModels: MemoryReadModelStore, scheduler: Scheduler, flush: 'now'): number | undefined;
  take(readModels: MemoryReadModelStore, scheduler: Scheduler, flush: 'later'): Promise<number | undefined>;
  take(readModels: MemoryReadModelStore, scheduler: Scheduler, flush: 'now' | 'later'): number | undefined | Promise<number | undefined> {
    const anchor = this.anchorOf(readModels, scheduler);
    if (!anchor) return flush === 'now' ? undefined : Promise.resolve(undefined);
    const { file } = this.options;
    // Its own name: a periodic snapshot may still be flushing when the one at shutdown is taken.
    const temporary = `${file}.${process.pid}-${(this.taken += 1)}.tmp`;
    const fd = openSync(temporary, 'w');
    try {
      this.writeImage(fd, anchor, coveredPosition(readModels, scheduler) ?? anchor.position, readModels.image(), scheduler.image());
    } catch (error) {
      closeSync(fd);
      rmSync(temporary, { force: true });
      throw error;
    }
    const install = () => {
      renameSync(temporary, file);
      const folder = openSync(dirname(file), 'r');
      try {
        fsyncSync(folder);
      } finally {
        closeSync(folder);
      }
      return anchor.position;
    };
    if (flush === 'now') {
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      return install();
    }
    return new Promise<void>((resolve, reject) => fsync(fd, (error) => (error ? reject(error) : resolve())))
      .finally(() => closeSync(fd))
      .then(install, (error: unknown) => {
        rmSync(temporary, { force: true });
        throw error;
      });
  }

  private writeImage(fd: number, anchor: Header['anchor'], covered: number, models: MemoryStoreImage, schedule: SchedulerImage): void {
    const header: Header = {
      magic: MAGIC,
      version: FORMAT_VERSION,
      code: this.code,
      compact: models.compact,
      anchor,
      ...(covered > anchor.position ? { covered } : {}),
      writtenAt: new Date().toISOString(),
    };
    writeSync(fd, `${JSON.stringify(header)}\n`);
    const digest = createHash('sha256');
    const add = (record: BodyRecord, hashed = true) => {
      const body = serialize(record);
      const length = Buffer.alloc(4);
      length.writeUInt32BE(body.length);
      if (hashed) digest.update(length).update(body);
      writeSync(fd, length);
      writeSync(fd, body);
    };
    add({ kind: 'checkpoints', entries: [...models.checkpoints] });
    for (const [name, documents] of models.collections) {
      add({ kind: 'collection', name });
      for (const entries of inChunks(documents)) add({ kind: 'documents', name, entries });
    }
    const state = schedule.state;
    add({ kind: 'schedule', position: schedule.position, transactionId: schedule.transactionId, cycles: [...state.cycles], overdue: [...state.overdueSummaries], reminded: [...state.reminded] });
    for (const entries of inChunks(state.platforms)) add({ kind: 'platforms', entries });
    add({ kind: 'end', sha256: digest.digest('hex') }, false);
  }

  private async lookUp(position: number): Promise<string | undefined> {
    const { log } = this.options;
    if (!('store' in log)) return this.eventIdAt(log.file, position);
    const [event] = await log.store.readAll({ after: position - 1, limit: 1 });
    return event?.globalPosition === position ? event.eventId : undefined;
  }

  /** The id of the event at `position` in a SQLite log, read on a connection of its own (synchronous, and open even while the store closes). */
  private eventIdAt(logFile: string, position: number): string | undefined {
    if (!existsSync(logFile)) return undefined;
    const db = new Database(logFile, { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare<[number], { event_id: string }>('SELECT event_id FROM events WHERE global_position = ?').get(position);
      return row?.event_id;
    } finally {
      db.close();
    }
  }
}

/**
 * The highest position the read models and the schedule cover. Undefined while nothing is covered
 * yet, or while a projection is in the middle of a sliced rebuild (its documents cannot be trusted yet).
 */
function coveredPosition(readModels: MemoryReadModelStore, scheduler: Scheduler): number | undefined {
  const checkpoints = [...readModels.image().checkpoints.values()];
  if (checkpoints.some((checkpoint) => checkpoint.rebuild)) return undefined;
  const position = Math.max(scheduler.image().position, ...checkpoints.map((checkpoint) => checkpoint.cursor.position));
  return position > 0 ? position : undefined;
}

/**
 * Takes a snapshot every `everyMs` when the log moved by at least `minEvents` since the last one
 * (so that a crash costs a catch-up from then, not a rebuild), and one when stopped. A snapshot
 * costs a serialisation of the whole image on the event loop, so they are rare.
 */
export function keepStartUpSnapshots(options: {
  readonly snapshots: StartUpSnapshots;
  readonly readModels: MemoryReadModelStore;
  readonly scheduler: Scheduler;
  readonly logger: Logger;
  readonly everyMs?: number;
  readonly minEvents?: number;
  /** How often the anchor of a store's log is looked up ahead (see followAnchor). */
  readonly followMs?: number;
}): { stop(): Promise<void> } {
  const { snapshots, readModels, scheduler, logger } = options;
  let last = 0;
  let writing: Promise<unknown> = Promise.resolve();
  const report = (position: number | undefined, started: number) => {
    if (position === undefined) return;
    last = position;
    logger.info({ position, ms: Math.round(performance.now() - started) }, 'start-up snapshot written');
  };
  const fail = (error: unknown) => logger.warn({ err: error }, 'start-up snapshot not written');
  const periodically = () => {
    const anchor = snapshots.anchorOf(readModels, scheduler);
    if (!anchor || anchor.position - last < (options.minEvents ?? 10_000)) return;
    const started = performance.now();
    writing = writing.then(() => snapshots.take(readModels, scheduler, 'later')).then((position) => report(position, started), fail);
  };
  const timer = setInterval(periodically, options.everyMs ?? 10 * 60_000);
  timer.unref();
  // A store's log answers later: the event the snapshot at shutdown records is looked up ahead.
  let following: Promise<unknown> | undefined;
  const follow = snapshots.followsAnchor
    ? setInterval(() => {
        if (following) return;
        following = snapshots
          .followAnchor(readModels, scheduler)
          .catch((error: unknown) => logger.debug({ err: error }, 'start-up snapshot anchor not looked up'))
          .finally(() => (following = undefined));
      }, options.followMs ?? 250).unref()
    : undefined;
  return {
    /** Takes the last snapshot once what is under way has ended: the store is closed after. */
    async stop() {
      clearInterval(timer);
      clearInterval(follow);
      await writing;
      await following;
      const started = performance.now();
      try {
        report(snapshots.take(readModels, scheduler, 'now'), started);
      } catch (error) {
        fail(error);
      }
    },
  };
}

/** The image, or what is wrong with the body (a snapshot is then ignored, never trusted in part). */
function readBody(buffer: Buffer, from: number, compact: boolean): StartUpImage | string {
  const digest = createHash('sha256');
  const collections = new Map<string, Map<string, ReadModelDocument>>();
  let checkpoints = new Map<string, ProjectionCheckpoint>();
  let schedule: SchedulerImage | undefined;
  let at = from;
  for (;;) {
    const record = next();
    if (typeof record === 'string') return record;
    switch (record.kind) {
      case 'checkpoints':
        checkpoints = new Map(record.entries);
        break;
      case 'collection':
        collections.set(record.name, new Map());
        break;
      case 'documents':
        for (const [key, document] of record.entries) collections.get(record.name)!.set(key, document);
        break;
      case 'schedule':
        schedule = {
          position: record.position,
          transactionId: record.transactionId,
          state: {
            cycles: new Map(record.cycles as [number, never][]),
            platforms: new Map(),
            overdueSummaries: new Map(record.overdue as [string, number[]][]),
            reminded: new Set(record.reminded),
          },
        };
        break;
      case 'platforms':
        for (const [key, platform] of record.entries as [string, never][]) schedule!.state.platforms.set(key, platform);
        break;
      case 'end':
        if (record.sha256 !== digest.digest('hex')) return 'its content does not match its checksum';
        if (!schedule) return 'no schedule';
        return { readModels: { compact, collections, checkpoints }, scheduler: schedule };
    }
  }

  function next(): BodyRecord | string {
    if (at + 4 > buffer.length) return 'cut short';
    const length = buffer.readUInt32BE(at);
    if (at + 4 + length > buffer.length) return 'cut short';
    const body = buffer.subarray(at + 4, at + 4 + length);
    const record = deserialize(body) as BodyRecord;
    if (record.kind !== 'end') digest.update(buffer.subarray(at, at + 4 + length));
    at += 4 + length;
    return record;
  }
}

function* inChunks<V>(map: ReadonlyMap<string, V>): Generator<[string, V][]> {
  let entries: [string, V][] = [];
  for (const entry of map) {
    entries.push(entry);
    if (entries.length === RECORD_ENTRIES) {
      yield entries;
      entries = [];
    }
  }
  if (entries.length > 0) yield entries;
}
