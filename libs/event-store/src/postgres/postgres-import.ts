import type pg from 'pg';
import type { RecordedEvent } from '../envelope.js';
import type { LogLeaf, SignedTreeHead } from '../merkle/transparency-log.js';

/** Which history a copy into this store comes from, and how far it got. */
export interface CopyMarker {
  /** The source's first event id and hash: the same history has the same first event. */
  readonly sourceId: string;
  readonly source: string;
  /** Highest source position copied (events, commands and leaves up to it are all in). */
  readonly copiedThrough: number;
  readonly finished: boolean;
}

export interface ImportedCommand {
  readonly commandId: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly firstPosition: number;
  readonly lastPosition: number;
}

export interface ImportBatch {
  /** In global position order, all above the marker's `copiedThrough`. */
  readonly events: readonly RecordedEvent[];
  readonly commands: readonly ImportedCommand[];
  readonly leaves: readonly LogLeaf[];
  /** The marker moves here in the same transaction. */
  readonly copiedThrough: number;
}

export interface TargetState {
  readonly events: number;
  readonly headPosition: number;
  readonly leaves: number;
  readonly marker: CopyMarker | undefined;
}

/**
 * The bulk path into a PostgreSQL store for `certflow store copy`: rows go in as they were
 * recorded elsewhere (positions, recorded times, hashes), bypassing `append_batch`, which would
 * take new positions and times and so new hashes. Each batch is one transaction together with
 * the marker saying how far the copy got, so an interrupted copy resumes exactly after the last
 * batch that committed. Never for a store in service: nothing here takes the stream locks.
 */
export class PostgresImport {
  private readonly sql;

  constructor(
    private readonly pool: pg.Pool,
    s: string,
  ) {
    this.sql = {
      // Outside the migrations on purpose: only a copied deployment has it, and a store that never
      // received a copy should not carry the table.
      marker: `CREATE TABLE IF NOT EXISTS ${s}.store_copy (
                 only_one    boolean     PRIMARY KEY DEFAULT true CHECK (only_one),
                 source_id   text        NOT NULL,
                 source      text        NOT NULL,
                 copied_through bigint   NOT NULL,
                 started_at  timestamptz NOT NULL DEFAULT now(),
                 finished_at timestamptz
               )`,
      markerExists: `SELECT to_regclass('${s}.store_copy') IS NOT NULL AS present`,
      readMarker: `SELECT source_id, source, copied_through, finished_at IS NOT NULL AS finished FROM ${s}.store_copy`,
      state: `SELECT (SELECT count(*) FROM ${s}.events) AS events,
                     (SELECT coalesce(max(global_position), 0) FROM ${s}.events) AS head,
                     (SELECT count(*) FROM ${s}.log_leaves) AS leaves`,
      begin: `INSERT INTO ${s}.store_copy (source_id, source, copied_through) VALUES ($1, $2, 0)`,
      lastEvent: `SELECT event_id, hash FROM ${s}.events WHERE global_position = $1`,
      events: `INSERT INTO ${s}.events (global_position, stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at, hash)
               OVERRIDING SYSTEM VALUE
               SELECT p, st, v, e, t, sv, d::jsonb, m::jsonb, r, h
               FROM unnest($1::bigint[], $2::text[], $3::integer[], $4::uuid[], $5::text[], $6::integer[], $7::text[], $8::text[], $9::timestamptz[], $10::text[])
                 AS x(p, st, v, e, t, sv, d, m, r, h)`,
      // The last event of each stream in the batch is its head so far.
      heads: `INSERT INTO ${s}.streams (stream_id, version, last_hash, last_recorded_at)
              SELECT * FROM unnest($1::text[], $2::integer[], $3::text[], $4::timestamptz[])
              ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, last_hash = excluded.last_hash,
                last_recorded_at = excluded.last_recorded_at`,
      commands: `INSERT INTO ${s}.commands (command_id, stream_id, stream_version, first_position, last_position)
                 SELECT * FROM unnest($1::text[], $2::text[], $3::integer[], $4::bigint[], $5::bigint[])`,
      // A leaf keeps the transaction id of its event: the sealer goes on from (transaction, position).
      leaves: `INSERT INTO ${s}.log_leaves (leaf_index, transaction_id, global_position, stream_id, stream_version, leaf_hash)
               SELECT l.i, e.transaction_id, l.p, l.st, l.v, l.h
               FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::integer[], $5::text[]) AS l(i, p, st, v, h)
               JOIN ${s}.events e ON e.global_position = l.p`,
      // New appends after the copy must take positions above the copied ones.
      sequence: `SELECT setval(pg_get_serial_sequence('${s}.events', 'global_position'), $1::bigint)`,
      progress: `UPDATE ${s}.store_copy SET copied_through = $1`,
      checkpoint: `INSERT INTO ${s}.checkpoints (name, transaction_id, global_position)
                   SELECT $1, coalesce((SELECT transaction_id FROM ${s}.events WHERE global_position = $2), '0'::xid8), $2
                   ON CONFLICT (name) DO UPDATE SET transaction_id = excluded.transaction_id, global_position = excluded.global_position,
                     updated_at = now()`,
      head: `INSERT INTO ${s}.log_heads (tree_size, root_hash, timestamp, algorithm, key_id, signature)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (tree_size) DO NOTHING`,
      finish: `UPDATE ${s}.store_copy SET finished_at = now()`,
      listCommands: `SELECT command_id, stream_id, stream_version, first_position, last_position FROM ${s}.commands
                     WHERE command_id COLLATE "C" > $1 ORDER BY command_id COLLATE "C" LIMIT $2`,
      listCheckpoints: `SELECT name, global_position FROM ${s}.checkpoints ORDER BY name COLLATE "C"`,
    };
  }

