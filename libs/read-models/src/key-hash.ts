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
 * Keys that may have a stored document, kept as 52-bit hashes in an open-addressing table of
 * doubles: 8 to 16 bytes a key, where a Set of numbers takes about 50 (each a heap number), which
 * matters for a read model with a document per event. A collision only costs a load that finds
 * nothing.
 */
export class KeySet {
  private slots = new Float64Array(1024);
  private count = 0;

  add(key: string): void {
    if ((this.count + 1) * 2 > this.slots.length) this.grow();
    if (insert(this.slots, fingerprint(key))) this.count += 1;
  }

  has(key: string): boolean {
    const slots = this.slots;
    const mask = slots.length - 1;
    const print = fingerprint(key);
    for (let at = print % slots.length; ; at = (at + 1) & mask) {
      if (slots[at] === print) return true;
      if (slots[at] === 0) return false;
    }
  }

  get size(): number {
    return this.count;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2);
    for (const print of old) if (print !== 0) insert(this.slots, print);
  }
}

/** Linear probing; 0 marks an empty slot (no fingerprint is 0). False when already present. */
function insert(slots: Float64Array, print: number): boolean {
  const mask = slots.length - 1;
  for (let at = print % slots.length; ; at = (at + 1) & mask) {
    if (slots[at] === print) return false;
    if (slots[at] === 0) {
      slots[at] = print;
      return true;
    }
  }
}

function fingerprint(key: string): number {
  return hash32(key) * 0x10_0000 + (hash32(key, 0x9747b28c) >>> 12) + 1;
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
