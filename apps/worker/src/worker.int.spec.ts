import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { SqliteEventStore, sqliteFile } from '@certflow/event-store';
import {
  ALL_PROJECTIONS,
  MongoReadModelStore,
  rebuild,
  type Projection,
  type ProjectionCheckpoint,
  type ReadModelDocument,
} from '@certflow/read-models';
import { appendTallyEvents, entries, tallies, TEST_PROJECTIONS } from '../../../libs/read-models/src/contract/test-projections.js';
import { createMongoTestDatabase, type MongoTestDatabase } from '../../../libs/read-models/src/contract/mongo-test-database.js';
import { writeCertificationLog } from '../../../test/bench/rebuild-log.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');

interface Started {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  output(): string;
}

function start(args: string[], env: NodeJS.ProcessEnv = {}): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function until(what: string, started: Started, condition: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (started.child.exitCode !== null) throw new Error(`the worker exited (${started.child.exitCode}) before ${what}:\n${started.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${started.output()}`);
    await sleep(25);
  }
}

async function kill(started: Started): Promise<void> {
  started.child.kill('SIGKILL');
  await started.exited;
}

/** Every document of every collection, by _id: what a reader could ever see. */
async function contents(store: MongoReadModelStore, projections: readonly Projection<ReadModelDocument>[]) {
  const out: Record<string, unknown[]> = {};
  for (const projection of projections) {
    out[projection.collection] = await store.db.collection(projection.collection).find({}).sort({ _id: 1 }).toArray();
  }
  return out;
}

async function checkpoints(store: MongoReadModelStore, projections: readonly Projection<ReadModelDocument>[]) {
  return Promise.all(projections.map((projection) => store.loadCheckpoint(projection.name))) as Promise<(ProjectionCheckpoint | undefined)[]>;
}

describe('the worker killed with SIGKILL in the middle of a rebuild', () => {
  const folder = mkdtempSync(join(tmpdir(), 'certflow-worker-kill-'));
  let killed: MongoTestDatabase;
  let clean: MongoTestDatabase;
  let observer: MongoReadModelStore;
  let reference: MongoReadModelStore;

  beforeAll(async () => {
    killed = await createMongoTestDatabase('certflow_worker_killed');
    clean = await createMongoTestDatabase('certflow_worker_clean');
    observer = await killed.open();
    reference = await clean.open();
  });
  afterAll(async () => {
    await observer?.close();
    await reference?.close();
    await killed?.drop();
    await clean?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('resumes twice from what it saved and ends with the documents of a clean rebuild (100,000 events)', async () => {
    const filename = join(folder, 'tally', 'events.sqlite');
    const events = new SqliteEventStore({ filename });
    await appendTallyEvents(events, 100_000, { streams: 4_000, close: true });
    const head = await events.headPosition();
    expect(head).toBe(100_000);
    // A small memory budget makes the rebuild stream one read model and build the other in slices.
    const args = [join(here, 'testing', 'projector-child.ts'), filename, killed.url, killed.database, '2'];

    const first = start(args);
    await until('the streamed read model to save a checkpoint midway', first, async () => {
      const [, entriesAt] = await checkpoints(observer, TEST_PROJECTIONS);
      return (entriesAt?.cursor.position ?? 0) > 20_000;
    });
    await kill(first);
    const [talliesAfterFirst, entriesAfterFirst] = await checkpoints(observer, TEST_PROJECTIONS);
    expect(entriesAfterFirst!.cursor.position).toBeLessThan(head);
    expect(talliesAfterFirst?.cursor.position ?? 0).toBeLessThan(head);

    const second = start(args);
    await until('the sliced read model to finish a slice', second, async () => {
      const [talliesAt] = await checkpoints(observer, TEST_PROJECTIONS);
      return (talliesAt?.rebuild?.done ?? 0) > 0;
    });
    await kill(second);
    const [talliesAfterSecond] = await checkpoints(observer, TEST_PROJECTIONS);
    expect(talliesAfterSecond!.rebuild!.done).toBeLessThan(1);

    const third = start(args);
    await until('the read models to reach the head', third, async () => {
      const all = await checkpoints(observer, TEST_PROJECTIONS);
      return all.every((checkpoint) => checkpoint && !checkpoint.rebuild && checkpoint.cursor.position === head);
    });
    await until('the worker to follow the log', third, async () => third.output().includes('ready'));
    // The worker follows new events too, and still agrees with a clean rebuild after them.
    await appendTallyEvents(events, 100, { streams: 10, prefix: 'after' });
    await until('the new events to be projected', third, async () => {
      const all = await checkpoints(observer, TEST_PROJECTIONS);
      return all.every((checkpoint) => checkpoint!.cursor.position === head + 100);
    });
    third.child.kill('SIGTERM');
    await third.exited;

    await rebuild(events, reference, TEST_PROJECTIONS);
    await events.close();
    const [rebuiltAfterKills, cleanRebuild] = await Promise.all([contents(observer, TEST_PROJECTIONS), contents(reference, TEST_PROJECTIONS)]);
    expect(rebuiltAfterKills[entries.collection]).toHaveLength(100_000 - 42 + 100);
    expect(rebuiltAfterKills[tallies.collection]!.length).toBeGreaterThan(3_900);
    expect(rebuiltAfterKills).toEqual(cleanRebuild);
  }, 240_000);

  it('does the same on the real platform events and read models (certflow worker, 15,000 events)', async () => {
    const dataDir = join(folder, 'platform');
    const events = new SqliteEventStore({ filename: sqliteFile(dataDir) });
    await writeCertificationLog(events, { events: 15_000 });
    const head = await events.headPosition();
    await observer.db.dropDatabase();
    await reference.db.dropDatabase();
    const env = {
      CERTFLOW_DATA_DIR: dataDir,
      CERTFLOW_EVENT_STORE: 'sqlite',
      CERTFLOW_READ_MODELS: 'mongodb',
      MONGODB_URL: killed.url,
      CERTFLOW_MONGODB_DATABASE: killed.database,
      CERTFLOW_REBUILD_MEMORY_MB: '12',
    };
    const worker = join(here, 'main.ts');

    const first = start([worker], env);
    await until('a read model to save a checkpoint midway', first, async () => {
      const all = await checkpoints(observer, ALL_PROJECTIONS);
      return all.some((checkpoint) => checkpoint && (checkpoint.rebuild || checkpoint.position > 2_000));
    });
    await kill(first);
    const saved = await checkpoints(observer, ALL_PROJECTIONS);
    expect(saved.some((checkpoint) => !checkpoint || checkpoint.rebuild || checkpoint.cursor.position < head)).toBe(true);

    const second = start([worker], env);
    // It says so once every read model is at the head, those caught up through FerretDB subscriptions too (slower than a rebuild).
    await until('the worker to report the read models up to date', second, async () => second.output().includes('read models up to date'), 240_000);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    const finished = await checkpoints(observer, ALL_PROJECTIONS);
    expect(ALL_PROJECTIONS.map((p, i) => [p.name, finished[i]?.cursor.position])).toEqual(ALL_PROJECTIONS.map((p) => [p.name, head]));

    await rebuild(events, reference, ALL_PROJECTIONS);
    await events.close();
    expect(await contents(observer, ALL_PROJECTIONS)).toEqual(await contents(reference, ALL_PROJECTIONS));
  }, 420_000);
});