  async state(): Promise<TargetState> {
    const { rows } = await this.pool.query<{ events: string; head: string; leaves: string }>(this.sql.state);
    const { rows: present } = await this.pool.query<{ present: boolean }>(this.sql.markerExists);
    let marker: CopyMarker | undefined;
    if (present[0]!.present) {
      const { rows: markers } = await this.pool.query<{ source_id: string; source: string; copied_through: string; finished: boolean }>(this.sql.readMarker);
      const row = markers[0];
      if (row) marker = { sourceId: row.source_id, source: row.source, copiedThrough: Number(row.copied_through), finished: row.finished };
    }
    return { events: Number(rows[0]!.events), headPosition: Number(rows[0]!.head), leaves: Number(rows[0]!.leaves), marker };
  }

  /** The event id and hash at a position, to check that a partial copy is a prefix of the source. */
  async eventAt(position: number): Promise<{ eventId: string; hash: string } | undefined> {
    const { rows } = await this.pool.query<{ event_id: string; hash: string }>(this.sql.lastEvent, [position]);
    return rows[0] ? { eventId: rows[0].event_id, hash: rows[0].hash } : undefined;
  }

  async begin(sourceId: string, source: string): Promise<void> {
    await this.pool.query(this.sql.marker);
    await this.pool.query(this.sql.begin, [sourceId, source]);
  }

  async importBatch(batch: ImportBatch): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { events, commands, leaves } = batch;
      if (events.length > 0) {
        await client.query(this.sql.events, [
          events.map((e) => e.globalPosition),
          events.map((e) => e.streamId),
          events.map((e) => e.streamVersion),
          events.map((e) => e.eventId),
          events.map((e) => e.type),
          events.map((e) => e.schemaVersion),
          events.map((e) => JSON.stringify(e.data)),
          events.map((e) => JSON.stringify(e.metadata)),
          events.map((e) => e.recordedAt),
          events.map((e) => e.hash),
        ]);
        const last = new Map<string, RecordedEvent>();
        for (const event of events) last.set(event.streamId, event);
        const heads = [...last.values()];
        await client.query(this.sql.heads, [
          heads.map((e) => e.streamId),
          heads.map((e) => e.streamVersion),
          heads.map((e) => e.hash),
          heads.map((e) => e.recordedAt),
        ]);
        await client.query(this.sql.sequence, [events.at(-1)!.globalPosition]);
      }
      if (commands.length > 0) {
        await client.query(this.sql.commands, [
          commands.map((c) => c.commandId),
          commands.map((c) => c.streamId),
          commands.map((c) => c.streamVersion),
          commands.map((c) => c.firstPosition),
          commands.map((c) => c.lastPosition),
        ]);
      }
      if (leaves.length > 0) {
        await client.query(this.sql.leaves, [
          leaves.map((l) => l.index),
          leaves.map((l) => l.globalPosition),
          leaves.map((l) => l.streamId),
          leaves.map((l) => l.streamVersion),
          leaves.map((l) => l.leafHash),
        ]);
      }
      await client.query(this.sql.progress, [batch.copiedThrough]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * Checkpoints keep their meaning: "everything up to position P is handled" becomes the cursor
   * (transaction of P, P). The copy wrote positions in order, one transaction per batch, so every
   * event at or below P sorts at or before that cursor and every later one after it.
   */
  async finish(checkpoints: readonly { name: string; position: number }[], heads: readonly SignedTreeHead[]): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      for (const checkpoint of checkpoints) await client.query(this.sql.checkpoint, [checkpoint.name, checkpoint.position]);
      for (const head of heads) {
        await client.query(this.sql.head, [head.treeSize, head.rootHash, head.timestamp, head.algorithm, head.keyId, head.signature]);
      }
      await client.query(this.sql.finish);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** A page of commands in byte order of their id, after `after`. */
  async commands(after: string, limit: number): Promise<ImportedCommand[]> {
    const { rows } = await this.pool.query<{ command_id: string; stream_id: string; stream_version: number; first_position: string; last_position: string }>(
      this.sql.listCommands,
      [after, limit],
    );
    return rows.map((r) => ({
      commandId: r.command_id,
      streamId: r.stream_id,
      streamVersion: r.stream_version,
      firstPosition: Number(r.first_position),
      lastPosition: Number(r.last_position),
    }));
  }

  async checkpoints(): Promise<{ name: string; position: number }[]> {
    const { rows } = await this.pool.query<{ name: string; global_position: string }>(this.sql.listCheckpoints);
    return rows.map((r) => ({ name: r.name, position: Number(r.global_position) }));
  }
}
