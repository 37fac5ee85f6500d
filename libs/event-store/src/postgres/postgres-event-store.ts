import { CertflowError } from '@certflow/errors';
import { EventEmitter, once } from 'node:events';
import pg from 'pg';
import type { ChainAlgorithm } from '../canonical-json.js';
import { verifyChains, type ChainReport, type StreamHead, type VerifyChainsOptions } from '../chain.js';
import { refusingOnceClosed } from '../closed.js';
import type {
  AppendOptions,
  AppendResult,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
} from '../envelope.js';
import { CommandIdReusedError, DuplicateEventIdError, EventStoreClosedError, TransactionIdsBehindError, WrongExpectedVersionError } from '../errors.js';
import type { EventStore } from '../port.js';
import { allRange, isEventId, streamRange } from '../read-options.js';
import {
  CatchUpSubscription,
  type Cursor,
  type EventBatchHandler,
  type Subscription,
  type SubscriptionOptions,
  type SubscriptionSource,
} from '../subscription.js';
import { Upcasters, type Upcaster } from '../upcasting.js';
import { prepareAppend, type PreparedAppend } from '../validation.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';
import { PostgresImport } from './postgres-import.js';
import { PostgresTransparencyLog } from './postgres-transparency-log.js';
import { READ_ORDER } from './read-order.js';

export interface PostgresEventStoreOptions {
  readonly connectionString: string;
  /** Schema holding the store's tables; created when missing. */
  readonly schema?: string;
  readonly poolSize?: number;
  /** Batches of appends in flight at once (group commit); the rest wait and go together. */
  readonly maxInFlight?: number;
  readonly upcasters?: readonly Upcaster[];
  /** Digest of new chain links (CERTFLOW_CHAIN_HASH); links already written keep theirs. SM3 needs pgcrypto. */
  readonly chainAlgorithm?: ChainAlgorithm;
}

/** GB/T 32905-2016 appendix A, example 1: SM3("abc"). */
const SM3_ABC = '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0';

interface PendingAppend {
  readonly append: PreparedAppend;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

interface BatchRow {
  idx: number;
  outcome: 'appended' | 'duplicate' | 'conflict' | 'reused';
  stream_version: number | null;
  first_position: string | null;
  last_position: string | null;
  detail: string | null;
}

/** Errors that abort a whole batch although only one append caused them. */
function isRetryableAlone(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return code === '23505' || code === '40P01';
}

interface PendingRead {
  readonly streamId: string;
  readonly fromVersion: number;
  readonly toVersion: number;
  readonly asOf: string | null;
  readonly resolve: (events: RecordedEvent[]) => void;
  readonly reject: (error: unknown) => void;
}

interface EventRow {
  global_position: string;
  transaction_id: string;
  stream_id: string;
  stream_version: number;
  event_id: string;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: RecordedEvent['metadata'];
  recorded_at: Date;
  hash: string;
}

const COLUMNS =
  'global_position, transaction_id::text AS transaction_id, stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at, hash';
const CHAIN_PAGE = 5000;
/** Reads one statement carries: a command asks for two, commands arriving together for more. */
const READS_PER_QUERY = 8;
/** The largest stream version the schema's int4 column holds. */
const MAX_VERSION = 2 ** 31 - 1;

export class PostgresEventStore implements EventStore, SubscriptionSource {
  readonly kind = 'postgres';
  private readonly pool: pg.Pool;
  /** Why appends are refused, when the log's transaction ids are ahead of the cluster's. */
  private writesRefused: TransactionIdsBehindError | undefined;
  private idsCheckedAt = 0;
  private readonly schema: string;
  private readonly upcasters: Upcasters;
  private readonly appended = new EventEmitter();
  /** Emits when the last append batch in flight has settled and none waits. */
  private readonly drained = new EventEmitter();
  private readonly sql: Record<string, string>;
  private readonly queue: PendingAppend[] = [];
  private inFlight = 0;
  private readonly maxInFlight: number;
  private readonly maxBatch = 200;
  private readonly chainAlgorithm: ChainAlgorithm;
  /** Stream reads asked for in this pass of the event loop, sent together (see readStream). */
  private reads: PendingRead[] = [];
  private closing = false;
  /** The text of the statement reading n streams at once, by n (see sendReadGroup). */
  private readonly readStreamsText: string[] = [];
  readonly log: PostgresTransparencyLog;

