import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SHA256_PATTERN, type DocumentStore, type SizeLimits, type StoredDocument, type Upload, type VerifyResult } from '../port.js';
import { stage, syncFolder } from '../staging.js';

/**
 * The embedded store: `objects/ab/abcd…` holds the bytes and `abcd….json` beside them the size
 * and type; `uploads/abcd…/` one small file per upload. Every file is written under a
 * temporary name, fsynced and renamed, so a crash leaves either nothing or the whole file.
 */
export class FilesystemDocumentStore implements DocumentStore {
  private readonly incoming: string;

  constructor(private readonly root: string) {
    this.incoming = join(root, 'incoming');
  }

  async put(content: Readable, limits: SizeLimits): Promise<StoredDocument> {
    const staged = await stage(this.incoming, content, limits);
    const { sha256 } = staged.document;
    const folder = this.folderOf(sha256);
    if (await this.has(sha256)) {
      await staged.discard();
      return staged.document;
    }
    await mkdir(folder, { recursive: true });
    // The description first: an object whose description is missing would read as absent.
    await this.writeDurably(folder, `${sha256}.json`, JSON.stringify({ sizeBytes: staged.document.sizeBytes, mediaType: staged.document.mediaType }));
    await rename(staged.path, join(folder, sha256));
    await syncFolder(folder);
    return staged.document;
  }

  async get(sha256: string) {
    const document = await this.stat(sha256);
    if (!document) return undefined;
    return { document, content: createReadStream(this.pathOf(sha256)) as Readable };
  }

  async has(sha256: string): Promise<boolean> {
    return (await this.stat(sha256)) !== undefined;
  }

  async stat(sha256: string): Promise<StoredDocument | undefined> {
    if (!SHA256_PATTERN.test(sha256)) return undefined;
    try {
      const [description, file] = await Promise.all([readFile(`${this.pathOf(sha256)}.json`, 'utf8'), stat(this.pathOf(sha256))]);
      const { mediaType } = JSON.parse(description) as Pick<StoredDocument, 'mediaType'>;
      return { sha256, sizeBytes: file.size, mediaType };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async verify(sha256: string): Promise<VerifyResult> {
    if (!(await this.has(sha256))) return 'missing';
    const hash = createHash('sha256');
    await pipeline(createReadStream(this.pathOf(sha256)), hash);
    return hash.digest('hex') === sha256 ? 'intact' : 'altered';
  }

  async recordUpload(sha256: string, upload: Upload): Promise<void> {
    const folder = join(this.root, 'uploads', sha256);
    await mkdir(folder, { recursive: true });
    await this.writeDurably(folder, `${upload.at.replace(/[:.]/g, '-')}-${randomUUID()}.json`, JSON.stringify(upload));
  }

  async uploads(sha256: string): Promise<readonly Upload[]> {
    if (!SHA256_PATTERN.test(sha256)) return [];
    const folder = join(this.root, 'uploads', sha256);
    const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    const files = names.filter((name) => name.endsWith('.json')).sort();
    return Promise.all(files.map(async (name) => JSON.parse(await readFile(join(folder, name), 'utf8')) as Upload));
  }

  async close(): Promise<void> {}

  /** Where a stored object lives; exposed so tests can damage one on purpose. */
  pathOf(sha256: string): string {
    return join(this.folderOf(sha256), sha256);
  }

  private folderOf(sha256: string): string {
    return join(this.root, 'objects', sha256.slice(0, 2));
  }

  private async writeDurably(folder: string, name: string, text: string): Promise<void> {
    const temporary = join(folder, `.${name}.${randomUUID()}.tmp`);
    try {
      await writeFile(temporary, text, { flush: true });
      await rename(temporary, join(folder, name));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    await syncFolder(folder);
  }
}
