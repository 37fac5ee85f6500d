// The thread of verifyLogBeside: opens the store read-only in practice (it only reads) and checks the log's tree.
import { parentPort, workerData } from 'node:worker_threads';
import { openEventStore, type StoreSettings } from '../open.js';
import type { SignedTreeHead } from './transparency-log.js';
import { verifyLog } from './verify-log.js';

const data = workerData as { settings: StoreSettings; publicKeyPem: string | undefined; against: SignedTreeHead[] };
const port = parentPort!;
port.postMessage({ kind: 'progress', leaves: 0 });
try {
  const store = await openEventStore(data.settings);
  try {
    const report = await verifyLog(store.log, { publicKeyPem: data.publicKeyPem, against: data.against, onProgress: (leaves) => port.postMessage({ kind: 'progress', leaves }) });
    port.postMessage({ kind: 'report', report });
  } finally {
    await store.close();
  }
} catch (error) {
  port.postMessage({ kind: 'failed', message: (error as Error).message ?? String(error) });
}
