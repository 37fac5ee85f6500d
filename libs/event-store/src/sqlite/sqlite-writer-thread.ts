import { CertflowError } from '@certflow/errors';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { chainHash, type ChainAlgorithm } from '../canonical-json.js';
import { sqliteBatchWriter, type WriteAppend, type WriteOutcome } from './sqlite-writer.js';

type Reply = { readonly id: number; readonly outcomes: WriteOutcome[] } | { readonly id: number; readonly failed: { readonly message: string; readonly code?: string } };

/**
 * The thread's program, built from the same functions the in-process writer runs (their source
 * text), so the two cannot drift; a compiler's helper they may carry is defined first. better-sqlite3 is loaded by its resolved path, because an
 * evaluated worker resolves modules from the working directory.
 */
const PROGRAM = `
// esbuild (tsx, in the test child processes) wraps functions it names in __name.
const __name = (target) => target;
const { parentPort, workerData } = require('node:worker_threads');
const { hash } = require('node:crypto');
const Database = require(workerData.driver);
const chainHash = ${chainHash.toString()};
const sqliteBatchWriter = ${sqliteBatchWriter.toString()};
const db = new Database(workerData.filename);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');
const write = sqliteBatchWriter(db, workerData.chainAlgorithm, chainHash);
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  let reply;
  try {
    reply = { id: message.id, outcomes: write(message.batch, message.now) };
  } catch (error) {
    reply = { id: message.id, failed: { message: String(error && error.message), code: error && typeof error.code === 'string' ? error.code : undefined } };
  }
  parentPort.postMessage(reply);
});
`;

/**
 * Owns the store's write connection on a thread of its own. better-sqlite3 is synchronous, so a
 * COMMIT with synchronous=FULL held the event loop for the whole fsync; here the loop goes on
 * serving requests (and gathering the next batch) while the thread commits. Nothing changes for
 * durability: an append is answered only after its COMMIT returned, and SQLite makes a WAL
 * commit visible to readers only after the fsync of synchronous=FULL.
 */
export class SqliteWriterThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (outcomes: WriteOutcome[]) => void; reject: (error: unknown) => void }>();
  private nextId = 0;
  /** Why the thread can write no more (it died or exited), once it cannot. */
  broken: CertflowError | undefined;
  private readonly exited: Promise<void>;

  constructor(filename: string, chainAlgorithm: ChainAlgorithm) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(PROGRAM, { eval: true, workerData: { driver, filename, chainAlgorithm } });
    // Idle, the thread must not keep a process alive that has nothing else to do.
    this.worker.unref();
    this.worker.on('message', (reply: Reply) => {
      const waiting = this.waiting.get(reply.id);
      if (!waiting) return;
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) this.worker.unref();
      if ('outcomes' in reply) waiting.resolve(reply.outcomes);
      else waiting.reject(writeFailed(reply.failed.message, reply.failed.code));
    });
    this.worker.on('error', (error) => this.fail(error));
    this.exited = new Promise((resolve) =>
      this.worker.once('exit', () => {
        this.fail(new CertflowError('event-store.closed', { zh: '事件存储写入线程已退出', en: "the event store's writer thread has exited" }));
        resolve();
      }),
    );
  }

  write(batch: readonly WriteAppend[], now: string): Promise<WriteOutcome[]> {
    if (this.broken !== undefined) return Promise.reject(this.broken);
    const id = (this.nextId += 1);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      // While an append is under way the thread holds the process open, as a pending fsync would.
      this.worker.ref();
      this.worker.postMessage({ id, batch, now });
    });
  }

  /** After every write was answered: closes the connection (a checkpoint of the WAL) and ends the thread. */
  async close(): Promise<void> {
    if (this.broken === undefined) this.worker.postMessage('close');
    this.worker.ref();
    await this.exited;
  }

  private fail(error: unknown): void {
    // A thread's own failure (an Error from another realm) reaches the appender as a catalogued one, never a bare 500.
    this.broken ??= error instanceof CertflowError ? error : writeFailed(error instanceof Error ? error.message : String(error), undefined);
    error = this.broken;
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }
}

function writeFailed(message: string, code: string | undefined): CertflowError {
  return new CertflowError('event-store.write-failed', {
    zh: `事件存储写入失败：${message}${code ? `（${code}）` : ''}`,
    en: `the event store could not write: ${message}${code ? ` (${code})` : ''}`,
  });
}
