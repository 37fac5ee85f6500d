import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { FilesystemDocumentStore, minimalPdf } from '@certflow/documents';
import { openEventStore, type EventStore } from '@certflow/event-store';
import { documentHashes, verifyDocuments } from './verify-documents.js';

describe('audit verify --documents', () => {
  let folder: string;
  let events: EventStore;
  let documents: FilesystemDocumentStore;
  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'certflow-verify-documents-'));
    events = await openEventStore({ store: 'sqlite', dataDir: folder });
    documents = new FilesystemDocumentStore(join(folder, 'documents'));
  });
  afterEach(async () => {
    await events.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const put = (text: string) => documents.put(Readable.from([minimalPdf(text)]), { 'application/pdf': 1 << 20 });
  const ref = (stored: { sha256: string; sizeBytes: number }) => ({ name: 'a.pdf', sha256: stored.sha256, sizeBytes: stored.sizeBytes, mediaType: 'application/pdf', location: '/x' });

  it('finds references wherever the event data holds them, by shape', () => {
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    expect(documentHashes({ application: { materials: [{ sha256: a, sizeBytes: 1 }] }, recommendationForm: { sha256: b, sizeBytes: 2 }, other: { sha256: 'short', sizeBytes: 1 } })).toEqual([a, b]);
  });

  it('reports intact, missing and altered documents, each with the event that first referenced it', async () => {
    const intact = await put('intact');
    const altered = await put('altered');
    const missing = { sha256: 'c'.repeat(64), sizeBytes: 10 };
    await events.append('platform-p1', [{ type: 'ApplicationSubmitted', data: { application: { materials: [ref(intact), ref(altered)] } } }]);
    await events.append('platform-p2', [{ type: 'AnnualSummarySubmitted', data: { summary: ref(missing) } }, { type: 'X', data: { again: ref(intact) } }]);
    expect((await verifyDocuments(events, documents)).problems).toEqual([{ sha256: missing.sha256, result: 'missing', streamId: 'platform-p2', streamVersion: 1 }]);

    const handle = await open(documents.pathOf(altered.sha256), 'r+');
    await handle.write(Buffer.from('X'), 0, 1, 30);
    await handle.close();
    const report = await verifyDocuments(events, documents);
    expect(report).toEqual({
      referenced: 3,
      intact: 1,
      problems: [
        { sha256: altered.sha256, result: 'altered', streamId: 'platform-p1', streamVersion: 1 },
        { sha256: missing.sha256, result: 'missing', streamId: 'platform-p2', streamVersion: 1 },
      ],
    });
  });
});
