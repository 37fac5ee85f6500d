import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { CertflowError } from '@certflow/errors';
import { DocumentTooLargeError, UnsupportedDocumentTypeError } from './errors.js';
import type { DocumentMediaType, SizeLimits, StoredDocument } from './port.js';

const PDF = Buffer.from('%PDF-');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OFD_ENTRY = Buffer.from('OFD.xml');
/** A local file header is 30 bytes before its name; the name we look for is 7 more. */
const HEADER_AND_NAME = 30 + OFD_ENTRY.length;
const SNIFF_BYTES = 8;

/** The type the first bytes promise; a ZIP is only an OFD once its root OFD.xml entry is seen. */
export function sniff(head: Buffer): DocumentMediaType | 'zip' | undefined {
  if (head.subarray(0, PDF.length).equals(PDF)) return 'application/pdf';
  if (head.subarray(0, PNG.length).equals(PNG)) return 'image/png';
  if (head.subarray(0, JPEG.length).equals(JPEG)) return 'image/jpeg';
  if (head.subarray(0, ZIP_LOCAL_HEADER.length).equals(ZIP_LOCAL_HEADER)) return 'zip';
  return undefined;
}

/** Finds a ZIP local file header naming exactly `OFD.xml` (GB/T 33190's entry document at the root). */
function hasOfdEntry(bytes: Buffer): boolean {
  for (let at = bytes.indexOf(ZIP_LOCAL_HEADER); at !== -1 && at + HEADER_AND_NAME <= bytes.length; at = bytes.indexOf(ZIP_LOCAL_HEADER, at + 1)) {
    const nameLength = bytes.readUInt16LE(at + 26);
    if (nameLength === OFD_ENTRY.length && bytes.subarray(at + 30, at + HEADER_AND_NAME).equals(OFD_ENTRY)) return true;
  }
  return false;
}

/**
 * Passes the bytes through while hashing and counting them, and fails the stream as soon as
 * they cannot be an accepted document: an unknown type at the first bytes, a size over the
 * type's limit at the byte that crosses it, a ZIP without OFD.xml at the end.
 */
export class DocumentInspector extends Transform {
  private readonly hash: Hash = createHash('sha256');
  private size = 0;
  private head = Buffer.alloc(0);
  private type: DocumentMediaType | 'zip' | undefined;
  private ofdSeen = false;
  /** The end of the previous chunk, so a ZIP header split across two chunks is still found. */
  private carry = Buffer.alloc(0);
  private result: StoredDocument | undefined;

  constructor(private readonly limits: SizeLimits) {
    super();
  }

  get document(): StoredDocument {
    if (!this.result) throw new CertflowError('internal', { zh: '文件尚未读完', en: 'the document has not been read to its end' });
    return this.result;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.type === undefined && this.head.length < SNIFF_BYTES) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, SNIFF_BYTES - this.head.length)]);
      if (this.head.length >= SNIFF_BYTES) {
        this.type = sniff(this.head);
        if (this.type === undefined) return done(new UnsupportedDocumentTypeError());
      }
    }
    // Scanned before the type is known too: the first chunk may be shorter than the sniffed head.
    if ((this.type === undefined || this.type === 'zip') && !this.ofdSeen) {
      const window = Buffer.concat([this.carry, chunk]);
      this.ofdSeen = hasOfdEntry(window);
      this.carry = window.subarray(Math.max(0, window.length - HEADER_AND_NAME + 1));
    }
    const error = this.overLimit();
    if (error) return done(error);
    this.hash.update(chunk);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.type === undefined) this.type = sniff(this.head);
    const mediaType: DocumentMediaType | undefined = this.type === 'zip' ? (this.ofdSeen ? 'application/ofd' : undefined) : this.type;
    if (mediaType === undefined) return done(new UnsupportedDocumentTypeError());
    this.type = mediaType;
    const error = this.overLimit();
    if (error) return done(error);
    this.result = { sha256: this.hash.digest('hex'), sizeBytes: this.size, mediaType };
    done();
  }

  private overLimit(): Error | undefined {
    if (this.type === undefined) return undefined;
    // A ZIP is judged against the OFD limit while it streams: it can only be accepted as one.
    const type: DocumentMediaType = this.type === 'zip' ? 'application/ofd' : this.type;
    const limit = this.limits[type];
    if (limit === undefined) return new UnsupportedDocumentTypeError();
    return this.size > limit ? new DocumentTooLargeError(type, limit) : undefined;
  }
}
