import type pg from 'pg';
import { eventLeafHash } from '../merkle/rfc9162.js';
import { laterCursor, type Cursor } from '../subscription.js';
import { READ_ORDER } from './read-order.js';
import { SEAL_BATCH, type LeafCheck, type LogLeaf, type SignedTreeHead, type TransparencyLog } from '../merkle/transparency-log.js';

interface LeafRow {
  leaf_index: string;
  global_position: string;
  stream_id: string;
  stream_version: number;
  leaf_hash: string;
}

/**
 * The log's tree in PostgreSQL, in the order subscribers read the log: (transaction id,
 * position), only transactions older than every one still running. A slow transaction that
 * commits after a faster one with higher positions is sealed after it, never skipped.
 *
 * An event already a leaf is never taken again: before ids were ordered as numbers, a round
 * that straddled a power of ten sealed '10000' before '9998', and every round after it tried
 * to seal '10000' a second time and failed. Such a log now goes on from where it stopped.
 */
export class PostgresTransparencyLog implements TransparencyLog {
  private readonly sql;
  /**
   * Whether this process has sealed once from the start of the log rather than from the last
   * leaf. The same older versions could also, when more events than a round takes straddled a
   * power of ten, seal the ones past it and leave those below it behind the last leaf for good;
   * the first round of each process picks them up (one pass over the log's index).
   */
  private lookedFromTheStart = false;

  constructor(
    private readonly pool: pg.Pool,
    s: string,
  ) {
    this.sql = {
      last: `SELECT leaf_index, transaction_id::text AS transaction_id, global_position FROM ${s}.log_leaves ORDER BY leaf_index DESC LIMIT 1`,
      pending: `SELECT e.transaction_id::text AS transaction_id, e.global_position, e.stream_id, e.stream_version, e.hash FROM ${s}.events e
                WHERE (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
                  AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
                  AND NOT EXISTS (SELECT 1 FROM ${s}.log_leaves l WHERE l.global_position = e.global_position)
                ORDER BY ${READ_ORDER} LIMIT $3`,
      insert: `INSERT INTO ${s}.log_leaves (leaf_index, transaction_id, global_position, stream_id, stream_version, leaf_hash)
               SELECT * FROM unnest($1::bigint[], $2::xid8[], $3::bigint[], $4::text[], $5::integer[], $6::text[])`,
      leaves: `SELECT leaf_index, global_position, stream_id, stream_version, leaf_hash FROM ${s}.log_leaves
               WHERE leaf_index >= $1 ORDER BY leaf_index LIMIT $2`,
      leafOf: `SELECT l.leaf_index, l.global_position, l.stream_id, l.stream_version, l.leaf_hash FROM ${s}.log_leaves l
               JOIN ${s}.events e ON e.global_position = l.global_position WHERE e.event_id = $1::uuid`,
      check: `SELECT l.leaf_index, l.global_position, l.stream_id, l.stream_version, l.leaf_hash,
                     e.stream_id AS e_stream, e.stream_version AS e_version, e.hash AS e_hash
              FROM ${s}.log_leaves l LEFT JOIN ${s}.events e ON e.global_position = l.global_position
              WHERE l.leaf_index >= $1 ORDER BY l.leaf_index LIMIT $2`,
      unsealed: `SELECT count(*)::bigint AS n FROM ${s}.events e
                 WHERE NOT EXISTS (SELECT 1 FROM ${s}.log_leaves l WHERE l.global_position = e.global_position)`,
      saveHead: `INSERT INTO ${s}.log_heads (tree_size, root_hash, timestamp, algorithm, key_id, signature)
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (tree_size) DO NOTHING`,
      heads: `SELECT tree_size, root_hash, timestamp, algorithm, key_id, signature FROM ${s}.log_heads ORDER BY tree_size`,
    };
  }

