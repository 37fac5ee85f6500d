// The program of SqliteWriterThread: the store's write connection, on a thread of its own, running
// the same batch writer as the inline store (one module, imported by both, so the two cannot
// drift), and the store's other writes (checkpoints, the Merkle tree's seals and heads), so that
// no write on the event loop's connection waits for this thread's lock.
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';
import type { ChainAlgorithm } from '../canonical-json.js';
import type { SignedTreeHead } from '../merkle/transparency-log.js';
import { SqliteTransparencyLog } from './sqlite-transparency-log.js';
import { SAVE_CHECKPOINT, sqliteBatchWriter, type WriteAppend } from './sqlite-writer.js';

export interface WriterThreadData {
  /** better-sqlite3 as the parent resolved it (Jest on Node 26 maps it to a build for that ABI). */
  readonly driver: string;
  readonly filename: string;
  readonly chainAlgorithm: ChainAlgorithm;
}

export type WriterRequest =
  | 'close'
  | { readonly id: number; readonly kind: 'append'; readonly batch: readonly WriteAppend[]; readonly now: string }
  | { readonly id: number; readonly kind: 'checkpoint'; readonly name: string; readonly position: number; readonly updatedAt: string }
  | { readonly id: number; readonly kind: 'seal'; readonly limit: number | undefined }
  | { readonly id: number; readonly kind: 'head'; readonly head: SignedTreeHead };

export type WriterReply =
  | { readonly id: number; readonly result: unknown }
  | { readonly id: number; readonly failed: { readonly message: string; readonly code?: string } };

const data = workerData as WriterThreadData;
const port = parentPort!;
const Database = createRequire(import.meta.url)(data.driver) as typeof BetterSqlite3;
const db = new Database(data.filename);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');
const write = sqliteBatchWriter(db, data.chainAlgorithm);
const saveCheckpoint = db.prepare(SAVE_CHECKPOINT);
const log = new SqliteTransparencyLog(db);

// Each request runs to its end before the next message is taken: the SQLite calls are synchronous,
// and the log's promises are settled by the time they are returned.
port.on('message', async (message: WriterRequest) => {
  if (message === 'close') {
    db.close();
    port.close();
    return;
  }
  let reply: WriterReply;
  try {
    reply = { id: message.id, result: await perform(message) };
  } catch (error) {
    const { message: text, code } = (error ?? {}) as { message?: unknown; code?: unknown };
    reply = { id: message.id, failed: { message: String(text ?? error), ...(typeof code === 'string' ? { code } : {}) } };
  }
  port.postMessage(reply);
});

function perform(message: Exclude<WriterRequest, 'close'>): unknown {
  switch (message.kind) {
    case 'append':
      return write(message.batch, message.now);
    case 'checkpoint':
      saveCheckpoint.run(message.name, message.position, message.updatedAt);
      return undefined;
    case 'seal':
      return log.seal(message.limit);
    case 'head':
      return log.saveHead(message.head);
  }
}
