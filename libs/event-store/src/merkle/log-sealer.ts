import { CertflowError } from '@certflow/errors';
import type { TransparencyLog, SignedTreeHead } from './transparency-log.js';
import { TreeBuilder } from './rfc9162.js';
import type { TreeHeadSigner } from './tree-head.js';

export interface HeadPolicy {
  /** Sign a head once this many events were sealed since the last one. */
  readonly everyEvents: number;
  /** ... or once this long passed since the last one and anything new was sealed. */
  readonly everyMs: number;
}

export const DEFAULT_HEAD_POLICY: HeadPolicy = { everyEvents: 1000, everyMs: 5 * 60_000 };

const PAGE = 10_000;

/**
 * Seals new events into the log's tree and signs a tree head when one is due. The root is
 * computed from the stored leaves, remembering the right edge of the tree between rounds, so a
 * round costs the new leaves only.
 */
export class LogSealer {
  private builder = new TreeBuilder();
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly log: TransparencyLog,
    private readonly signer: TreeHeadSigner,
    private readonly policy: HeadPolicy = DEFAULT_HEAD_POLICY,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Seals everything committed so far; signs a head when the policy says so, or always with `forceHead`. */
  seal(options: { forceHead?: boolean } = {}): Promise<{ size: number; head: SignedTreeHead | undefined }> {
    const round = this.running.then(() => this.round(options.forceHead ?? false));
    this.running = round.catch(() => undefined);
    return round;
  }

  private async round(forceHead: boolean): Promise<{ size: number; head: SignedTreeHead | undefined }> {
    let size = 0;
    for (;;) {
      const sealed = await this.log.seal();
      size = sealed.size;
      if (sealed.added === 0) break;
    }
    const latest = (await this.log.heads()).at(-1);
    const now = this.clock();
    const due =
      size > 0 &&
      size !== latest?.treeSize &&
      (forceHead || !latest || size - latest.treeSize >= this.policy.everyEvents || now.getTime() - Date.parse(latest.timestamp) >= this.policy.everyMs);
    if (!due) return { size, head: undefined };
    const head = this.signer.sign(size, await this.rootAt(size), now.toISOString());
    await this.log.saveHead(head);
    return { size, head };
  }

  private async rootAt(size: number): Promise<string> {
    if (this.builder.size > size) this.builder = new TreeBuilder();
    while (this.builder.size < size) {
      const leaves = await this.log.leaves(this.builder.size, Math.min(PAGE, size - this.builder.size));
      const expected = this.builder.size;
      if (leaves.length === 0 || leaves.some((leaf, i) => leaf.index !== expected + i)) {
        // Leaves went missing (tampering, or a restore): sign nothing; the next round starts from the first leaf.
        this.builder = new TreeBuilder();
        throw new CertflowError('event-store.log-broken', {
          zh: `事件日志的默克尔树在第 ${expected} 片叶子处不连续，不签署树头`,
          en: `the log's Merkle tree leaves are not contiguous at leaf ${expected}; no tree head is signed`,
        });
      }
      for (const leaf of leaves) this.builder.push(leaf.leafHash);
    }
    return this.builder.root();
  }
}
