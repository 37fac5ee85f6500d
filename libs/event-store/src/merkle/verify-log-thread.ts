import { Worker } from 'node:worker_threads';
import { CertflowError } from '@certflow/errors';
import type { StoreSettings } from '../open.js';
import type { SignedTreeHead } from './transparency-log.js';
import { verifyLog, type LogReport } from './verify-log.js';

export interface ThreadedLogOptions {
  readonly publicKeyPem: string | undefined;
  readonly against?: readonly SignedTreeHead[];
  readonly onProgress?: (leaves: number) => void;
}

type FromWorker = { readonly kind: 'progress'; readonly leaves: number } | { readonly kind: 'report'; readonly report: LogReport } | { readonly kind: 'failed'; readonly message: string };

/**
 * `verifyLog` on a thread of its own, over a connection of its own to the same store, so that it
 * runs beside the hash-chain check on another core instead of after it (verify reads the log
 * twice: by stream for the chains, by position for the tree). Checks nothing less: it is the same
 * function. Where no thread can be started (a runtime that cannot load the worker, as Jest's module
 * sandbox), it runs here, on `local`, as before.
 */
export async function verifyLogBeside(settings: StoreSettings, local: Parameters<typeof verifyLog>[0], options: ThreadedLogOptions): Promise<LogReport> {
  const fromSource = import.meta.url.endsWith('.ts');
  const file = new URL(fromSource ? './verify-log-worker.ts' : './verify-log-worker.js', import.meta.url);
  // What opens the store, and nothing else: upcasters and keys do not cross threads, and the tree needs neither.
  const opening: StoreSettings = { store: settings.store, dataDir: settings.dataDir, databaseUrl: settings.databaseUrl, kurrentdbUrl: settings.kurrentdbUrl, ...(settings.chainHash ? { chainHash: settings.chainHash } : {}) };
  const workerData = { settings: opening, publicKeyPem: options.publicKeyPem, against: options.against ?? [] };
  let worker: Worker;
  try {
    // Run from the TypeScript sources (tests, tsx), the thread needs the loader registered first.
    worker = fromSource
      ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}); })`, { eval: true, workerData })
      : new Worker(file, { workerData });
  } catch {
    return verifyLog(local, options);
  }
  let started = false;
  const outcome = await new Promise<LogReport | 'unavailable'>((resolve, reject) => {
    worker.on('message', (message: FromWorker) => {
      started = true;
      if (message.kind === 'progress') options.onProgress?.(message.leaves);
      else if (message.kind === 'report') resolve(message.report);
      else reject(treeCheckFailed(message.message));
    });
    worker.on('error', (error) => (started ? reject(treeCheckFailed(error.message, error)) : resolve('unavailable')));
    worker.on('exit', (code) => (started ? reject(treeCheckFailed(`the thread ended (exit code ${code}) before its report`)) : resolve('unavailable')));
  }).finally(() => void worker.terminate());
  return outcome === 'unavailable' ? verifyLog(local, options) : outcome;
}

function treeCheckFailed(reason: string, cause?: unknown): CertflowError {
  return new CertflowError('audit.tree-check-failed', { zh: `默克尔树校验线程失败：${reason}`, en: `the Merkle tree check's thread failed: ${reason}` }, cause === undefined ? {} : { cause });
}
