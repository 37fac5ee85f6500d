import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { PostgresEventStore, SqliteEventStore } from '@certflow/event-store';
import { benchSetting, benchSqliteWriter } from './settings.js';

export interface AppendBenchOptions {
  /** One JSON object per line instead of a table. */
  readonly json: boolean;
  /** Concurrent writer loops to measure at; 1, 16 and 64 by default. */
  readonly writers?: number[];
  /** Measured time per contender and writer count; BENCH_SECONDS (seconds) or 4 s by default. */
  readonly durationMs?: number;
  readonly log: (line: string) => void;
}

interface ResultLine {
  readonly bench: 'append';
  readonly store: 'postgres' | 'sqlite';
  readonly writers: number;
  /** SQLite only: where the store commits (CERTFLOW_SQLITE_WRITER, the server's default otherwise). */
  readonly writer?: 'inline' | 'thread';
  readonly eps: number;
  readonly peer: string;
  readonly peer_eps: number;
  readonly raw_eps: number;
  readonly vs_peer: number | null;
  readonly vs_raw: number | null;
}

type Payload = Record<string, string | number>;

/** A way of appending one event, opened afresh for each timed slice. */
interface Contender {
  readonly name: string;
  open(writers: number): Promise<Appender>;
}

interface Appender {
  append(streamId: string, data: Payload): Promise<unknown>;
  close(): Promise<void>;
}

const STREAM_COUNT = 500;
const DEFAULT_WRITERS = [1, 16, 64];
const DEFAULT_SECONDS = 4;
const EVENT_BYTES = 400;
const EVENT_TYPE = 'BenchmarkEventRecorded';
/**
 * Each contender's measured time is cut in two slices run in mirrored order (A B C, C B A):
 * whatever drifts steadily during a run (caches, WAL size, CPU clock) then weighs on all alike.
 */
const ROUNDS = 2;
/** Extra connections beyond one per writer, as a service would keep for reads and migrations. */
const SPARE_CONNECTIONS = 4;

const STREAM_IDS = Array.from({ length: STREAM_COUNT }, (_, i) => `certification-${String(i).padStart(3, '0')}`);