  async seal(limit = SEAL_BATCH): Promise<{ added: number; size: number }> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // One sealer at a time across processes; the next one sees these leaves.
      await client.query("SELECT pg_advisory_xact_lock(hashtext('certflow.log-seal'))");
      const { rows: lastRows } = await client.query<{ leaf_index: string; transaction_id: string; global_position: string }>(this.sql.last);
      const last = lastRows[0];
      let index = last ? Number(last.leaf_index) + 1 : 0;
      const from = this.lookedFromTheStart ? last : undefined;
      const { rows } = await client.query<{ transaction_id: string; global_position: string; stream_id: string; stream_version: number; hash: string }>(
        this.sql.pending,
        [from?.transaction_id ?? '0', from?.global_position ?? 0, limit],
      );
      // Nothing is left behind the last leaf once a look from the start read up to it or past it.
      const lastLeaf = last && cursorOf(last);
      const reached = rows.length > 0 ? cursorOf(rows.at(-1)!) : undefined;
      const looked = !lastLeaf || rows.length < limit || (reached !== undefined && laterCursor(lastLeaf, reached) === reached);
      if (rows.length > 0) {
        const indexes = rows.map(() => index++);
        await client.query(this.sql.insert, [
          indexes,
          rows.map((r) => r.transaction_id),
          rows.map((r) => r.global_position),
          rows.map((r) => r.stream_id),
          rows.map((r) => r.stream_version),
          rows.map((r) => eventLeafHash({ streamId: r.stream_id, streamVersion: r.stream_version, hash: r.hash })),
        ]);
      }
      await client.query('COMMIT');
      this.lookedFromTheStart = looked;
      return { added: rows.length, size: index };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async size(): Promise<number> {
    const { rows } = await this.pool.query<{ leaf_index: string }>(this.sql.last);
    return rows[0] ? Number(rows[0].leaf_index) + 1 : 0;
  }

  async leaves(from: number, limit: number): Promise<LogLeaf[]> {
    const { rows } = await this.pool.query<LeafRow>(this.sql.leaves, [from, limit]);
    return rows.map(toLeaf);
  }

  async leafOf(eventId: string): Promise<LogLeaf | undefined> {
    const { rows } = await this.pool.query<LeafRow>(this.sql.leafOf, [eventId]);
    return rows[0] ? toLeaf(rows[0]) : undefined;
  }

  async checkLeaves(from: number, limit: number): Promise<LeafCheck[]> {
    const { rows } = await this.pool.query<LeafRow & { e_stream: string | null; e_version: number | null; e_hash: string | null }>(this.sql.check, [from, limit]);
    return rows.map((row) => ({
      leaf: toLeaf(row),
      event: row.e_stream === null ? undefined : { streamId: row.e_stream, streamVersion: row.e_version!, hash: row.e_hash! },
    }));
  }

  async unsealed(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>(this.sql.unsealed);
    return Number(rows[0]!.n);
  }

  async saveHead(head: SignedTreeHead): Promise<void> {
    await this.pool.query(this.sql.saveHead, [head.treeSize, head.rootHash, head.timestamp, head.algorithm, head.keyId, head.signature]);
  }

  async heads(): Promise<SignedTreeHead[]> {
    const { rows } = await this.pool.query<{ tree_size: string; root_hash: string; timestamp: string; algorithm: 'Ed25519'; key_id: string; signature: string }>(this.sql.heads);
    return rows.map((row) => ({
      treeSize: Number(row.tree_size),
      rootHash: row.root_hash,
      timestamp: row.timestamp,
      algorithm: row.algorithm,
      keyId: row.key_id,
      signature: row.signature,
    }));
  }
}

function cursorOf(row: { transaction_id: string; global_position: string }): Cursor {
  return { transactionId: row.transaction_id, position: Number(row.global_position) };
}

function toLeaf(row: LeafRow): LogLeaf {
  return { index: Number(row.leaf_index), globalPosition: Number(row.global_position), streamId: row.stream_id, streamVersion: row.stream_version, leafHash: row.leaf_hash };
}
