import { mkdtempSync, rmSync } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentStoreContract } from '../contract/document-store.contract.js';
import { FilesystemDocumentStore } from './filesystem-document-store.js';

documentStoreContract('filesystem', async () => {
  const root = mkdtempSync(join(tmpdir(), 'certflow-documents-'));
  const store = new FilesystemDocumentStore(root);
  return {
    store,
    async objectCount() {
      const folders = await readdir(join(root, 'objects')).catch(() => [] as string[]);
      const files = await Promise.all(folders.map((folder) => readdir(join(root, 'objects', folder))));
      // Leftovers of a failed put in incoming/ would count too: nothing may stay behind.
      const incoming = await readdir(join(root, 'incoming')).catch(() => [] as string[]);
      return files.flat().filter((name) => /^[0-9a-f]{64}$/.test(name)).length + incoming.length;
    },
    async flipByte(sha256, at) {
      const handle = await open(store.pathOf(sha256), 'r+');
      const byte = Buffer.alloc(1);
      await handle.read(byte, 0, 1, at);
      byte[0] = byte[0]! ^ 0xff;
      await handle.write(byte, 0, 1, at);
      await handle.close();
    },
    async close() {
      await store.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
});
