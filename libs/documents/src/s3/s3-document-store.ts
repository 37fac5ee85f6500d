import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NotFound,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { CertflowError } from '@certflow/errors';
import { DocumentStoreUnavailableError } from '../errors.js';
import { MEDIA_TYPES, SHA256_PATTERN, type DocumentMediaType, type DocumentStore, type SizeLimits, type StoredDocument, type Upload, type VerifyResult } from '../port.js';
import { stage } from '../staging.js';

export interface S3DocumentStoreOptions {
  readonly endpoint?: string;
  readonly region: string;
  readonly bucket: string;
  readonly accessKeyId?: string;
  readonly secretAccessKey?: string;
  /** Where uploads are checked and hashed before they go to the bucket (a local folder). */
  readonly stagingFolder: string;
}

const DOCUMENTS = 'documents/';
const UPLOADS = 'uploads/';

/**
 * Objects `documents/<sha256>` hold the bytes (Content-Type the sniffed type) and
 * `uploads/<sha256>/<id>.json` one upload each. The bytes are staged locally first: the
 * name of an object is its hash, known only at the end, and S3 has no rename. The PutObject
 * then carries the SHA-256, so the server itself refuses bytes damaged on the way.
 */
export class S3DocumentStore implements DocumentStore {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(private readonly options: S3DocumentStoreOptions) {
    this.bucket = options.bucket;
    this.client = new S3Client({
      region: options.region,
      ...(options.endpoint ? { endpoint: options.endpoint, forcePathStyle: true } : {}),
      ...(options.accessKeyId && options.secretAccessKey
        ? { credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } }
        : {}),
      // A store that does not answer should fail the request, not hold it for minutes.
      maxAttempts: 2,
      // The puts name their SHA-256 themselves; the SDK's default CRC32 trailer (aws-chunked
      // bodies) is refused by some S3-compatible servers (versitygw answered 400 to it).
      requestChecksumCalculation: 'WHEN_REQUIRED',
    });
  }

  /** The SDK client, for tests and the benchmark's direct PutObject. */
  get s3(): S3Client {
    return this.client;
  }

  async put(content: Readable, limits: SizeLimits): Promise<StoredDocument> {
    const staged = await stage(this.options.stagingFolder, content, limits);
    try {
      const { document } = staged;
      if (await this.has(document.sha256)) return document;
      await this.call(() =>
        this.client.send(
          new PutObjectCommand({
            Bucket: this.bucket,
            Key: DOCUMENTS + document.sha256,
            Body: createReadStream(staged.path),
            ContentLength: document.sizeBytes,
            ContentType: document.mediaType,
            ChecksumSHA256: Buffer.from(document.sha256, 'hex').toString('base64'),
          }),
        ),
      );
      return document;
    } finally {
      await staged.discard();
    }
  }

  async get(sha256: string) {
    if (!SHA256_PATTERN.test(sha256)) return undefined;
    const answer = await this.call(() => this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: DOCUMENTS + sha256 })), true);
    if (!answer) return undefined;
    const document: StoredDocument = { sha256, sizeBytes: answer.ContentLength ?? 0, mediaType: mediaTypeOf(answer.ContentType) };
    return { document, content: answer.Body as Readable };
  }

  async has(sha256: string): Promise<boolean> {
    return (await this.stat(sha256)) !== undefined;
  }

  async stat(sha256: string): Promise<StoredDocument | undefined> {
    if (!SHA256_PATTERN.test(sha256)) return undefined;
    const answer = await this.call(() => this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: DOCUMENTS + sha256 })), true);
    if (!answer) return undefined;
    return { sha256, sizeBytes: answer.ContentLength ?? 0, mediaType: mediaTypeOf(answer.ContentType) };
  }

  async verify(sha256: string): Promise<VerifyResult> {
    const found = await this.get(sha256);
    if (!found) return 'missing';
    const hash = createHash('sha256');
    await pipeline(found.content, hash);
    return hash.digest('hex') === sha256 ? 'intact' : 'altered';
  }

  async recordUpload(sha256: string, upload: Upload): Promise<void> {
    const body = JSON.stringify(upload);
    await this.call(() =>
      this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: `${UPLOADS}${sha256}/${upload.at.replace(/[:.]/g, '-')}-${randomUUID()}.json`,
          Body: body,
          ContentType: 'application/json',
        }),
      ),
    );
  }

  async uploads(sha256: string): Promise<readonly Upload[]> {
    if (!SHA256_PATTERN.test(sha256)) return [];
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.call(() =>
        this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: `${UPLOADS}${sha256}/`, ContinuationToken: token })),
      );
      keys.push(...(page?.Contents ?? []).flatMap((object) => (object.Key ? [object.Key] : [])));
      token = page?.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return Promise.all(
      keys.sort().map(async (key) => {
        const answer = await this.call(() => this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key })));
        return JSON.parse(await answer!.Body!.transformToString('utf8')) as Upload;
      }),
    );
  }

  async close(): Promise<void> {
    this.client.destroy();
  }

  /** Absent answers undefined when `absentIsAnswer`; a store that does not answer is a 503. */
  private async call<T>(send: () => Promise<T>, absentIsAnswer = false): Promise<T | undefined> {
    try {
      return await send();
    } catch (error) {
      if (absentIsAnswer && (error instanceof NoSuchKey || error instanceof NotFound || statusOf(error) === 404)) return undefined;
      if (error instanceof S3ServiceException && statusOf(error) !== undefined && statusOf(error)! < 500) throw error;
      throw new DocumentStoreUnavailableError(error);
    }
  }
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}

function mediaTypeOf(contentType: string | undefined): DocumentMediaType {
  const found = MEDIA_TYPES.find((type) => type === contentType);
  if (!found) throw new CertflowError('internal', { zh: '存储的文件类型异常', en: `a stored document has the unexpected Content-Type ${String(contentType)}` });
  return found;
}

