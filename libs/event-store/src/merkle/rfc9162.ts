import { createHash, hash } from 'node:crypto';

/**
 * Merkle tree hashing of RFC 9162 (Certificate Transparency 2.0), section 2.1: leaves and
 * interior nodes hashed under different one-byte prefixes, so that no leaf can pass for a node.
 * Hashes travel as lowercase hex.
 */
const LEAF = Buffer.from([0x00]);
const NODE = Buffer.from([0x01]);

export const EMPTY_ROOT = createHash('sha256').digest('hex');

export function leafHash(data: string | Buffer): string {
  // One-shot hashes: a verify of the whole log makes two per event.
  return hash('sha256', Buffer.concat([LEAF, typeof data === 'string' ? Buffer.from(data, 'utf8') : data]), 'hex');
}

export function nodeHash(left: string, right: string): string {
  const bytes = Buffer.allocUnsafe(65);
  bytes[0] = NODE[0]!;
  if (bytes.write(left, 1, 32, 'hex') !== 32 || bytes.write(right, 33, 32, 'hex') !== 32) {
    // Not two SHA-256 digests in hex: hash what Buffer.from makes of them, as before.
    return createHash('sha256').update(NODE).update(Buffer.from(left, 'hex')).update(Buffer.from(right, 'hex')).digest('hex');
  }
  return hash('sha256', bytes, 'hex');
}

/**
 * What an event puts into the log's tree: its place in its stream and its chain hash, which
 * covers the event id, type, data, metadata, recorded time and the hash before it. Moving,
 * editing or dropping an event changes the leaf; so does rewriting its chain.
 */
export function eventLeafHash(event: { readonly streamId: string; readonly streamVersion: number; readonly hash: string }): string {
  return leafHash(`certflow-event:v1\n${event.streamId}\n${event.streamVersion}\n${event.hash}`);
}

/**
 * The root of a growing tree in O(log n) memory: the perfect subtrees on its right edge, as
 * the binary digits of the size say. Verification streams the whole log through one of these.
 */
export class TreeBuilder {
  private readonly stack: { height: number; hash: string }[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(hash: string): void {
    let node = { height: 0, hash };
    while (this.stack.length > 0 && this.stack.at(-1)!.height === node.height) {
      const left = this.stack.pop()!;
      node = { height: node.height + 1, hash: nodeHash(left.hash, node.hash) };
    }
    this.stack.push(node);
    this.count += 1;
  }

  /** MTH of the leaves so far: the subtrees joined from the right, as RFC 9162 splits at the largest power of two. */
  root(): string {
    if (this.stack.length === 0) return EMPTY_ROOT;
    let hash = this.stack.at(-1)!.hash;
    for (let i = this.stack.length - 2; i >= 0; i -= 1) hash = nodeHash(this.stack[i]!.hash, hash);
    return hash;
  }
}

/** Largest power of two smaller than n (n > 1). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH over leaves[from, to). */
export function rootOf(leaves: readonly string[], from = 0, to = leaves.length): string {
  const n = to - from;
  if (n === 0) return EMPTY_ROOT;
  if (n === 1) return leaves[from]!;
  const k = split(n);
  return nodeHash(rootOf(leaves, from, from + k), rootOf(leaves, from + k, to));
}

/** The audit path of leaf `index` in the tree of the first `size` leaves (RFC 9162 2.1.3.1). */
export function inclusionProof(leaves: readonly string[], index: number, size = leaves.length): string[] {
  if (!(index >= 0 && index < size && size <= leaves.length)) throw new RangeError(`no leaf ${index} in a tree of ${size}`);
  const path = (m: number, from: number, to: number): string[] => {
    const n = to - from;
    if (n <= 1) return [];
    const k = split(n);
    return m < k ? [...path(m, from, from + k), rootOf(leaves, from + k, to)] : [...path(m - k, from + k, to), rootOf(leaves, from, from + k)];
  };
  return path(index, 0, size);
}

/** The proof that the tree of `to` leaves extends the tree of `from` leaves (RFC 9162 2.1.4.1). */
export function consistencyProof(leaves: readonly string[], from: number, to = leaves.length): string[] {
  if (!(from >= 0 && from <= to && to <= leaves.length)) throw new RangeError(`no consistency proof from ${from} to ${to}`);
  if (from === 0 || from === to) return [];
  const subproof = (m: number, start: number, end: number, whole: boolean): string[] => {
    const n = end - start;
    if (m === n) return whole ? [] : [rootOf(leaves, start, end)];
    const k = split(n);
    return m <= k
      ? [...subproof(m, start, start + k, whole), rootOf(leaves, start + k, end)]
      : [...subproof(m - k, start + k, end, false), rootOf(leaves, start, start + k)];
  };
  return subproof(from, 0, to, true);
}

/** RFC 9162 2.1.3.2: does `path` lead from the leaf at `index` to `root` in a tree of `size`? */
export function verifyInclusion(leaf: string, index: number, size: number, path: readonly string[], root: string): boolean {
  if (index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r === root;
}

/** RFC 9162 2.1.4.2: does `proof` show the tree (size2, root2) extends (size1, root1)? */
export function verifyConsistency(size1: number, size2: number, root1: string, root2: string, proof: readonly string[]): boolean {
  if (size1 > size2) return false;
  if (size1 === size2) return proof.length === 0 && root1 === root2;
  if (size1 === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : [...proof];
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && fr === root1 && sr === root2;
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}
