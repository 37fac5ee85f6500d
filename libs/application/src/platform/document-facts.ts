import type { StoredDocumentFacts } from '@certflow/domain';
import { DocumentStoreUnavailableError, type DocumentStore } from '@certflow/documents';
import { LRUCache } from 'lru-cache';

/**
 * What the document store says of the documents a command attaches, remembered between
 * commands. Remembering is safe because the facts only grow: an object, once stored, is never
 * removed or changed (it is named by its hash), and uploads are only ever added. So a fact
 * remembered can at worst lack an upload recorded since, which could only turn an acceptance
 * into a refusal, never the reverse: `check` therefore retries a refusal on fresh facts before
 * it stands. Found documents only: an absent one is asked again every time.
 */
export class DocumentFacts {
  private readonly known: LRUCache<string, StoredDocumentFacts>;

  constructor(
    private readonly store: DocumentStore | null,
    capacity = 10_000,
  ) {
    this.known = new LRUCache({ max: capacity });
  }

  /** Runs `check` on the facts, from memory where it can; a refusal is re-checked on fresh facts. */
  async check(hashes: readonly string[], check: (facts: ReadonlyMap<string, StoredDocumentFacts | undefined>) => void): Promise<void> {
    const unique = [...new Set(hashes)];
    const fromMemory = unique.some((sha256) => this.known.has(sha256));
    try {
      check(await this.load(unique, true));
    } catch (error) {
      if (!fromMemory) throw error;
      check(await this.load(unique, false));
    }
  }

  private async load(hashes: readonly string[], fromMemory: boolean): Promise<ReadonlyMap<string, StoredDocumentFacts | undefined>> {
    const store = this.store;
    if (!store) throw new DocumentStoreUnavailableError();
    const facts = await Promise.all(
      hashes.map(async (sha256): Promise<StoredDocumentFacts | undefined> => {
        const known = fromMemory ? this.known.get(sha256) : undefined;
        if (known) return known;
        const stored = await store.stat(sha256);
        if (!stored) return undefined;
        const uploads = await store.uploads(sha256);
        const fresh: StoredDocumentFacts = {
          sizeBytes: stored.sizeBytes,
          mediaType: stored.mediaType,
          uploaders: uploads.map(({ role, county, platformId }) => ({ role: role as StoredDocumentFacts['uploaders'][number]['role'], county, platformId })),
        };
        this.known.set(sha256, fresh);
        return fresh;
      }),
    );
    return new Map(hashes.map((sha256, index) => [sha256, facts[index]]));
  }
}
