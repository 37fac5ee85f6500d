import { describe, expect, it, beforeEach, afterEach } from '@jest/globals';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { DocumentTooLargeError, UnsupportedDocumentTypeError } from '../errors.js';
import type { DocumentStore, SizeLimits, Upload } from '../port.js';
import { minimalOfd, minimalPdf, minimalPng, zip } from '../samples.js';

export interface ContractSubject {
  readonly store: DocumentStore;
  /** How many documents the backing storage holds, counted behind the port's back. */
  objectCount(): Promise<number>;
  /** Overwrites one byte of a stored document behind the port's back. */
  flipByte(sha256: string, at: number): Promise<void>;
  close(): Promise<void>;
}

export const LIMITS: SizeLimits = {
  'application/pdf': 64 * 1024,
  'application/ofd': 64 * 1024,
  'image/jpeg': 64 * 1024,
  'image/png': 1024,
};

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const streamOf = (bytes: Buffer, chunk = 7) => Readable.from((function* () {
  for (let at = 0; at < bytes.length; at += chunk) yield bytes.subarray(at, at + chunk);
})());

/** One suite for every adapter: the port's promises hold whatever stores the bytes. */
export function documentStoreContract(name: string, open: () => Promise<ContractSubject>): void {
  describe(`${name}: the document store contract`, () => {
    let subject: ContractSubject;
    beforeEach(async () => {
      subject = await open();
    });
    afterEach(async () => {
      await subject.close();
    });

    it('answers the hash, size and type of what it stored, and gives the same bytes back', async () => {
      const pdf = minimalPdf('Art. 10 application report');
      const stored = await subject.store.put(streamOf(pdf), LIMITS);
      expect(stored).toEqual({ sha256: sha256Of(pdf), sizeBytes: pdf.length, mediaType: 'application/pdf' });
      const found = await subject.store.get(stored.sha256);
      expect(found?.document).toEqual(stored);
      expect(await text(found!.content)).toBe(pdf.toString('latin1'));
      expect(await subject.store.has(stored.sha256)).toBe(true);
      expect(await subject.store.stat(stored.sha256)).toEqual(stored);
      expect(await subject.store.verify(stored.sha256)).toBe('intact');
    });

    it('stores the same content twice only once', async () => {
      const pdf = minimalPdf('same twice');
      const first = await subject.store.put(streamOf(pdf), LIMITS);
      const second = await subject.store.put(streamOf(pdf, 1000), LIMITS);
      expect(second).toEqual(first);
      expect(await subject.objectCount()).toBe(1);
    });

    it('knows nothing of an unknown hash', async () => {
      const unknown = sha256Of(Buffer.from('never stored'));
      expect(await subject.store.has(unknown)).toBe(false);
      expect(await subject.store.stat(unknown)).toBeUndefined();
      expect(await subject.store.get(unknown)).toBeUndefined();
      expect(await subject.store.verify(unknown)).toBe('missing');
      expect(await subject.store.has('../../etc/passwd')).toBe(false);
    });

    it('finds a byte changed in the stored object', async () => {
      const stored = await subject.store.put(streamOf(minimalPdf('to be damaged')), LIMITS);
      await subject.flipByte(stored.sha256, 20);
      expect(await subject.store.verify(stored.sha256)).toBe('altered');
    });

    it('tells the type by the bytes: PDF, OFD, JPEG, PNG', async () => {
      const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 1)]);
      const types = await Promise.all(
        [minimalPdf('p'), minimalOfd('o'), jpeg, minimalPng()].map(async (bytes) => (await subject.store.put(streamOf(bytes, 5), LIMITS)).mediaType),
      );
      expect(types).toEqual(['application/pdf', 'application/ofd', 'image/jpeg', 'image/png']);
    });

    it('refuses an executable, a ZIP that is no OFD and an empty file, and keeps nothing of them', async () => {
      const executable = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(500)]);
      const notOfd = zip({ 'word/document.xml': '<w/>', 'OFD.xml.bak': 'x' });
      for (const bytes of [executable, notOfd, Buffer.alloc(0)]) {
        await expect(subject.store.put(streamOf(bytes), LIMITS)).rejects.toBeInstanceOf(UnsupportedDocumentTypeError);
      }
      expect(await subject.objectCount()).toBe(0);
    });

    it('refuses a document one byte over its type limit and takes one at the limit', async () => {
      const png = minimalPng();
      const atLimit = Buffer.concat([png, Buffer.alloc(LIMITS['image/png']! - png.length)]);
      const over = Buffer.concat([atLimit, Buffer.alloc(1)]);
      await expect(subject.store.put(streamOf(over, 100), LIMITS)).rejects.toBeInstanceOf(DocumentTooLargeError);
      expect(await subject.objectCount()).toBe(0);
      expect((await subject.store.put(streamOf(atLimit, 100), LIMITS)).sizeBytes).toBe(LIMITS['image/png']);
    });

    it('refuses a type the limits leave out', async () => {
      await expect(subject.store.put(streamOf(minimalPng()), { 'application/pdf': 1000 })).rejects.toBeInstanceOf(UnsupportedDocumentTypeError);
    });

    it('keeps every upload of a document, in the order made', async () => {
      const stored = await subject.store.put(streamOf(minimalPdf('uploaded twice')), LIMITS);
      const first: Upload = { actorId: 'operator-1', role: 'applicant', platformId: 'gz-zg-0001', name: '申请报告.pdf', at: '2027-03-01T01:00:00.000Z' };
      const second: Upload = { actorId: 'county-clerk', role: 'county', county: '360702', name: 'a.pdf', at: '2027-03-02T01:00:00.000Z' };
      await subject.store.recordUpload(stored.sha256, first);
      await subject.store.recordUpload(stored.sha256, second);
      expect(await subject.store.uploads(stored.sha256)).toEqual([first, second]);
      expect(await subject.store.uploads(sha256Of(Buffer.from('none')))).toEqual([]);
    });
  });
}
