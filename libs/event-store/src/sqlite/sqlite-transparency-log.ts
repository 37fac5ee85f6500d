import type Database from 'better-sqlite3';
import { eventLeafHash } from '../merkle/rfc9162.js';
import { SEAL_BATCH, type LeafCheck, type LogLeaf, type SignedTreeHead, type TransparencyLog } from '../merkle/transparency-log.js';

interface LeafRow {
  leaf_index: number;
  global_position: number;
  stream_id: string;
  stream_version: number;
  leaf_hash: string;
}

interface HeadRow {
  tree_size: number;
  root_hash: string;
  timestamp: string;
  algorithm: 'Ed25519';
  key_id: string;
  signature: string;
}

/**
 * The log's tree in the same SQLite file. Positions are taken by the single writer in commit
 * order, so global position order is the order subscribers read and the tree's order.
 */
export class SqliteTransparencyLog implements TransparencyLog {
  private readonly statements;

  /**
   * `writer`, when the store's writes are made on another connection (its writer thread): seals and
   * heads go there, so that this connection never waits for that one's lock on the event loop.
   */
  constructor(
    private readonly db: Database.Database,
    private readonly writer?: Pick<TransparencyLog, 'seal' | 'saveHead'>,
  ) {
    this.statements = {
      last: db.prepare<[], { leaf_index: number; global_position: number }>(
        'SELECT leaf_index, global_position FROM log_leaves ORDER BY leaf_index DESC LIMIT 1',
      ),
      pending: db.prepare<[number, number], { global_position: number; stream_id: string; stream_version: number; hash: string }>(
        'SELECT global_position, stream_id, stream_version, hash FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?',
      ),
      insert: db.prepare('INSERT INTO log_leaves (leaf_index, global_position, stream_id, stream_version, leaf_hash) VALUES (?, ?, ?, ?, ?)'),
      leaves: db.prepare<[number, number], LeafRow>('SELECT * FROM log_leaves WHERE leaf_index >= ? ORDER BY leaf_index LIMIT ?'),
      leafOf: db.prepare<[string], LeafRow>(
        'SELECT l.* FROM log_leaves l JOIN events e ON e.global_position = l.global_position WHERE e.event_id = ?',
      ),
      check: db.prepare<[number, number], LeafRow & { e_stream: string | null; e_version: number | null; e_hash: string | null }>(
        `SELECT l.*, e.stream_id AS e_stream, e.stream_version AS e_version, e.hash AS e_hash
         FROM log_leaves l LEFT JOIN events e ON e.global_position = l.global_position
         WHERE l.leaf_index >= ? ORDER BY l.leaf_index LIMIT ?`,
      ),
      unsealed: db.prepare<[], { n: number }>(
        'SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM log_leaves l WHERE l.global_position = e.global_position)',
      ),
      saveHead: db.prepare(
        'INSERT OR IGNORE INTO log_heads (tree_size, root_hash, timestamp, algorithm, key_id, signature) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      heads: db.prepare<[], HeadRow>('SELECT * FROM log_heads ORDER BY tree_size'),
    };
  }

  async seal(limit = SEAL_BATCH): Promise<{ added: number; size: number }> {
    if (this.writer) return this.writer.seal(limit);
    // One immediate transaction: a second sealer (another process) waits, then sees these leaves.
    return this.db.transaction(() => {
      const last = this.statements.last.get();
      let index = last ? last.leaf_index + 1 : 0;
      const rows = this.statements.pending.all(last?.global_position ?? 0, limit);
      for (const row of rows) {
        this.statements.insert.run(index, row.global_position, row.stream_id, row.stream_version, eventLeafHash({ streamId: row.stream_id, streamVersion: row.stream_version, hash: row.hash }));
        index += 1;
      }
      return { added: rows.length, size: index };
    }).immediate();
  }

  async size(): Promise<number> {
    const last = this.statements.last.get();
    return last ? last.leaf_index + 1 : 0;
  }

  async leaves(from: number, limit: number): Promise<LogLeaf[]> {
    return this.statements.leaves.all(from, limit).map(toLeaf);
  }

  async leafOf(eventId: string): Promise<LogLeaf | undefined> {
    const row = this.statements.leafOf.get(eventId.toLowerCase());
    return row ? toLeaf(row) : undefined;
  }

  async checkLeaves(from: number, limit: number): Promise<LeafCheck[]> {
    return this.statements.check.all(from, limit).map((row) => ({
      leaf: toLeaf(row),
      event: row.e_stream === null ? undefined : { streamId: row.e_stream, streamVersion: row.e_version!, hash: row.e_hash! },
    }));
  }

  async unsealed(): Promise<number> {
    return this.statements.unsealed.get()!.n;
  }

  async saveHead(head: SignedTreeHead): Promise<void> {
    if (this.writer) return this.writer.saveHead(head);
    this.statements.saveHead.run(head.treeSize, head.rootHash, head.timestamp, head.algorithm, head.keyId, head.signature);
  }

  async heads(): Promise<SignedTreeHead[]> {
    return this.statements.heads.all().map((row) => ({
      treeSize: row.tree_size,
      rootHash: row.root_hash,
      timestamp: row.timestamp,
      algorithm: row.algorithm,
      keyId: row.key_id,
      signature: row.signature,
    }));
  }
}

function toLeaf(row: LeafRow): LogLeaf {
  return { index: row.leaf_index, globalPosition: row.global_position, streamId: row.stream_id, streamVersion: row.stream_version, leafHash: row.leaf_hash };
}
