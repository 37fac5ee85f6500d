/** One leaf of the log's Merkle tree: which event it sealed, and the leaf hash it had then. */
export interface LogLeaf {
  readonly index: number;
  readonly globalPosition: number;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly leafHash: string;
}

/** The event that holds a leaf's global position today, if any. */
export interface LeafEvent {
  readonly streamId: string;
  readonly streamVersion: number;
  readonly hash: string;
}

export interface LeafCheck {
  readonly leaf: LogLeaf;
  readonly event: LeafEvent | undefined;
}

/** A tree head signed by the deployment's log key (RFC 9162 4.10 in spirit): size, root, time, signature. */
export interface SignedTreeHead {
  readonly treeSize: number;
  readonly rootHash: string;
  readonly timestamp: string;
  readonly algorithm: 'Ed25519';
  /** SHA-256 of the public key (SPKI, DER), hex: which key to check the signature with. */
  readonly keyId: string;
  readonly signature: string;
}

/**
 * The Merkle tree over the whole log, kept by each store beside its events. Leaves are added by
 * `seal`, outside the append transaction: appends stay as cheap as before, and an event is in
 * the tree within one sealing round (the log sealer runs on every append batch and on a timer).
 */
export interface TransparencyLog {
  /** Adds a leaf for each committed event not yet sealed, in the order subscribers read the log; at most `limit`. */
  seal(limit?: number): Promise<{ readonly added: number; readonly size: number }>;
  size(): Promise<number>;
  leaves(from: number, limit: number): Promise<LogLeaf[]>;
  leafOf(eventId: string): Promise<LogLeaf | undefined>;
  /** Leaves from `from` in order, each with the event at its global position today. */
  checkLeaves(from: number, limit: number): Promise<LeafCheck[]>;
  /** Events not in the tree (yet). */
  unsealed(): Promise<number>;
  saveHead(head: SignedTreeHead): Promise<void>;
  /** Every signed head, smallest tree first. */
  heads(): Promise<SignedTreeHead[]>;
}

export const SEAL_BATCH = 5000;

/** The first `size` leaf hashes, in order (proofs are computed over them); undefined when some are missing. */
export async function leafHashes(log: TransparencyLog, size: number): Promise<string[] | undefined> {
  const hashes: string[] = [];
  while (hashes.length < size) {
    const page = await log.leaves(hashes.length, Math.min(SEAL_BATCH, size - hashes.length));
    if (page.length === 0 || page.some((leaf, i) => leaf.index !== hashes.length + i)) return undefined;
    for (const leaf of page) hashes.push(leaf.leafHash);
  }
  return hashes;
}