  private constructor(options: PostgresEventStoreOptions) {
    this.pool = new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 20 });
    // An idle client's error (server restart) must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
    this.schema = quoteIdentifier(options.schema ?? 'certflow');
    this.upcasters = new Upcasters(options.upcasters);
    this.chainAlgorithm = options.chainAlgorithm ?? 'sha256';
    this.maxInFlight = Math.max(1, Math.min(options.maxInFlight ?? 2, (options.poolSize ?? 20) - 2));
    this.appended.setMaxListeners(0);
    this.log = refusingOnceClosed(new PostgresTransparencyLog(this.pool, this.schema), () => this.closing);
    const s = this.schema;
    this.sql = {
      append: `SELECT idx, outcome, stream_version, first_position, last_position, detail FROM ${s}.append_batch($1, $2, $3, $4, $5, $6)`,
      readAll: `SELECT ${COLUMNS} FROM ${s}.events WHERE global_position > $1 ORDER BY global_position LIMIT $2`,
      readAllTyped: `SELECT ${COLUMNS} FROM ${s}.events WHERE global_position > $1 AND type = ANY($3::text[])
                     ORDER BY global_position LIMIT $2`,
      // Ordered by the table's columns, qualified: unqualified, ORDER BY would name the text the
      // select list casts the id to, and '10000' sorts before '9998' (see READ_ORDER).
      readAfter: `SELECT ${COLUMNS} FROM ${s}.events e
                  WHERE (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
                    AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
                  ORDER BY ${READ_ORDER} LIMIT $3`,
      readEvent: `SELECT ${COLUMNS} FROM ${s}.events WHERE event_id = $1::uuid`,
      headPosition: `SELECT coalesce(max(global_position), 0) AS position FROM ${s}.events`,
      pendingUpTo: `SELECT EXISTS (SELECT 1 FROM ${s}.events WHERE global_position <= $3
                      AND (transaction_id, global_position) > ($1::xid8, $2::bigint)) AS pending`,
      loadCheckpoint: `SELECT transaction_id::text AS transaction_id, global_position FROM ${s}.checkpoints WHERE name = $1`,
      saveCheckpoint: `INSERT INTO ${s}.checkpoints (name, transaction_id, global_position) VALUES ($1, $2::xid8, $3)
                       ON CONFLICT (name) DO UPDATE SET transaction_id = excluded.transaction_id,
                         global_position = excluded.global_position, updated_at = now()`,
      commandStream: `SELECT stream_id FROM ${s}.commands WHERE command_id = $1`,
      findCommand: `SELECT stream_id, stream_version, first_position, last_position FROM ${s}.commands WHERE command_id = $1`,
      chainPage: `SELECT ${COLUMNS} FROM ${s}.events WHERE (stream_id, stream_version) > ($1, $2)
                  AND ($3::text IS NULL OR stream_id = $3) ORDER BY stream_id, stream_version LIMIT ${CHAIN_PAGE}`,
      heads: `SELECT stream_id, version, last_hash FROM ${s}.streams WHERE ($1::text IS NULL OR stream_id = $1)`,
    };
  }

  /** Connects and brings the schema up to date (migrations run once, under a lock). */
  static async open(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const store = new PostgresEventStore(options);
    try {
      await store.migrate();
      await store.checkTransactionIds();
    } catch (error) {
      await store.pool.end();
      throw error;
    }
    return store;
  }

  /**
   * The cluster's counter moves on with every transaction of any of its databases: once it has
   * passed the log's newest id, appends go on without a restart. Looked at again at most once a
   * second, however many appends are refused meanwhile.
   */
  private async appendOnceIdsPass(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult> {
    if (Date.now() - this.idsCheckedAt >= 1000) await this.checkTransactionIds();
    if (this.writesRefused) throw this.writesRefused;
    return this.append(streamId, events, options);
  }

  /** Why appends are refused at the moment (a log restored into a cluster behind it), for the start-up log. */
  get appendsRefusedBecause(): TransactionIdsBehindError | undefined {
    return this.writesRefused;
  }

  /** See TransactionIdsBehindError: after a pg_restore into a new cluster, appends wait for its ids to pass the log's. */
  private async checkTransactionIds(): Promise<void> {
    this.idsCheckedAt = Date.now();
    const { rows } = await this.live.query<{ newest: string | null; next: string }>(
      `SELECT (SELECT e.transaction_id::text FROM ${this.schema}.events e ORDER BY e.transaction_id DESC LIMIT 1) AS newest,
              pg_snapshot_xmax(pg_current_snapshot())::text AS next`,
    );
    const { newest, next } = rows[0]!;
    this.writesRefused = newest !== null && BigInt(newest) >= BigInt(next) ? new TransactionIdsBehindError(newest, next) : undefined;
  }

  append(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult> {
    if (this.closing) return Promise.reject(new EventStoreClosedError());
    if (this.writesRefused) return this.appendOnceIdsPass(streamId, events, options);
    let append: PreparedAppend;
    try {
      append = prepareAppend(streamId, events, options);
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ append, resolve, reject });
      this.pump();
    });
  }

  /**
   * Group commit: up to `maxInFlight` batches at a time; appends that arrive meanwhile wait and
   * leave together in the next one. One writer sees no delay; many share round trips and fsyncs.
   */
  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight += 1;
      void this.send(batch)
        // send() settles every append of its batch; a failure here would only be a bug of its own.
        .catch((error: unknown) => {
          for (const pending of batch) pending.reject(error);
        })
        .finally(() => {
          this.inFlight -= 1;
          this.pump();
          if (this.inFlight === 0 && this.queue.length === 0) this.drained.emit('drained');
        });
    }
  }

  private async send(batch: readonly PendingAppend[]): Promise<void> {
    // Sorted by stream (stably, so one stream's appends keep their order): concurrent batches
    // then lock streams in the same order and cannot deadlock each other.
    const ordered = [...batch].sort((a, b) => (a.append.streamId < b.append.streamId ? -1 : a.append.streamId > b.append.streamId ? 1 : 0));
    let rows: BatchRow[];
    try {
      rows = await this.callBatch(ordered.map((pending) => pending.append));
    } catch (error) {
      // A duplicate event id (or a rare deadlock) aborted the whole transaction, so nothing was
      // written: each append goes again alone and only the culprit fails.
      if (ordered.length > 1 && isRetryableAlone(error)) {
        for (const pending of ordered) await this.send([pending]);
        return;
      }
      for (const pending of ordered) pending.reject(await this.translate(error, pending.append));
      return;
    }
    for (const row of rows) {
      const { append, resolve, reject } = ordered[row.idx - 1]!;
      switch (row.outcome) {
        case 'appended':
        case 'duplicate':
          resolve({
            streamId: append.streamId,
            streamVersion: row.stream_version!,
            firstPosition: Number(row.first_position),
            lastPosition: Number(row.last_position),
            duplicate: row.outcome === 'duplicate',
          });
          break;
        case 'conflict':
          reject(new WrongExpectedVersionError(append.streamId, append.expected, row.stream_version!));
          break;
        case 'reused':
          reject(new CommandIdReusedError(append.commandId!, row.detail!, append.streamId));
          break;
      }
    }
    if (rows.some((row) => row.outcome === 'appended')) this.appended.emit('appended');
  }

  private async callBatch(appends: readonly PreparedAppend[]): Promise<BatchRow[]> {
    // The pool itself: appends accepted before close are still sent while close() waits for them.
    const { rows } = await this.pool.query<BatchRow>({
      name: `certflow-append-${this.schema}`,
      text: this.sql.append!,
      values: [
        appends.map((a) => a.streamId),
        appends.map((a) => String(a.expected)),
        appends.map((a) => a.commandId ?? null),
        appends.map((a) => a.events.length),
        binaryTextArray(appends.flatMap((a) => a.events.map((e) => e.body))),
        this.chainAlgorithm,
      ],
    });
    return rows;
  }

  /**
   * Reads asked for in the same pass of the event loop leave as one query: a command reads its
   * platform and its cycle side by side, and commands whose requests arrived together read
   * together, which was a round trip (and a statement for the server) each. Every read still
   * starts after it was asked for, so it sees every write answered before.
   */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    let range: ReturnType<typeof streamRange>;
    try {
      range = streamRange(streamId, options);
    } catch (error) {
      return Promise.reject(error);
    }
    // Versions are int4 in the schema: past the largest there is nothing, and the cast would fail the read's whole group.
    if (range.fromVersion > MAX_VERSION) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      if (this.reads.length === 0) setImmediate(() => this.sendReads());
      this.reads.push({ streamId, fromVersion: range.fromVersion, toVersion: Math.min(range.toVersion, MAX_VERSION), asOf: range.asOf ?? null, resolve, reject });
    });
  }

  private sendReads(): void {
    const reads = this.reads;
    this.reads = [];
    if (this.closing) {
      for (const read of reads) read.reject(new EventStoreClosedError());
      return;
    }
    for (let start = 0; start < reads.length; start += READS_PER_QUERY) void this.sendReadGroup(reads.slice(start, start + READS_PER_QUERY));
  }

  /**
   * One branch per read, each the plain lookup of one stream's range, so that the server plans
   * the statement once per connection. The earlier form joined an unnest of arrays, whose row
   * count a reusable plan cannot know: the server planned it again on every call, which cost it
   * four times the reading.
   */
  private async sendReadGroup(reads: readonly PendingRead[]): Promise<void> {
    try {
      const { rows } = await this.live.query<EventRow & { idx: number }>({
        name: `certflow-read-streams-${reads.length}-${this.schema}`,
        text: this.readStreamsSql(reads.length),
        values: reads.flatMap((r) => [r.streamId, r.fromVersion, r.toVersion, r.asOf]),
      });
      const found = reads.map((): EventRow[] => []);
      for (const row of rows) found[row.idx - 1]!.push(row);
      reads.forEach((read, i) => this.settle(read, found[i]!));
    } catch (error) {
      // Reads of unrelated requests share a query: one the server refuses must fail alone.
      if (reads.length > 1) for (const read of reads) void this.sendReadGroup([read]);
      else reads[0]!.reject(error);
    }
  }

  private readStreamsSql(count: number): string {
    let text = this.readStreamsText[count];
    if (text === undefined) {
      const branch = (i: number) => {
        const [stream, from, to, asOf] = [1, 2, 3, 4].map((n) => `$${i * 4 + n}`);
        return `SELECT ${i + 1} AS idx, ${COLUMNS} FROM ${this.schema}.events WHERE stream_id = ${stream}::text
                  AND stream_version BETWEEN ${from}::int AND ${to}::int AND (${asOf}::timestamptz IS NULL OR recorded_at <= ${asOf}::timestamptz)`;
      };
      text = `${Array.from({ length: count }, (_, i) => branch(i)).join('\nUNION ALL ')}\nORDER BY idx, stream_version`;
      this.readStreamsText[count] = text;
    }
    return text;
  }

  /** Each read answers alone: an event its upcaster refuses fails that read, not its neighbours. */
  private settle(read: PendingRead, rows: readonly EventRow[]): void {
    try {
      read.resolve(rows.map((row) => this.upcasters.apply(toRecorded(row))));
    } catch (error) {
      read.reject(error);
    }
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    const { after, limit, types } = allRange(options);
    const { rows } = types
      ? await this.live.query<EventRow>(this.sql.readAllTyped!, [after, limit, types])
      : await this.live.query<EventRow>(this.sql.readAll!, [after, limit]);
    return rows.map((row) => this.upcasters.apply(toRecorded(row)));
  }

  async readEvent(eventId: string): Promise<RecordedEvent | undefined> {
    if (!isEventId(eventId)) return undefined;
    const { rows } = await this.live.query<EventRow>(this.sql.readEvent!, [eventId]);
    return rows[0] ? this.upcasters.apply(toRecorded(rows[0])) : undefined;
  }

  async headPosition(): Promise<number> {
    const { rows } = await this.live.query<{ position: string }>(this.sql.headPosition!);
    return Number(rows[0]!.position);
  }

  /**
   * The transaction id the cluster hands out next (without taking one). A cursor at or past it
   * was not read from this cluster: after a logical restore into another one, its ids may start
   * lower, and a cursor kept from before would skip what is written now.
   */
  async nextTransactionId(): Promise<string> {
    const { rows } = await this.live.query<{ next: string }>('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS next');
    return rows[0]!.next;
  }

  async findCommand(commandId: string): Promise<AppendResult | undefined> {
    const { rows } = await this.live.query<{ stream_id: string; stream_version: number; first_position: string; last_position: string }>({
      name: `certflow-find-command-${this.schema}`,
      text: this.sql.findCommand!,
      values: [commandId],
    });
    const row = rows[0];
    if (!row) return undefined;
    return {
      streamId: row.stream_id,
      streamVersion: row.stream_version,
      firstPosition: Number(row.first_position),
      lastPosition: Number(row.last_position),
      duplicate: true,
    };
  }

  subscribe(name: string, handler: EventBatchHandler, options?: SubscriptionOptions): Subscription {
    return new CatchUpSubscription(name, this, handler, options);
  }

  async verifyChains(options: VerifyChainsOptions = {}): Promise<ChainReport> {
    const only = options.streamId ?? null;
    const { rows: headRows } = await this.live.query<{ stream_id: string; version: number; last_hash: string }>(
      this.sql.heads!,
      [only],
    );
    const heads = new Map<string, StreamHead>(headRows.map((h) => [h.stream_id, { version: h.version, hash: h.last_hash }]));
    const sql = this.sql.chainPage!;
    // The next page is asked for before this one is checked: the server reads while Node hashes.
    const page = (after: [string, number]) => {
      const query = this.live.query<EventRow>(sql, [...after, only]);
      query.catch(() => undefined);
      return query;
    };
    async function* pages(): AsyncGenerator<RecordedEvent> {
      let next = page(['', 0]);
      for (;;) {
        const { rows } = await next;
        const last = rows.at(-1);
        if (rows.length === CHAIN_PAGE && last) next = page([last.stream_id, last.stream_version]);
        for (const row of rows) yield toRecorded(row);
        if (rows.length < CHAIN_PAGE) return;
      }
    }
    return verifyChains(pages(), heads, options.signatures, options.onProgress);
  }

  /** The bulk path for `certflow store copy` (see PostgresImport); not for a store in service. */
  importer(): PostgresImport {
    return new PostgresImport(this.live, this.schema);
  }

  /** After close a query is refused as closed, not with the pool's "Cannot use a pool after calling end". */
  private get live(): pg.Pool {
    if (this.closing) throw new EventStoreClosedError();
    return this.pool;
  }

  async close(): Promise<void> {
    this.closing = true;
    // Reads still gathering would otherwise meet an ended pool and its bare error.
    this.sendReads();
    // Appends accepted before close are answered, as SQLite's close() commits its queue first.
    if (this.inFlight > 0 || this.queue.length > 0) await once(this.drained, 'drained');
    this.appended.removeAllListeners();
    await this.pool.end();
  }

  async loadCheckpoint(name: string): Promise<Cursor | undefined> {
    const { rows } = await this.live.query<{ transaction_id: string; global_position: string }>(this.sql.loadCheckpoint!, [
      name,
    ]);
    const row = rows[0];
    return row ? { transactionId: row.transaction_id, position: Number(row.global_position) } : undefined;
  }

  async saveCheckpoint(name: string, cursor: Cursor): Promise<void> {
    await this.live.query(this.sql.saveCheckpoint!, [name, cursor.transactionId ?? '0', cursor.position]);
  }

  async readAfter(cursor: Cursor, limit: number): Promise<{ events: RecordedEvent[]; cursor: Cursor }> {
    const { rows } = await this.live.query<EventRow>(this.sql.readAfter!, [cursor.transactionId ?? '0', cursor.position, limit]);
    const last = rows.at(-1);
    return {
      events: rows.map((row) => this.upcasters.apply(toRecorded(row))),
      cursor: last ? { transactionId: last.transaction_id, position: Number(last.global_position) } : cursor,
    };
  }

  async hasPendingUpTo(cursor: Cursor, position: number): Promise<boolean> {
    const { rows } = await this.live.query<{ pending: boolean }>(this.sql.pendingUpTo!, [
      cursor.transactionId ?? '0',
      cursor.position,
      position,
    ]);
    return rows[0]!.pending;
  }

  onAppended(listener: () => void): () => void {
    this.appended.on('appended', listener);
    return () => this.appended.off('appended', listener);
  }

  private async translate(error: unknown, append: PreparedAppend): Promise<unknown> {
    const { code, constraint } = (error ?? {}) as { code?: string; constraint?: string };
    if (code === '23505' && constraint?.includes('event_id')) return new DuplicateEventIdError(append.streamId, { cause: error });
    if (code === '23505' && constraint?.startsWith('commands') && append.commandId) {
      // The lookup only names the other stream: if it fails, the append still fails as reused.
      const other = await this.pool.query<{ stream_id: string }>(this.sql.commandStream!, [append.commandId]).then(
        ({ rows }) => rows[0]?.stream_id ?? '?',
        () => '?',
      );
      return new CommandIdReusedError(append.commandId, other, append.streamId);
    }
    return error;
  }

  /**
   * Points chain_sm3 at pgcrypto's digest(), which takes any digest of the server's OpenSSL, and
   * proves it with the standard's first test vector before a single link is written with it.
   * Runs under the migration lock: one extension per database, however many stores share it.
   */
  private async useSm3(client: pg.PoolClient): Promise<void> {
    const unavailable = (detail: string, cause?: unknown) =>
      new CertflowError(
        'event-store.misconfigured',
        {
          zh: `CERTFLOW_CHAIN_HASH=sm3：PostgreSQL 无法计算 SM3（${detail}）`,
          en: `CERTFLOW_CHAIN_HASH=sm3: PostgreSQL cannot compute SM3 (${detail})`,
        },
        cause === undefined ? {} : { cause },
      );
    try {
      await client.query('CREATE EXTENSION IF NOT EXISTS pgcrypto');
    } catch (error) {
      throw unavailable('CREATE EXTENSION pgcrypto failed: install postgresql-contrib or have a superuser create it', error);
    }
    const { rows } = await client.query<{ schema: string }>(
      "SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pgcrypto'",
    );
    const where = quoteIdentifier(rows[0]!.schema);
    await client.query(
      `CREATE OR REPLACE FUNCTION ${this.schema}.chain_sm3(p_input bytea) RETURNS bytea LANGUAGE sql IMMUTABLE
         AS $sm3$ SELECT ${where}.digest(p_input, 'sm3') $sm3$`,
    );
    let digest: string | undefined;
    try {
      const probe = await client.query<{ digest: string }>(`SELECT encode(${this.schema}.chain_sm3(convert_to('abc', 'UTF8')), 'hex') AS digest`);
      digest = probe.rows[0]?.digest;
    } catch (error) {
      throw unavailable("pgcrypto's digest() does not know sm3", error);
    }
    if (digest !== SM3_ABC) throw unavailable(`SM3("abc") came out as ${digest}`);
  }

  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT pg_advisory_xact_lock(hashtext('certflow.migrations'))");
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${this.schema}.schema_migrations (
           version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      const { rows } = await client.query<{ version: number }>(`SELECT version FROM ${this.schema}.schema_migrations`);
      const applied = new Set(rows.map((row) => row.version));
      for (const migration of POSTGRES_MIGRATIONS) {
        if (applied.has(migration.version)) continue;
        await client.query(migration.sql.split('{schema}').join(this.schema));
        await client.query(`INSERT INTO ${this.schema}.schema_migrations (version, name) VALUES ($1, $2)`, [
          migration.version,
          migration.name,
        ]);
      }
      if (this.chainAlgorithm === 'sm3') await this.useSm3(client);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

function quoteIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new CertflowError('event-store.misconfigured', { zh: `PostgreSQL 模式名无效：${name}`, en: `invalid schema name ${name}` });
  return `"${name}"`;
}

