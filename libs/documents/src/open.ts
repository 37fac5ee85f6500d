import { join } from 'node:path';
import { FilesystemDocumentStore } from './filesystem/filesystem-document-store.js';
import type { DocumentStore } from './port.js';

export type DocumentStoreSettings =
  | { readonly kind: 'filesystem'; readonly dataDir: string }
  | {
      readonly kind: 's3';
      readonly dataDir: string;
      readonly endpoint?: string;
      readonly region: string;
      readonly bucket: string;
      readonly accessKeyId?: string;
      readonly secretAccessKey?: string;
    };

export async function openDocumentStore(settings: DocumentStoreSettings): Promise<DocumentStore> {
  if (settings.kind === 'filesystem') return new FilesystemDocumentStore(join(settings.dataDir, 'documents'));
  const { S3DocumentStore } = await import('./s3/s3-document-store.js');
  return new S3DocumentStore({ ...settings, stagingFolder: join(settings.dataDir, 'documents-incoming') });
}
