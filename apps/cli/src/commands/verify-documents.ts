import type { DocumentStore, VerifyResult } from '@certflow/documents';
import type { EventStore } from '@certflow/event-store';

export interface DocumentReport {
  readonly referenced: number;
  readonly intact: number;
  /** Each document that is not intact, with the first event that referenced it. */
  readonly problems: readonly { readonly sha256: string; readonly result: Exclude<VerifyResult, 'intact'>; readonly streamId: string; readonly streamVersion: number }[];
}

const PAGE = 1000;
const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Every document reference anywhere in an event's data: an object with a 64-hex `sha256` and a
 * `sizeBytes`. Found by shape rather than by event type, so an event type added later, or an
 * old shape kept by an upcaster, is checked without anyone remembering to list it here.
 */
export function documentHashes(data: unknown, found: string[] = []): string[] {
  if (Array.isArray(data)) {
    for (const item of data) documentHashes(item, found);
  } else if (data !== null && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    if (typeof record.sha256 === 'string' && SHA256.test(record.sha256) && typeof record.sizeBytes === 'number') found.push(record.sha256);
    for (const value of Object.values(record)) documentHashes(value, found);
  }
  return found;
}

/** Reads the whole log and checks that every document it references is stored and unchanged. */
export async function verifyDocuments(events: EventStore, documents: DocumentStore): Promise<DocumentReport> {
  const firstSeen = new Map<string, { streamId: string; streamVersion: number }>();
  for (let after = 0; ; ) {
    const page = await events.readAll({ after, limit: PAGE });
    for (const event of page) {
      for (const sha256 of documentHashes(event.data)) {
        if (!firstSeen.has(sha256)) firstSeen.set(sha256, { streamId: event.streamId, streamVersion: event.streamVersion });
      }
    }
    if (page.length < PAGE) break;
    after = page.at(-1)!.globalPosition;
  }
  const problems: DocumentReport['problems'][number][] = [];
  for (const [sha256, where] of firstSeen) {
    const result = await documents.verify(sha256);
    if (result !== 'intact') problems.push({ sha256, result, ...where });
  }
  return { referenced: firstSeen.size, intact: firstSeen.size - problems.length, problems };
}
