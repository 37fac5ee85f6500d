import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DocumentInspector } from './inspect.js';
import type { SizeLimits, StoredDocument } from './port.js';

export interface Staged {
  readonly path: string;
  readonly document: StoredDocument;
  discard(): Promise<void>;
}

/**
 * Streams the content into a file of its own in `folder`, checking it on the way, and fsyncs
 * it: what is staged is whole and durable. A failure (a refused type, a size over the limit, a
 * client gone mid-upload) removes the file before it rethrows.
 */
export async function stage(folder: string, content: Readable, limits: SizeLimits): Promise<Staged> {
  await mkdir(folder, { recursive: true });
  const path = join(folder, `${randomUUID()}.part`);
  const discard = () => rm(path, { force: true });
  const inspector = new DocumentInspector(limits);
  // Created here, and only reopened by the write stream: a stream destroyed early (a type refused
  // at its first bytes) may open its file after the pipeline has failed, past the removal below,
  // which with 'wx' made the file anew and left a stray .part on a loaded server. Reopening a
  // removed file fails instead.
  await (await open(path, 'wx')).close();
  try {
    await pipeline(content, inspector, createWriteStream(path, { flags: 'r+' }));
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await discard();
    throw error;
  }
  return { path, document: inspector.document, discard };
}

/** A rename is durable only once the folder that holds the new name is synced too. */
export async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
