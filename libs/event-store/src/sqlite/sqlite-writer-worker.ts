// The program of SqliteWriterThread: the store's write connection, on a thread of its own, running
// the same batch writer as the inline store (one module, imported by both, so the two cannot drift).
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';
import type { ChainAlgorithm } from '../canonical-json.js';
import { sqliteBatchWriter, type WriteAppend, type WriteOutcome } from './sqlite-writer.js';

export interface WriterThreadData {
  /** better-sqlite3 as the parent resolved it (Jest on Node 26 maps it to a build for that ABI). */
  readonly driver: string;
  readonly filename: string;
  readonly chainAlgorithm: ChainAlgorithm;
}

export type WriterRequest = 'close' | { readonly id: number; readonly batch: readonly WriteAppend[]; readonly now: string };

export type WriterReply =
  | { readonly id: number; readonly outcomes: WriteOutcome[] }
  | { readonly id: number; readonly failed: { readonly message: string; readonly code?: string } };

const data = workerData as WriterThreadData;
const port = parentPort!;
const Database = createRequire(import.meta.url)(data.driver) as typeof BetterSqlite3;
const db = new Database(data.filename);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');
const write = sqliteBatchWriter(db, data.chainAlgorithm);

port.on('message', (message: WriterRequest) => {
  if (message === 'close') {
    db.close();
    port.close();
    return;
  }
  let reply: WriterReply;
  try {
    reply = { id: message.id, outcomes: write(message.batch, message.now) };
  } catch (error) {
    const { message: text, code } = (error ?? {}) as { message?: unknown; code?: unknown };
    reply = { id: message.id, failed: { message: String(text ?? error), ...(typeof code === 'string' ? { code } : {}) } };
  }
  port.postMessage(reply);
});
