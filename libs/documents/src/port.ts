import type { Readable } from 'node:stream';

export const DOCUMENT_STORE = Symbol('DOCUMENT_STORE');

/** The media types certflow keeps: the formats Chinese bureaus exchange documents in. */
export const MEDIA_TYPES = ['application/pdf', 'application/ofd', 'image/jpeg', 'image/png'] as const;
export type DocumentMediaType = (typeof MEDIA_TYPES)[number];

/** What the store knows of a document: its content decides all three. */
export interface StoredDocument {
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly mediaType: DocumentMediaType;
}

/** Who uploaded a document, as the API authenticated them; a document may have many. */
export interface Upload {
  readonly actorId: string;
  readonly role: string;
  readonly county?: string;
  readonly platformId?: string;
  /** The file name the uploader gave, kept for the record only. */
  readonly name: string;
  /** Recorded time (ISO 8601). */
  readonly at: string;
}

/** Per media type, the largest document accepted; a type that is absent is refused. */
export type SizeLimits = Readonly<Partial<Record<DocumentMediaType, number>>>;

export type VerifyResult = 'intact' | 'missing' | 'altered';

/**
 * Content-addressed and immutable: a document is named by the SHA-256 of its bytes, written
 * once, and never changed or deleted through this port (the event log may reference it for
 * decades). A put that fails leaves nothing behind.
 */
export interface DocumentStore {
  /** Stores the bytes unless the same content is already there; refuses types and sizes outside `limits`. */
  put(content: Readable, limits: SizeLimits): Promise<StoredDocument>;
  get(sha256: string): Promise<{ readonly document: StoredDocument; readonly content: Readable } | undefined>;
  has(sha256: string): Promise<boolean>;
  stat(sha256: string): Promise<StoredDocument | undefined>;
  /** Reads the stored bytes again and compares their hash with the name they are kept under. */
  verify(sha256: string): Promise<VerifyResult>;
  recordUpload(sha256: string, upload: Upload): Promise<void>;
  uploads(sha256: string): Promise<readonly Upload[]>;
  close(): Promise<void>;
}

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;
