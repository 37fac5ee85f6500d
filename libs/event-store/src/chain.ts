import { chainAlgorithmOf, chainHash, storedBody, type ChainAlgorithm } from './canonical-json.js';
import type { RecordedEvent } from './envelope.js';
import { checkDecisionSignature, type TrustedKeys } from './signing/decision-signature.js';

export interface ChainBreak {
  readonly streamId: string;
  readonly streamVersion: number;
  readonly problem: 'hash-mismatch' | 'version-gap' | 'head-mismatch' | 'signature-invalid' | 'signature-unknown-key';
  readonly detail: string;
}

export interface ChainReport {
  readonly streams: number;
  readonly events: number;
  /** Events whose business time came from a simulated clock (metadata `businessTimeSimulated`). */
  readonly simulated: number;
  readonly breaks: readonly ChainBreak[];
  /** Events per chain algorithm (a store that switched holds both). */
  readonly algorithms: Readonly<Partial<Record<ChainAlgorithm, number>>>;
  /** Decision signatures checked against the trusted keys, and decisions of a signed type that carry none (written before signing began). */
  readonly signatures: { readonly checked: number; readonly unsigned: number };
}

/** What verify checks signatures against: the trusted public keys and the event types that are signed. */
export interface SignatureOptions {
  readonly keys: TrustedKeys;
  readonly signedTypes: readonly string[];
}

export interface VerifyChainsOptions {
  readonly streamId?: string;
  readonly signatures?: SignatureOptions;
  /** Events checked so far, every thousand or so and at the end. */
  readonly onProgress?: (events: number) => void;
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
  rows: AsyncIterable<RecordedEvent> | Iterable<RecordedEvent>,
  heads: ReadonlyMap<string, StreamHead>,
  signatureOptions?: SignatureOptions,
  onProgress?: (events: number) => void,
): Promise<ChainReport> {
  const breaks: ChainBreak[] = [];
  const algorithms: Partial<Record<ChainAlgorithm, number>> = {};
  const signedTypes = new Set(signatureOptions?.signedTypes ?? []);
  const signatures = { checked: 0, unsigned: 0 };
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
  // A store that reads synchronously (SQLite) hands rows over without a promise per row.
  const check = (row: RecordedEvent) => {
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
    // Each link names its algorithm; an unknown tag is checked as SHA-256 and so reported as a mismatch.
    const algorithm = chainAlgorithmOf(row.hash) ?? 'sha256';
    algorithms[algorithm] = (algorithms[algorithm] ?? 0) + 1;
    const expected = chainHash(previousHash, row.streamVersion, row.recordedAt, storedBody(row), algorithm);
    if (expected !== row.hash) {
      breaks.push({
        streamId,
        streamVersion: row.streamVersion,
        problem: 'hash-mismatch',
        detail: `stored hash ${row.hash} but the event hashes to ${expected}`,
      });
    }
    if (signatureOptions) {
      const check = checkDecisionSignature(row, signatureOptions.keys);
      if (check === 'unsigned') {
        if (signedTypes.has(row.type)) signatures.unsigned += 1;
      } else {
        signatures.checked += 1;
        if (check !== 'valid') {
          breaks.push({
            streamId,
            streamVersion: row.streamVersion,
            problem: check === 'invalid' ? 'signature-invalid' : 'signature-unknown-key',
            detail:
              check === 'invalid'
                ? `the ${row.type} decision ${row.eventId} does not match its signature: it was changed after it was signed`
                : `the ${row.type} decision ${row.eventId} is signed by a key that is not trusted here`,
          });
        }
      }
    }
    previousHash = row.hash;
    previousVersion = row.streamVersion;
    if (onProgress && events % PROGRESS_EVERY === 0) onProgress(events);
  };
  if (Symbol.iterator in rows) for (const row of rows) check(row);
  else for await (const row of rows) check(row);
  closeStream();
  onProgress?.(events);
  for (const [id, head] of heads) {
    if (!seen.has(id) && head.version > 0) {
      breaks.push({ streamId: id, streamVersion: head.version, problem: 'head-mismatch', detail: 'stream head without events' });
    }
  }
  return { streams: seen.size, events, simulated, breaks, algorithms, signatures };
}
