import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteEventStore, sqliteFile } from '@certflow/event-store';
import type { ChildResult } from './rebuild-child.js';
import { writeCertificationLog } from './rebuild-log.js';
import { benchSetting, type BenchSetting } from './settings.js';

/**
 * Rebuild events/s for each read-model store, against a raw bulk write of the same final
 * documents into the same store, measured in the same run. The log is a certification history
 * written through the real deciders into SQLite (once per size); each rebuild runs with the
 * real projections in a child process of its own, so its peak RSS is its own.
 */
export interface RebuildBenchOptions {
  readonly json: boolean;
  readonly log: (line: string) => void;
  /** Event counts; BENCH_REBUILD_SIZES (comma separated) or 100k, 300k and 1M. */
  readonly sizes?: readonly number[];
  /** BENCH_REBUILD_STORES (comma separated) or memory and mongodb. */
  readonly stores?: readonly ('memory' | 'mongodb')[];
}

interface ResultLine {
  readonly bench: 'rebuild';
  readonly store: 'memory' | 'mongodb';
  readonly events: number;
  readonly eps: number;
  readonly raw_eps: number;
  readonly vs_raw: number;
  readonly peak_rss_mb: number;
  /** At the RSS peak: the JavaScript heap in use, and memory outside it (driver buffers). */
  readonly peak_heap_mb: number;
  readonly peak_external_mb: number;
  /** Reading the log alone, and the rebuild against it: what is left above the floor. */
  readonly read_eps: number;
  readonly vs_read: number;
  readonly passes: number;
  readonly documents: number;
  readonly rebuild_s: number;
  readonly raw_s: number;
  readonly server?: string;
}

/**
 * Heap limit of a MongoDB rebuild child (the rebuild's memory must not grow with the log), and
 * the share of it the rebuild may fill with documents. glibc keeps one malloc arena per thread
 * by default, which holds on to freed BSON buffers; two arenas keep the RSS near the heap.
 */
const MONGODB_HEAP_MB = 288;
const MONGODB_BUDGET_MB = 128;
/** The memory store holds every document, so it gets what the machine has. */
const MEMORY_HEAP_MB = 12_288;

export async function rebuildBench(options: RebuildBenchOptions): Promise<void> {
  const sizes = options.sizes ?? listFromEnv('BENCH_REBUILD_SIZES', (s) => Number(s.replace(/_/g, ''))) ?? [100_000, 300_000, 1_000_000];
  const stores = options.stores ?? listFromEnv('BENCH_REBUILD_STORES', (s) => s as 'memory' | 'mongodb') ?? ['memory', 'mongodb'];
  const mongoUrl = stores.includes('mongodb') ? mongodbUrl() : undefined;
  for (const size of sizes) {
    const folder = mkdtempSync(join(tmpdir(), 'certflow-bench-rebuild-'));
    try {
      const filename = sqliteFile(folder);
      const generated = performance.now();
      const eventStore = new SqliteEventStore({ filename });
      const log = await writeCertificationLog(eventStore, { events: size });
      await eventStore.close();
      if (!options.json) {
        options.log(
          `log: ${log.events.toLocaleString('en-US')} events, ${log.platforms.toLocaleString('en-US')} platforms, ${log.years} years, written in ${seconds(performance.now() - generated)} s`,
        );
      }
      for (const store of stores) {
        const args = ['--store', store, '--log', filename];
        if (store === 'mongodb') args.push('--url', mongoUrl!, '--database', `certflow_bench_rebuild_${randomBytes(4).toString('hex')}`, '--budget', String(MONGODB_BUDGET_MB));
        const result = await runChild(args, store === 'mongodb' ? MONGODB_HEAP_MB : MEMORY_HEAP_MB);
        const eps = result.events / (result.rebuildMs / 1000);
        const rawEps = result.events / (result.rawMs / 1000);
        const readEps = result.events / (result.readMs / 1000);
        const line: ResultLine = {
          bench: 'rebuild',
          store,
          events: result.events,
          eps: Math.round(eps),
          raw_eps: Math.round(rawEps),
          vs_raw: Math.round((eps / rawEps) * 1000) / 1000,
          peak_rss_mb: Math.round(result.peakRssMb),
          peak_heap_mb: Math.round(result.atPeak.heapMb),
          peak_external_mb: Math.round(result.atPeak.externalMb),
          read_eps: Math.round(readEps),
          vs_read: Math.round((eps / readEps) * 1000) / 1000,
          passes: result.passes,
          documents: result.documents,
          rebuild_s: seconds(result.rebuildMs),
          raw_s: seconds(result.rawMs),
          ...(result.server ? { server: result.server } : {}),
        };
        options.log(options.json ? JSON.stringify(line) : human(line));
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
}

function human(line: ResultLine): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return (
    `rebuild ${line.store.padEnd(7)} ${n(line.events).padStart(9)} events: ${n(line.eps)} events/s in ${line.rebuild_s} s ` +
    `(${line.passes} pass${line.passes === 1 ? '' : 'es'}), raw write of the ${n(line.documents)} documents ${line.raw_s} s (${n(line.raw_eps)} events/s), ` +
    `${line.vs_raw}x raw, ${line.vs_read}x reading the log alone (${n(line.read_eps)} events/s), peak RSS ${line.peak_rss_mb} MB (heap ${line.peak_heap_mb} MB, outside ${line.peak_external_mb} MB)${line.server ? `, ${line.server}` : ''}`
  );
}

function runChild(args: string[], heapMb: number): Promise<ChildResult> {
  const here = fileURLToPath(import.meta.url);
  const source = here.endsWith('.ts');
  const script = join(dirname(here), `rebuild-child.${source ? 'ts' : 'js'}`);
  const node = [`--max-old-space-size=${heapMb}`, ...(source ? ['--import', 'tsx'] : []), script, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, node, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, MALLOC_ARENA_MAX: '2' } });
    let out = '';
    child.stdout.on('data', (chunk) => (out += String(chunk)));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const last = out.trim().split('\n').at(-1);
      if (code === 0 && last) resolve(JSON.parse(last) as ChildResult);
      else reject(new Error(`rebuild bench child (${args.slice(0, 2).join(' ')}) ended with ${signal ?? `code ${code}`}`));
    });
  });
}

function mongodbUrl(): string {
  // settings.ts reads any variable of deploy/local/.state/services.env; its type names the one the other benches need.
  return benchSetting('MONGODB_URL' as BenchSetting);
}

function listFromEnv<T>(name: string, parse: (item: string) => T): T[] | undefined {
  const value = process.env[name];
  if (!value) return undefined;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map(parse);
}

function seconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}
