import { canonicalBody, chainHash } from './canonical-json.js';
import type { RecordedEvent } from './envelope.js';

export interface ChainBreak {
  readonly streamId: string;
  readonly streamVersion: number;
  readonly problem: 'hash-mismatch' | 'version-gap' | 'head-mismatch';
  readonly detail: string;
}

export interface ChainReport {
  readonly streams: number;
  readonly events: number;
  /** Events whose business time came from a simulated clock (metadata `businessTimeSimulated`). */
  readonly simulated: number;
  readonly breaks: readonly ChainBreak[];
}

export interface StreamHead {
  readonly version: number;
  readonly hash: string;
}

/**
 * Recomputes every hash from the stored rows (before upcasting: the hash covers what was
 * written). Rows must come ordered by stream, then version. A changed event breaks its own
 * hash only, because the next event is checked against the stored hash before it; a changed
 * hash column breaks the next event; a removed last event breaks the stream head.
 */
/** Events between progress reports: often enough for a bar, rare enough to cost nothing. */
const PROGRESS_EVERY = 1000;

export async function verifyChains(
  rows: AsyncIterable<RecordedEvent>,
  heads: ReadonlyMap<string, StreamHead>,
  onProgress?: (events: number) => void,
): Promise<ChainReport> {
  const breaks: ChainBreak[] = [];
  const seen = new Set<string>();
  let events = 0;
  let simulated = 0;
  let streamId: string | undefined;
  let previousHash = '';
  let previousVersion = 0;
  const closeStream = () => {
    if (streamId === undefined) return;
    const head = heads.get(streamId);
    if (!head || head.version !== previousVersion || head.hash !== previousHash) {
      breaks.push({
        streamId,
        streamVersion: previousVersion,
        problem: 'head-mismatch',
        detail: `stream head says version ${head?.version ?? 'none'}, the events end at ${previousVersion}`,
      });
    }
  };
  for await (const row of rows) {
    if (row.streamId !== streamId) {
      closeStream();
      streamId = row.streamId;
      seen.add(streamId);
      previousHash = '';
      previousVersion = 0;
    }
    events += 1;
    if (row.metadata.businessTimeSimulated === true) simulated += 1;
    if (row.streamVersion !== previousVersion + 1) {
      breaks.push({
        streamId,
        streamVersion: row.streamVersion,
        problem: 'version-gap',
        detail: `version ${row.streamVersion} follows ${previousVersion}`,
      });
    }
    const expected = chainHash(previousHash, row.streamVersion, row.recordedAt, canonicalBody({ ...row }));
    if (expected !== row.hash) {
      breaks.push({
        streamId,
        streamVersion: row.streamVersion,
        problem: 'hash-mismatch',
        detail: `stored hash ${row.hash} but the event hashes to ${expected}`,
      });
    }
    previousHash = row.hash;
    previousVersion = row.streamVersion;
    if (onProgress && events % PROGRESS_EVERY === 0) onProgress(events);
  }
  closeStream();
  onProgress?.(events);
  for (const [id, head] of heads) {
    if (!seen.has(id) && head.version > 0) {
      breaks.push({ streamId: id, streamVersion: head.version, problem: 'head-mismatch', detail: 'stream head without events' });
    }
  }
  return { streams: seen.size, events, simulated, breaks };
}