/** PostgreSQL's type id of text, which array_recv checks each element against. */
const TEXT_OID = 25;

/**
 * A text[] in PostgreSQL's binary format, each element its length and its UTF-8 bytes. As a
 * literal, every quote and backslash of the JSON bodies was escaped on the way out and unescaped
 * on the way in; the bodies are most of what an append sends.
 */
export function binaryTextArray(values: readonly string[]): Buffer {
  const lengths = values.map((value) => Buffer.byteLength(value, 'utf8'));
  const buffer = Buffer.allocUnsafe(20 + 4 * values.length + lengths.reduce((sum, length) => sum + length, 0));
  // The header in the order array_recv reads it: dimensions, whether any element is null,
  // element type, then the one dimension's length and lower bound.
  buffer.writeInt32BE(1, 0);
  buffer.writeInt32BE(0, 4);
  buffer.writeInt32BE(TEXT_OID, 8);
  buffer.writeInt32BE(values.length, 12);
  buffer.writeInt32BE(1, 16);
  let offset = 20;
  values.forEach((value, i) => {
    offset = buffer.writeInt32BE(lengths[i]!, offset);
    offset += buffer.write(value, offset, 'utf8');
  });
  return buffer;
}

function toRecorded(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    globalPosition: Number(row.global_position),
    recordedAt: row.recorded_at.toISOString(),
    hash: row.hash,
  };
}
