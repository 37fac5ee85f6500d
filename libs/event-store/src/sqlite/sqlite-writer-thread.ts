import { CertflowError } from '@certflow/errors';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ChainAlgorithm } from '../canonical-json.js';
import type { SignedTreeHead } from '../merkle/transparency-log.js';
import type { WriteAppend, WriteOutcome } from './sqlite-writer.js';
import type { WriterReply, WriterRequest, WriterThreadData } from './sqlite-writer-worker.js';

/**
 * Owns the store's write connection on a thread of its own. better-sqlite3 is synchronous, so a
 * COMMIT with synchronous=FULL held the event loop for the whole fsync; here the loop goes on
 * serving requests (and gathering the next batch) while the thread commits. Nothing changes for
 * durability: an append is answered only after its COMMIT returned, and SQLite makes a WAL
 * commit visible to readers only after the fsync of synchronous=FULL.
 */
export class SqliteWriterThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (result: unknown) => void; reject: (error: unknown) => void }>();
  private nextId = 0;
  private readonly inFlight = new Set<Promise<unknown>>();
  /** Why the thread can write no more (it died or exited), once it cannot. */
  broken: CertflowError | undefined;
  private readonly exited: Promise<void>;

  constructor(filename: string, chainAlgorithm: ChainAlgorithm) {
    // The parent resolves better-sqlite3, so that a test runner's mapping (Node 26's build) reaches the thread too.
    const workerData: WriterThreadData = { driver: createRequire(import.meta.url).resolve('better-sqlite3'), filename, chainAlgorithm };
    // A module file, not function source text: code instrumented for coverage (or wrapped by a
    // compiler's helpers) still runs. From the TypeScript sources (Jest, tsx) the thread registers
    // the loader first; from dist it loads the compiled file.
    const fromSource = import.meta.url.endsWith('.ts');
    const program = new URL(fromSource ? './sqlite-writer-worker.ts' : './sqlite-writer-worker.js', import.meta.url);
    this.worker = fromSource
      ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(program.href)}); })`, { eval: true, workerData })
      : new Worker(program, { workerData });
    // Idle, the thread must not keep a process alive that has nothing else to do.
    this.worker.unref();
    this.worker.on('message', (reply: WriterReply) => {
      const waiting = this.waiting.get(reply.id);
      if (!waiting) return;
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) this.worker.unref();
      if ('result' in reply) waiting.resolve(reply.result);
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
    return this.request({ kind: 'append', batch, now }) as Promise<WriteOutcome[]>;
  }

  async saveCheckpoint(name: string, position: number, updatedAt: string): Promise<void> {
    await this.request({ kind: 'checkpoint', name, position, updatedAt });
  }

  seal(limit: number | undefined): Promise<{ added: number; size: number }> {
    return this.request({ kind: 'seal', limit }) as Promise<{ added: number; size: number }>;
  }

  async saveHead(head: SignedTreeHead): Promise<void> {
    await this.request({ kind: 'head', head });
  }

  private request(message: DistributiveOmit<Exclude<WriterRequest, 'close'>, 'id'>): Promise<unknown> {
    if (this.broken !== undefined) return Promise.reject(this.broken);
    const id = (this.nextId += 1);
    const answered = new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      // While a write is under way the thread holds the process open, as a pending fsync would.
      this.worker.ref();
      this.worker.postMessage({ ...message, id } as WriterRequest);
    });
    this.inFlight.add(answered);
    const settled = () => void this.inFlight.delete(answered);
    answered.then(settled, settled);
    return answered;
  }

  /** After every write was answered: closes the connection (a checkpoint of the WAL) and ends the thread. */
  async close(): Promise<void> {
    // A checkpoint or seal may still be on its way (appends are drained by the store before this).
    await Promise.allSettled(this.inFlight);
    if (this.broken === undefined) this.worker.postMessage('close' satisfies WriterRequest);
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

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
