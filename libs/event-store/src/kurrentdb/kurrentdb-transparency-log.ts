import type { RecordedEvent } from '../envelope.js';
import { eventLeafHash } from '../merkle/rfc9162.js';
import { SEAL_BATCH, type LeafCheck, type LogLeaf, type SignedTreeHead, type TransparencyLog } from '../merkle/transparency-log.js';
import { leafOfData, LOG_HEADS_STREAM, LOG_LEAVES_STREAM, type LeafData } from './mapping.js';

/** What the transparency log needs of the KurrentDB adapter: its log reads and its bookkeeping streams. */
export interface KurrentLogAccess {
  readAfter(position: number, limit: number): Promise<RecordedEvent[]>;
  /** The certflow event at exactly this commit position, if one is there. */
  eventAt(position: number): Promise<RecordedEvent | undefined>;
  readEvent(eventId: string): Promise<RecordedEvent | undefined>;
  /** Data of a bookkeeping stream's events from a revision, in order. */
  readData(streamId: string, fromRevision: number, limit: number): Promise<unknown[]>;
  lastData(streamId: string): Promise<{ readonly revision: number; readonly data: unknown } | undefined>;
  /** Appends at exactly `expectedCount` events in the stream; false when another sealer got there first. */
  appendData(streamId: string, type: string, data: readonly unknown[], expectedCount: number): Promise<boolean>;
}

/**
 * The Merkle tree over the whole log, kept in two bookkeeping streams: one event per leaf
 * (revision = leaf index, so a second sealer racing this one is refused by the revision it
 * expected) and one per signed head. `$all` is in commit order, which is the tree's order.
 */
export class KurrentDbTransparencyLog implements TransparencyLog {
  constructor(private readonly access: KurrentLogAccess) {}

  async seal(limit = SEAL_BATCH): Promise<{ added: number; size: number }> {
    const last = await this.access.lastData(LOG_LEAVES_STREAM);
    const size = last ? last.revision + 1 : 0;
    const after = last ? leafOfData(last.data, last.revision).globalPosition : 0;
    const pending = await this.access.readAfter(after, limit);
    if (pending.length === 0) return { added: 0, size };
    const leaves: LeafData[] = pending.map((event) => ({
      globalPosition: event.globalPosition,
      eventId: event.eventId,
      streamId: event.streamId,
      streamVersion: event.streamVersion,
      leafHash: eventLeafHash(event),
    }));
    const appended = await this.access.appendData(LOG_LEAVES_STREAM, 'certflow.internal.log-leaf', leaves, size);
    return appended ? { added: leaves.length, size: size + leaves.length } : { added: 0, size: await this.size() };
  }

  async size(): Promise<number> {
    const last = await this.access.lastData(LOG_LEAVES_STREAM);
    return last ? last.revision + 1 : 0;
  }

  async leaves(from: number, limit: number): Promise<LogLeaf[]> {
    const data = await this.access.readData(LOG_LEAVES_STREAM, from, limit);
    return data.map((each, i) => leafOfData(each, from + i));
  }

  /** Leaves are in global position order: a binary search over revisions finds the event's one. */
  async leafOf(eventId: string): Promise<LogLeaf | undefined> {
    const event = await this.access.readEvent(eventId);
    if (!event) return undefined;
    let low = 0;
    let high = (await this.size()) - 1;
    while (low <= high) {
      const middle = Math.floor((low + high) / 2);
      const [leaf] = await this.leaves(middle, 1);
      if (!leaf) return undefined;
      if (leaf.globalPosition === event.globalPosition) return leaf;
      if (leaf.globalPosition < event.globalPosition) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  async checkLeaves(from: number, limit: number): Promise<LeafCheck[]> {
    const checks: LeafCheck[] = [];
    for (const leaf of await this.leaves(from, limit)) {
      const event = await this.access.eventAt(leaf.globalPosition);
      checks.push({ leaf, event: event ? { streamId: event.streamId, streamVersion: event.streamVersion, hash: event.hash } : undefined });
    }
    return checks;
  }

  async unsealed(): Promise<number> {
    const last = await this.access.lastData(LOG_LEAVES_STREAM);
    let after = last ? leafOfData(last.data, last.revision).globalPosition : 0;
    let count = 0;
    for (;;) {
      const page = await this.access.readAfter(after, SEAL_BATCH);
      if (page.length === 0) return count;
      count += page.length;
      after = page.at(-1)!.globalPosition;
    }
  }

  async saveHead(head: SignedTreeHead): Promise<void> {
    const heads = await this.heads();
    if (heads.some((kept) => kept.treeSize === head.treeSize)) return;
    await this.access.appendData(LOG_HEADS_STREAM, 'certflow.internal.tree-head-signed', [head], heads.length);
  }

  async heads(): Promise<SignedTreeHead[]> {
    const all: SignedTreeHead[] = [];
    for (;;) {
      const page = (await this.access.readData(LOG_HEADS_STREAM, all.length, SEAL_BATCH)) as SignedTreeHead[];
      all.push(...page);
      if (page.length < SEAL_BATCH) break;
    }
    return all.sort((a, b) => a.treeSize - b.treeSize);
  }
}
