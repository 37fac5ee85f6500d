import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { checkAttachedDocuments, type StoredDocumentFacts } from '@certflow/domain';
import { FilesystemDocumentStore, minimalPdf } from '@certflow/documents';
import { DocumentFacts } from './document-facts.js';

const attached = (sha256: string, sizeBytes: number) => [
  {
    field: 'application.materials[0]',
    article: '第九条',
    zh: '申报材料',
    en: 'application material',
    ref: { name: 'a.pdf', sha256, sizeBytes, mediaType: 'application/pdf', location: '/x' },
  },
];

describe('document facts remembered between commands (Art. 9 materials)', () => {
  let folder: string;
  let store: FilesystemDocumentStore;
  let reads: number;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'certflow-document-facts-'));
    store = new FilesystemDocumentStore(join(folder, 'documents'));
    reads = 0;
    const stat = store.stat.bind(store);
    store.stat = (sha256) => {
      reads += 1;
      return stat(sha256);
    };
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const put = async (text: string) => store.put(Readable.from([minimalPdf(text)]), { 'application/pdf': 1 << 20 });
  const upload = (sha256: string, uploader: { role: string; platformId?: string; county?: string }) =>
    // Another process on the same folder, as an API replica would record it.
    new FilesystemDocumentStore(join(folder, 'documents')).recordUpload(sha256, { actorId: 'someone', name: 'a.pdf', at: new Date().toISOString(), ...uploader });
  const checker = (sha256: string, sizeBytes: number, platformId: string) => (facts: ReadonlyMap<string, StoredDocumentFacts | undefined>) =>
    checkAttachedDocuments(attached(sha256, sizeBytes) as never, facts, { platformId, county: '360702' });

  it('reads a document once, then answers from memory', async () => {
    const stored = await put('once');
    await upload(stored.sha256, { role: 'applicant', platformId: 'p1' });
    const facts = new DocumentFacts(store);
    reads = 0;
    await facts.check([stored.sha256], checker(stored.sha256, stored.sizeBytes, 'p1'));
    await facts.check([stored.sha256], checker(stored.sha256, stored.sizeBytes, 'p1'));
    expect(reads).toBe(1);
  });

  it('sees an upload recorded since it remembered the document: a refusal is checked again on fresh facts', async () => {
    const stored = await put('shared');
    await upload(stored.sha256, { role: 'applicant', platformId: 'p1' });
    const facts = new DocumentFacts(store);
    await facts.check([stored.sha256], checker(stored.sha256, stored.sizeBytes, 'p1'));
    await expect(facts.check([stored.sha256], checker(stored.sha256, stored.sizeBytes, 'p2'))).rejects.toMatchObject({ code: 'document.not-attachable' });
    await upload(stored.sha256, { role: 'applicant', platformId: 'p2' });
    await expect(facts.check([stored.sha256], checker(stored.sha256, stored.sizeBytes, 'p2'))).resolves.toBeUndefined();
  });

  it('never remembers an absent document, and a refusal on facts read fresh stands', async () => {
    const facts = new DocumentFacts(store);
    const sha256 = 'c'.repeat(64);
    await expect(facts.check([sha256], checker(sha256, 10, 'p1'))).rejects.toMatchObject({ code: 'document.not-found' });
    await expect(facts.check([sha256], checker(sha256, 10, 'p1'))).rejects.toMatchObject({ code: 'document.not-found' });
    expect(reads).toBe(2);
  });
});
