import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { ChainReport } from '../chain.js';
import { BackupRefusedError } from '../errors.js';
import { sqliteFile } from '../open.js';
import { SQLITE_MIGRATIONS } from './schema.js';
import { SqliteEventStore } from './sqlite-event-store.js';

export interface BackupOptions {
  /** Replace an existing file (backup) or a store that holds events (restore). */
  readonly force?: boolean;
}

export interface RestoreResult {
  readonly report: ChainReport;
  /** Where the replaced store was kept (a hard link to it), when one was replaced. */
  readonly replacedStoreKeptAt?: string;
}

/**
 * Copies a live store to `file` and verifies the copy's hash chains. The file appears only
 * whole, as one self-contained database (no -wal beside it). A copy whose chains break is still
 * written, since it is a faithful copy of what the store holds; the report says so.
 */
export async function backupSqliteStore(store: SqliteEventStore, file: string, options: BackupOptions = {}): Promise<ChainReport> {
  const target = resolve(file);
  if (!existsSync(dirname(target))) throw new BackupRefusedError(`folder ${dirname(file)} does not exist`);
  if ([store.filename, `${store.filename}-wal`, `${store.filename}-shm`].map((path) => resolve(path)).includes(target)) {
    throw new BackupRefusedError(`${file} is the store itself: write the backup elsewhere`);
  }
  if (existsSync(target) && !options.force) throw new BackupRefusedError(`${file} exists: choose another name, or give --force to replace it`);
  const partial = besideName(target, 'partial');
  try {
    await store.backup(partial);
    const report = await verifySqliteCopy(partial);
    // WAL is a property of the file: left on, every reader of the backup would create -wal and -shm beside it.
    withDatabase(partial, (db) => db.pragma('journal_mode = DELETE'));
    durableRename(partial, target);
    return report;
  } finally {
    removeWithSidecars(partial);
  }
}

/**
 * Installs the backup `file` as the store of `dataDir`: copied beside the store, verified,
 * flushed to disk, then renamed over it, so the folder holds either the old store or the whole
 * new one. Refuses a copy whose chains break, a store in use, and a store with events unless
 * `force`; a replaced store is kept beside it under a dated name.
 */
export async function restoreSqliteStore(file: string, dataDir: string, options: BackupOptions = {}): Promise<RestoreResult> {
  const source = resolve(file);
  if (!existsSync(source) || !statSync(source).isFile()) throw new BackupRefusedError(`${file} does not exist`);
  // A closed backup never has one: this is someone's live store, which a plain copy could catch half-written.
  if (existsSync(`${source}-wal`)) {
    throw new BackupRefusedError(`${file} has a write-ahead log beside it, so it is a live store: copy it with certflow backup first`);
  }
  const target = sqliteFile(dataDir);
  mkdirSync(dataDir, { recursive: true });
  checkReplaceable(target, options);
  const staged = besideName(target, 'restoring');
  try {
    // The backup is a closed file, so copying it is safe; verifying the staged copy checks exactly what gets installed.
    copyFileSync(source, staged);
    const report = await verifySqliteCopy(staged, file);
    if (report.breaks.length > 0) {
      throw new BackupRefusedError(`${file} does not verify (${report.breaks.length} breaks in its hash chains): nothing restored`, report);
    }
    const events = checkReplaceable(target, options);
    let replacedStoreKeptAt: string | undefined;
    if (events > 0) {
      replacedStoreKeptAt = `${target}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      linkSync(target, replacedStoreKeptAt);
    }
    // checkReplaceable closed the old store, which checkpoints and removes its WAL; a stray one would be replayed onto the new file.
    rmSync(`${target}-wal`, { force: true });
    rmSync(`${target}-shm`, { force: true });
    durableRename(staged, target);
    return { report, ...(replacedStoreKeptAt ? { replacedStoreKeptAt } : {}) };
  } finally {
    removeWithSidecars(staged);
  }
}

/** Recomputes the hash chains of a store file. It opens the file for writing: pass a copy you own. */
export async function verifySqliteCopy(filename: string, shownAs = filename): Promise<ChainReport> {
  checkIsStore(filename, shownAs);
  const store = new SqliteEventStore({ filename });
  try {
    return await store.verifyChains();
  } finally {
    await store.close();
  }
}

function checkIsStore(filename: string, shownAs: string): void {
  const found = withDatabase(filename, (db) => ({
    version: db.pragma('user_version', { simple: true }) as number,
    tables: db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all(),
  }));
  if (!found) throw new BackupRefusedError(`${shownAs} is not a SQLite database`);
  if (found.version < 1 || !found.tables.includes('events') || !found.tables.includes('streams')) {
    throw new BackupRefusedError(`${shownAs} is not a certflow event store`);
  }
  if (found.version > SQLITE_MIGRATIONS.length) {
    throw new BackupRefusedError(`${shownAs} comes from a newer certflow (schema ${found.version}; this one knows ${SQLITE_MIGRATIONS.length})`);
  }
}

/** Answers how many events the store at `target` holds (0 when there is none), refusing one in use or, without force, one with events. */
function checkReplaceable(target: string, options: BackupOptions): number {
  if (!existsSync(target)) return 0;
  const db = new Database(target, { fileMustExist: true, timeout: 0 });
  try {
    // Exclusive locking fails at once while any other connection, in any process, has the store open.
    db.pragma('locking_mode = EXCLUSIVE');
    try {
      db.exec('BEGIN EXCLUSIVE');
    } catch (error) {
      if ((error as { code?: unknown }).code === 'SQLITE_BUSY') {
        throw new BackupRefusedError(`the store in ${dirname(target)} is in use: stop certflow serve (and any worker) first`, undefined, { cause: error });
      }
      if (options.force) return 0;
      throw new BackupRefusedError(`${target} is not a SQLite database: give --force to replace it`, undefined, { cause: error });
    }
    const hasEvents = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").get() !== undefined;
    const events = hasEvents ? (db.prepare<[], number>('SELECT count(*) FROM events').pluck().get() ?? 0) : 0;
    db.exec('COMMIT');
    if (events > 0 && !options.force) {
      throw new BackupRefusedError(`${dirname(target)} already holds a store of ${events} events: restore into an empty folder, or give --force to replace it`);
    }
    return events;
  } finally {
    db.close();
  }
}

/** Runs `use` on the database file, answering undefined when the file is not a SQLite database. */
function withDatabase<T>(filename: string, use: (db: Database.Database) => T): T | undefined {
  const db = new Database(filename, { fileMustExist: true });
  try {
    return use(db);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_NOTADB') return undefined;
    throw error;
  } finally {
    db.close();
  }
}

function durableRename(from: string, to: string): void {
  fsyncPath(from, 'r+');
  renameSync(from, to);
  // The rename itself is only durable once the folder is flushed.
  fsyncPath(dirname(to), 'r');
}

function fsyncPath(path: string, flags: string): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function besideName(target: string, tag: string): string {
  return resolve(dirname(target), `.${basename(target)}.${tag}-${process.pid}`);
}

function removeWithSidecars(file: string): void {
  for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(path, { force: true });
}
