import { eventLeafHash, TreeBuilder } from './rfc9162.js';
import { verifyTreeHead } from './tree-head.js';
import type { SignedTreeHead, TransparencyLog } from './transparency-log.js';

export type LogProblem =
  | 'event-deleted'
  | 'event-replaced'
  | 'event-changed'
  | 'leaf-missing'
  | 'head-signature'
  | 'head-root-mismatch'
  | 'log-shorter-than-head';

export interface LogBreak {
  readonly problem: LogProblem;
  readonly leafIndex?: number;
  readonly streamId?: string;
  readonly streamVersion?: number;
  readonly detail: string;
}

export interface LogReport {
  /** Leaves in the tree. */
  readonly size: number;
  /** Events not sealed yet (appended since the last sealing round). */
  readonly unsealed: number;
  /** Signed heads checked: the store's own and those given (`--against`). */
  readonly headsChecked: number;
  readonly latestHead: SignedTreeHead | undefined;
  readonly breaks: readonly LogBreak[];
}

const PAGE = 5000;
const MISSING = '0'.repeat(64);

/**
 * Walks the tree's leaves in order, each beside the event that holds its position today:
 * an event sealed and since deleted, replaced or changed is named by stream and version. The
 * root is recomputed from today's events and compared with every signed head (the store's own
 * and those kept elsewhere, `against`), whose signatures are checked with `publicKeyPem`. A log
 * cut shorter than a head, or whose first N events no longer hash to the head's root, fails.
 * Memory stays bounded: one page of leaves and the tree's right edge.
 */
export async function verifyLog(
  log: TransparencyLog,
  options: { readonly publicKeyPem: string | undefined; readonly against?: readonly SignedTreeHead[]; readonly onProgress?: (leaves: number) => void },
): Promise<LogReport> {
  const breaks: LogBreak[] = [];
  const stored = await log.heads();
  const kept = (options.against ?? []).filter((head) => !stored.some((s) => s.treeSize === head.treeSize && s.signature === head.signature));
  const heads = [...stored, ...kept].sort((a, b) => a.treeSize - b.treeSize);
  for (const head of heads) {
    if (options.publicKeyPem === undefined) {
      breaks.push({ problem: 'head-signature', detail: `no public key of the log to check the tree head of size ${head.treeSize} with (the data folder has no log/tree-head-key.pem)` });
    } else if (!verifyTreeHead(head, options.publicKeyPem)) {
      breaks.push({ problem: 'head-signature', detail: `the tree head of size ${head.treeSize} signed at ${head.timestamp} does not carry a valid signature of this log's key` });
    }
  }
  const builder = new TreeBuilder();
  let nextHead = 0;
  const checkHeads = () => {
    while (nextHead < heads.length && heads[nextHead]!.treeSize === builder.size) {
      const head = heads[nextHead++]!;
      const root = builder.root();
      if (root !== head.rootHash) {
        breaks.push({
          problem: 'head-root-mismatch',
          detail: `the log's first ${head.treeSize} leaves, recomputed from the events as they stand today, hash to ${root}, not to the root ${head.rootHash} of the head signed at ${head.timestamp}: the log was rewritten, shortened or reordered since`,
        });
      }
    }
    while (nextHead < heads.length && heads[nextHead]!.treeSize < builder.size) nextHead += 1;
  };
  checkHeads();
  // The next page is asked for before this one is checked, so a server store reads while Node hashes.
  const ask = (from: number) => {
    const pending = log.checkLeaves(from, PAGE);
    pending.catch(() => undefined);
    return pending;
  };
  let next = ask(0);
  for (;;) {
    const page = await next;
    if (page.length === PAGE) next = ask(page.at(-1)!.leaf.index + 1);
    for (const { leaf, event } of page) {
      while (builder.size < leaf.index) {
        breaks.push({ problem: 'leaf-missing', leafIndex: builder.size, detail: `leaf ${builder.size} of the tree is gone` });
        builder.push(MISSING);
        checkHeads();
      }
      const where = { leafIndex: leaf.index, streamId: leaf.streamId, streamVersion: leaf.streamVersion };
      let hash = MISSING;
      if (!event) {
        breaks.push({ problem: 'event-deleted', ...where, detail: `${leaf.streamId} v${leaf.streamVersion} (position ${leaf.globalPosition}) was sealed into the log as leaf ${leaf.index} and is no longer there` });
      } else if (event.streamId !== leaf.streamId || event.streamVersion !== leaf.streamVersion) {
        breaks.push({
          problem: 'event-replaced',
          ...where,
          detail: `leaf ${leaf.index} sealed ${leaf.streamId} v${leaf.streamVersion} at position ${leaf.globalPosition}; that position now holds ${event.streamId} v${event.streamVersion}`,
        });
      } else {
        hash = eventLeafHash(event);
        if (hash !== leaf.leafHash) {
          breaks.push({ problem: 'event-changed', ...where, detail: `${leaf.streamId} v${leaf.streamVersion} hashes to another leaf than the one sealed: its chain hash was rewritten` });
        }
      }
      builder.push(hash);
      checkHeads();
    }
    options.onProgress?.(builder.size);
    if (page.length < PAGE) break;
  }
  for (const head of heads.slice(nextHead)) {
    breaks.push({
      problem: 'log-shorter-than-head',
      detail: `a tree head signed at ${head.timestamp} covers ${head.treeSize} events; the log's tree holds only ${builder.size}: events were deleted`,
    });
  }
  return { size: builder.size, unsealed: await log.unsealed(), headsChecked: heads.length, latestHead: stored.at(-1), breaks };
}
