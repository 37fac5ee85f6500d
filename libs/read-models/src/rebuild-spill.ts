import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordedEvent } from '@certflow/event-store';
import { keyFraction } from './key-hash.js';

/** Key space of a projection, cut into this many buckets by key hash. */
export const BUCKETS = 4096;

/** The bucket of a key: its place in the key space, as slices cut it. */
export function bucketOf(key: string): number {
  return Math.floor(keyFraction(key) * BUCKETS);
}

/**
 * A scratch file for a rebuild that builds a read model in several slices of its keys: the first
 * pass over the log copies each event here once, with the buckets of the keys it touches, so
 * that each later slice reads only its own events instead of the whole log again. Not durable:
 * a rebuild resumed after a crash reads the log.
 */
export class RebuildSpill {
  private readonly db: Database.Database;
  private readonly insertEvent: Database.Statement<[number, string]>;
  private readonly insertKey: Database.Statement<[number, number, number]>;
  /** Bytes of event JSON per part and bucket: how big each bucket's documents will be. */
  private readonly bytes = new Map<number, Float64Array>();
  private indexed = false;

  private constructor(readonly path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.exec(`
      CREATE TABLE events (position INTEGER PRIMARY KEY, body TEXT NOT NULL);
      CREATE TABLE keys (part INTEGER NOT NULL, bucket INTEGER NOT NULL, position INTEGER NOT NULL);
    `);
    this.insertEvent = this.db.prepare('INSERT OR IGNORE INTO events (position, body) VALUES (?, ?)');
    this.insertKey = this.db.prepare('INSERT INTO keys (part, bucket, position) VALUES (?, ?, ?)');
  }

  static create(directory = tmpdir()): RebuildSpill {
    removeOrphans(directory);
    return new RebuildSpill(join(directory, `certflow-rebuild-${process.pid}-${randomBytes(4).toString('hex')}.sqlite`));
  }

  /** Records events under the buckets of their keys, for each part. */
  record(events: readonly RecordedEvent[], bucketsOf: (event: RecordedEvent) => readonly (readonly [part: number, bucket: number])[]): void {
    this.db.transaction(() => {
      for (const event of events) {
        const targets = bucketsOf(event);
        if (targets.length === 0) continue;
        const body = JSON.stringify(event);
        this.insertEvent.run(event.globalPosition, body);
        for (const [part, bucket] of targets) {
          this.insertKey.run(part, bucket, event.globalPosition);
          this.bucketBytes(part)[bucket]! += body.length;
        }
      }
    })();
  }

  bucketBytes(part: number): Float64Array {
    let bytes = this.bytes.get(part);
    if (!bytes) {
      bytes = new Float64Array(BUCKETS);
      this.bytes.set(part, bytes);
    }
    return bytes;
  }

  /** The events that touch a key of `part` in buckets [from, to), in log order, a page at a time. */
  *events(part: number, from: number, to: number, pageSize: number): Generator<RecordedEvent[]> {
    if (!this.indexed) {
      this.db.exec('CREATE INDEX keys_by_bucket ON keys (part, bucket, position)');
      this.indexed = true;
    }
    const rows = this.db
      .prepare<[number, number, number], { body: string }>(
        `SELECT body FROM events WHERE position IN (SELECT position FROM keys WHERE part = ? AND bucket >= ? AND bucket < ?) ORDER BY position`,
      )
      .iterate(part, from, to);
    let page: RecordedEvent[] = [];
    for (const row of rows) {
      page.push(JSON.parse(row.body) as RecordedEvent);
      if (page.length >= pageSize) {
        yield page;
        page = [];
      }
    }
    if (page.length > 0) yield page;
  }

  close(): void {
    if (this.db.open) this.db.close();
    rmSync(this.path, { force: true });
  }
}

const SCRATCH_FILE = /^certflow-rebuild-(\d+)-[0-9a-f]+\.sqlite$/;

/** Scratch files of rebuilds whose process is gone (killed before it could remove its own). */
export function removeOrphans(directory: string): void {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = SCRATCH_FILE.exec(name)?.[1];
    if (pid !== undefined && !isAlive(Number(pid))) rmSync(join(directory, name), { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
