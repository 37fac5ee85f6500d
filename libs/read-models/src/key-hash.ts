import type { Cursor } from '@certflow/event-store';

/** FNV-1a over UTF-16 units: stable across processes, so a resumed rebuild splits keys alike. */
export function hash32(key: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < key.length; i += 1) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** Where a key falls in [0, 1): a rebuild in several passes builds one slice of keys per pass. */
export function keyFraction(key: string): number {
  return hash32(key) / 0x1_0000_0000;
}

/**
 * Keys that may have a stored document, kept as 52-bit hashes (about 40 bytes a key instead of
 * the key itself). A collision only costs a load that finds nothing.
 */
export class KeySet {
  private readonly hashes = new Set<number>();

  add(key: string): void {
    this.hashes.add(fingerprint(key));
  }

  has(key: string): boolean {
    return this.hashes.has(fingerprint(key));
  }

  get size(): number {
    return this.hashes.size;
  }
}

function fingerprint(key: string): number {
  return hash32(key) * 0x10_0000 + (hash32(key, 0x9747b28c) >>> 12);
}

/**
 * Subscription order: by position alone (SQLite), or by (transaction id, position) when the
 * store hands out transaction ids (PostgreSQL).
 */
export function compareCursors(a: Cursor, b: Cursor): number {
  if (a.transactionId !== undefined && b.transactionId !== undefined && a.transactionId !== b.transactionId) {
    return BigInt(a.transactionId) < BigInt(b.transactionId) ? -1 : 1;
  }
  if (a.transactionId === undefined && b.transactionId !== undefined && a.position === 0) return -1;
  if (b.transactionId === undefined && a.transactionId !== undefined && b.position === 0) return 1;
  return a.position - b.position;
}