export async function appendBench(options: AppendBenchOptions): Promise<void> {
  const writerCounts = options.writers ?? DEFAULT_WRITERS;
  for (const writers of writerCounts) {
    if (!Number.isInteger(writers) || writers < 1 || writers > STREAM_COUNT) {
      throw new Error(`writer counts must be integers from 1 to ${STREAM_COUNT}, got ${writers}`);
    }
  }
  const durationMs = options.durationMs ?? durationFromEnvironment();
  const sliceMs = durationMs / ROUNDS;
  // Every slice opens new connections or handles; the warm-up absorbs that and is not counted.
  const warmupMs = Math.min(1000, Math.max(250, sliceMs / 4));
  const print = printer(options);

  const stores = storesFromEnvironment();

  if (stores.includes('postgres')) {
    await withScratchDatabase(benchSetting('DATABASE_URL'), async (url) => {
      const contenders = [certflowPostgres(url), emmettPostgres(url), rawPostgres(url)];
      for (const [turn, writers] of writerCounts.entries()) {
        const [eps, peerEps, rawEps] = await race(contenders, writers, { warmupMs, sliceMs, turn });
        print(resultLine('postgres', writers, eps!, contenders[1]!.name, peerEps!, rawEps!));
      }
    });
  }

  if (stores.includes('sqlite')) {
    const directory = mkdtempSync(join(tmpdir(), 'certflow-bench-'));
    try {
      const contenders = [
        certflowSqlite(join(directory, 'certflow.db')),
        sameRowsSqlite(join(directory, 'same-rows.db')),
        rawSqlite(join(directory, 'raw.db')),
      ];
      for (const [turn, writers] of writerCounts.entries()) {
        const [eps, peerEps, rawEps] = await race(contenders, writers, { warmupMs, sliceMs, turn });
        print(resultLine('sqlite', writers, eps!, contenders[1]!.name, peerEps!, rawEps!));
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }
}

const STORES = ['postgres', 'sqlite'] as const;

/** BENCH_STORES (comma-separated) limits the run to some stores; both by default. */
function storesFromEnvironment(): (typeof STORES)[number][] {
  const text = process.env.BENCH_STORES;
  if (text === undefined || text === '') return [...STORES];
  const names = text.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(STORES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`BENCH_STORES names ${STORES.join(' and ')}, got ${unknown.join(', ')}`);
  return names as (typeof STORES)[number][];
}

function durationFromEnvironment(): number {
  const text = process.env.BENCH_SECONDS;
  if (text === undefined || text === '') return DEFAULT_SECONDS * 1000;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`BENCH_SECONDS must be a positive number, got ${text}`);
  return seconds * 1000;
}

// ---------------------------------------------------------------------------------------------
// Contenders

function certflowPostgres(url: string): Contender {
  return {
    name: 'certflow',
    async open(writers) {
      const store = await PostgresEventStore.open({ connectionString: url, poolSize: writers + SPARE_CONNECTIONS });
      return {
        append: (streamId, data) => store.append(streamId, [{ type: EVENT_TYPE, data }], { expectedVersion: 'any' }),
        close: () => store.close(),
      };
    },
  };
}

/**
 * Emmett's default pool is pg's default of 10 connections, which would cap it below our
 * pool at 16 and 64 writers; it accepts a pool of ours instead, so both get the same size.
 * Loaded lazily because creating its store replaces pg's global int8 and json parsers
 * (int8 becomes BigInt): harmless to the other contenders, which convert with Number(),
 * but nothing this bench should do to the process before it has to.
 */
function emmettPostgres(url: string): Contender {
  return {
    name: 'emmett-postgresql',
    async open(writers) {
      const { getPostgreSQLEventStore } = await import('@event-driven-io/emmett-postgresql');
      const pool = benchPool(url, writers + SPARE_CONNECTIONS);
      const store = getPostgreSQLEventStore(url, {
        connectionOptions: { pool },
        schema: { autoMigration: 'CreateOrUpdate' },
      });
      // Otherwise the first append of the first slice would create the schema inside the warm-up
      // while other writers wait on it; doing it here keeps every slice alike.
      await store.schema.migrate();
      return {
        // No expected version: Emmett's equivalent of 'any'.
        append: (streamId, data) => store.appendToStream(streamId, [{ type: EVENT_TYPE, data }]),
        async close() {
          // Emmett's close() leaves a pool it was handed alone.
          await store.close();
          await pool.end();
        },
      };
    },
  };
}

/** The floor: one autocommitted single-row insert, no version check, no hash, no stream row. */
function rawPostgres(url: string): Contender {
  return {
    name: 'raw-insert',
    async open(writers) {
      const pool = benchPool(url, writers + SPARE_CONNECTIONS);
      await pool.query(
        'CREATE TABLE IF NOT EXISTS public.bench_raw_events (id bigserial PRIMARY KEY, stream_id text NOT NULL, data jsonb NOT NULL)',
      );
      return {
        // Named like our store's statement, so neither pays for parsing on every call.
        append: (streamId, data) =>
          pool.query({
            name: 'bench-raw-insert',
            text: 'INSERT INTO public.bench_raw_events (stream_id, data) VALUES ($1, $2)',
            values: [streamId, JSON.stringify(data)],
          }),
        close: () => pool.end(),
      };
    },
  };
}

function certflowSqlite(filename: string): Contender {
  return {
    name: 'certflow',
    async open() {
      const store = new SqliteEventStore({ filename, writer: benchSqliteWriter() });
      return {
        append: (streamId, data) => store.append(streamId, [{ type: EVENT_TYPE, data }], { expectedVersion: 'any' }),
        close: () => store.close(),
      };
    },
  };
}

/** Same durability as our store (WAL, synchronous=FULL) but one transaction, so one fsync, per event. */
function rawSqlite(filename: string): Contender {
  return {
    name: 'better-sqlite3-raw',
    async open() {
      const db = new Database(filename);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.exec(
        'CREATE TABLE IF NOT EXISTS bench_raw_events (id INTEGER PRIMARY KEY, stream_id TEXT NOT NULL, data TEXT NOT NULL)',
      );
      const insert = db.prepare('INSERT INTO bench_raw_events (stream_id, data) VALUES (?, ?)');
      return {
        async append(streamId, data) {
          insert.run(streamId, JSON.stringify(data));
          // A synchronous insert never gives the event loop back; without this turn the
          // timers that end the warm-up and the measurement would never fire.
          await nextTurn();
        },
        async close() {
          db.close();
        },
      };
    },
  };
}

/**
 * The rows our store writes for one event, written by hand with nothing else: the event row under
 * the same three unique or ordered indexes (event id, stream and version, type and position) and
 * the stream's head row, in one immediate transaction (one fsync) per event. No canonical JSON,
 * no expected-version check, no group commit; the hash is one SHA-256 of the data, so the rows
 * are the same size. Against the raw peer, it shows what the rows themselves cost: the raw insert
 * writes one B-tree page per commit, these five (the WAL grows by as many frames, and on this
 * machine an fsync takes longer the more it has to flush).
 */
function sameRowsSqlite(filename: string): Contender {
  return {
    name: 'better-sqlite3-same-rows',
    async open() {
      const db = new Database(filename);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.exec(`
        CREATE TABLE IF NOT EXISTS bench_events (
          global_position INTEGER PRIMARY KEY, stream_id TEXT NOT NULL, stream_version INTEGER NOT NULL,
          event_id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, schema_version INTEGER NOT NULL, data TEXT NOT NULL,
          metadata TEXT NOT NULL, recorded_at TEXT NOT NULL, hash TEXT NOT NULL, UNIQUE (stream_id, stream_version));
        CREATE INDEX IF NOT EXISTS bench_events_by_type ON bench_events (type, global_position);
        CREATE TABLE IF NOT EXISTS bench_streams (
          stream_id TEXT PRIMARY KEY, version INTEGER NOT NULL, last_hash TEXT NOT NULL, last_recorded_at TEXT NOT NULL
        ) WITHOUT ROWID;`);
      const head = db.prepare<[string], { version: number }>('SELECT version FROM bench_streams WHERE stream_id = ?');
      const insert = db.prepare(
        `INSERT INTO bench_events (stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at, hash)
         VALUES (?, ?, ?, ?, 1, ?, '{}', ?, ?)`,
      );
      const upsertHead = db.prepare(
        `INSERT INTO bench_streams (stream_id, version, last_hash, last_recorded_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, last_hash = excluded.last_hash,
           last_recorded_at = excluded.last_recorded_at`,
      );
      const write = db.transaction((streamId: string, data: string) => {
        const version = (head.get(streamId)?.version ?? 0) + 1;
        const recordedAt = new Date().toISOString();
        const hash = createHash('sha256').update(data).digest('hex');
        insert.run(streamId, version, uuidv7(), EVENT_TYPE, data, recordedAt, hash);
        upsertHead.run(streamId, version, hash, recordedAt);
      });
      return {
        async append(streamId, data) {
          write.immediate(streamId, JSON.stringify(data));
          await nextTurn();
        },
        async close() {
          db.close();
        },
      };
    },
  };
}

function benchPool(connectionString: string, max: number): pg.Pool {
  // The default search_path starts with "$user", and our store creates a schema named like the
  // role, so unqualified tables (Emmett's) would land in it or in public depending on who ran first.
  const pool = new pg.Pool({ connectionString, max, options: '-c search_path=public' });
  // An idle client dropped by the server (the scratch database is force-dropped) must not crash the run.
  pool.on('error', () => undefined);
  return pool;
}

// ---------------------------------------------------------------------------------------------
// Driving

/** Events per second of each contender, in the order given. */
async function race(
  contenders: readonly Contender[],
  writers: number,
  timing: { warmupMs: number; sliceMs: number; turn: number },
): Promise<number[]> {
  const totals = contenders.map(() => ({ events: 0, seconds: 0 }));
  // Who goes first also changes from one writer count to the next.
  const first = contenders.map((_, i) => (i + timing.turn) % contenders.length);
  const rounds = Array.from({ length: ROUNDS }, (_, round) => (round % 2 === 0 ? first : [...first].reverse()));
  for (const order of rounds) {
    for (const index of order) {
      const appender = await contenders[index]!.open(writers);
      try {
        const { events, seconds } = await drive(appender, writers, timing.warmupMs, timing.sliceMs);
        totals[index]!.events += events;
        totals[index]!.seconds += seconds;
      } finally {
        await appender.close();
      }
    }
  }
  return totals.map(({ events, seconds }) => events / seconds);
}

/**
 * Runs `writers` loops that each await one append before sending the next, and counts the
 * acknowledgements that arrive inside the measured window.
 */
async function drive(
  appender: Appender,
  writers: number,
  warmupMs: number,
  measureMs: number,
): Promise<{ events: number; seconds: number }> {
  const state = { measuring: false, stopping: false, acknowledged: 0, failure: undefined as unknown };
  const loops = Array.from({ length: writers }, async (_, writer) => {
    const streams = ownedStreams(writer, writers);
    try {
      for (let sequence = 0; !state.stopping; sequence += 1) {
        const streamId = streams[sequence % streams.length]!;
        await appender.append(streamId, payload(streamId, sequence));
        if (state.measuring) state.acknowledged += 1;
      }
    } catch (error) {
      // A failed append would flatter whoever fails fast; stop everything and report it.
      state.failure ??= error;
      state.stopping = true;
    }
  });
  await sleep(warmupMs);
  state.measuring = true;
  const start = performance.now();
  await sleep(measureMs);
  const seconds = (performance.now() - start) / 1000;
  const events = state.acknowledged;
  state.measuring = false;
  state.stopping = true;
  await Promise.all(loops);
  if (state.failure !== undefined) throw state.failure;
  return { events, seconds };
}

/**
 * Writer w owns the streams w, w + writers, w + 2·writers, … and cycles through them. No two
 * writers ever touch one stream at once, so no contender meets a conflict: Emmett's append
 * without an expected version still fails when a concurrent append moves the stream first,
 * while ours would wait on the stream's lock; disjoint streams keep both retry-free and fair.
 */
function ownedStreams(writer: number, writers: number): string[] {
  return STREAM_IDS.filter((_, i) => i % writers === writer);
}

const PAYLOAD_BASE = {
  certificationId: 'certification-000',
  sequence: 100000,
  county: 'Zhanggong District',
  applicant: 'Ganzhou SME Public Service Demonstration Platform Co., Ltd.',
  status: 'under-review',
  note: '',
};
// Sized once from a typical event, so every contender stores about EVENT_BYTES of JSON data.
const FILLER = 'x'.repeat(Math.max(0, EVENT_BYTES - Buffer.byteLength(JSON.stringify(PAYLOAD_BASE))));

function payload(streamId: string, sequence: number): Payload {
  return { ...PAYLOAD_BASE, certificationId: streamId, sequence, note: FILLER };
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL scratch database and reporting

/** A database of its own, so the bench neither reads nor leaves anything in the real one. */
async function withScratchDatabase(serverUrl: string, use: (url: string) => Promise<void>): Promise<void> {
  const name = `certflow_bench_${randomBytes(5).toString('hex')}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let failed = false;
  try {
    await use(url.toString());
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    // When the run already failed (often because the server went away), its error is the
    // one worth seeing, not the drop's.
    await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).catch(
      (dropError: unknown) => {
        if (!failed) throw dropError;
      },
    );
  }
}

async function onServer(serverUrl: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL at DATABASE_URL does not answer; start it with \`bash deploy/local/up.sh\``, {
      cause: error,
    });
  }
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

function resultLine(
  store: ResultLine['store'],
  writers: number,
  eps: number,
  peer: string,
  peerEps: number,
  rawEps: number,
): ResultLine {
  return {
    bench: 'append',
    store,
    writers,
    ...(store === 'sqlite' ? { writer: benchSqliteWriter() } : {}),
    eps: Math.round(eps),
    peer,
    peer_eps: Math.round(peerEps),
    raw_eps: Math.round(rawEps),
    vs_peer: ratio(eps, peerEps),
    vs_raw: ratio(eps, rawEps),
  };
}

function ratio(ours: number, theirs: number): number | null {
  return theirs > 0 ? Math.round((ours / theirs) * 100) / 100 : null;
}

function printer(options: AppendBenchOptions): (line: ResultLine) => void {
  if (options.json) return (line) => options.log(JSON.stringify(line));
  const columns: [string, number, (line: ResultLine) => string][] = [
    ['store', -9, (l) => l.store],
    ['writers', 8, (l) => String(l.writers)],
    ['certflow ev/s', 14, (l) => String(l.eps)],
    ['peer', -20, (l) => `  ${l.peer}`],
    ['peer ev/s', 10, (l) => String(l.peer_eps)],
    ['raw ev/s', 10, (l) => String(l.raw_eps)],
    ['vs peer', 8, (l) => (l.vs_peer === null ? '-' : `${l.vs_peer.toFixed(2)}x`)],
    ['vs raw', 8, (l) => (l.vs_raw === null ? '-' : `${l.vs_raw.toFixed(2)}x`)],
  ];
  const row = (cells: string[]) =>
    cells
      .map((cell, i) => {
        const width = columns[i]![1];
        return width < 0 ? cell.padEnd(-width) : cell.padStart(width);
      })
      .join(' ')
      .trimEnd();
  let headed = false;
  return (line) => {
    if (!headed) {
      options.log(
        `append: ${STREAM_COUNT} streams, one ~${EVENT_BYTES}-byte event per append, disjoint streams per writer`,
      );
      options.log(row(columns.map(([title, width]) => (width < 0 && title === 'peer' ? `  ${title}` : title))));
      headed = true;
    }
    options.log(row(columns.map(([, , cell]) => cell(line))));
  };
}
