import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '@certflow/application';
import { SqliteEventStore, sqliteFile } from '@certflow/event-store';
import { createLogger } from '@certflow/observability';
import { ALL_PROJECTIONS, MemoryReadModelStore, Projector } from '@certflow/read-models';
import { writeCertificationLog } from '../../../../test/bench/rebuild-log.js';
import { Scheduler } from '../scheduler/index.js';
import { StartUpSnapshots, codeFingerprint, keepStartUpSnapshots } from './start-up-snapshot.js';

/**
 * The snapshot beside a real SQLite log: taken, it loads back as it was; it is ignored (and the
 * server rebuilds from the log) when it is damaged, written by other code, or not a prefix of
 * the log it is given: ahead of it (a log restored from an older backup) or of another log.
 */
describe('start-up snapshot files (issue 15)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'certflow-snapshot-int-'));
  const file = join(folder, 'read-models.snapshot');
  const lines: string[] = [];
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(line) } });
  let store: SqliteEventStore;
  let readModels: MemoryReadModelStore;
  let scheduler: Scheduler;
  let projector: Projector;
  const snapshots = () => new StartUpSnapshots({ file, log: { file: sqliteFile(folder) }, logger, code: 'test-code' });
  const ignored = () => lines.filter((line) => line.includes('snapshot ignored')).map((line) => JSON.parse(line).reason as string);

  beforeAll(async () => {
    store = new SqliteEventStore({ filename: sqliteFile(folder) });
    await writeCertificationLog(store, { events: 400, platforms: 20 });
    readModels = new MemoryReadModelStore(store);
    projector = new Projector(store, readModels, ALL_PROJECTIONS);
    await projector.start();
    scheduler = new Scheduler({ store, clock: new ManualClock('2027-01-01T00:00:00.000Z'), execute: () => Promise.reject(new Error('not here')), issue: false, logger });
    await scheduler.start();
    expect(snapshots().take(readModels, scheduler, 'now')).toBe(await store.headPosition());
  }, 120_000);

  afterAll(async () => {
    await scheduler?.stop();
    await projector?.stop();
    await store?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('loads back the documents, checkpoints and schedule it was taken of, at the log head', async () => {
    const image = (await snapshots().load(true))!;
    expect(image).toBeDefined();
    expect(image.scheduler.position).toBe(await store.headPosition());
    expect(image.scheduler.state).toEqual(scheduler.image().state);
    expect(image.readModels.checkpoints).toEqual(readModels.image().checkpoints);
    expect(image.readModels.collections).toEqual(readModels.image().collections);
    expect(image.scheduler.state.platforms.size).toBe(20);
  });

  it('removes the temporary files a process that ended while writing left behind, and keeps the snapshot', async () => {
    const stale = `${file}.4242-1.tmp`;
    writeFileSync(stale, 'half a snapshot');
    await expect(snapshots().load(true)).resolves.toBeDefined();
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(file)).toBe(true);
  });

  it('is ignored when written by another version of the code or of the other form of store', async () => {
    const other = new StartUpSnapshots({ file, log: { file: sqliteFile(folder) }, logger, code: 'other-code' });
    await expect(other.load(true)).resolves.toBeUndefined();
    await expect(snapshots().load(false)).resolves.toBeUndefined();
    expect(ignored()).toEqual(['written by another version of certflow', 'taken of the other form of the memory store']);
    // The code's own fingerprint is a SHA-256 of the files that derive the documents and the schedule.
    expect(codeFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is ignored when damaged (a byte changed, or cut short)', async () => {
    const whole = readFileSync(file);
    try {
      const changed = Buffer.from(whole);
      changed[changed.length - 200]! ^= 0xff;
      writeFileSync(file, changed);
      await expect(snapshots().load(true)).resolves.toBeUndefined();
      writeFileSync(file, whole.subarray(0, whole.length - 100));
      await expect(snapshots().load(true)).resolves.toBeUndefined();
      expect(ignored().slice(-2).every((reason) => reason.startsWith('damaged'))).toBe(true);
    } finally {
      writeFileSync(file, whole);
    }
    await expect(snapshots().load(true)).resolves.toBeDefined();
  });

  it('is ignored when ahead of the log it is given (a log restored from a backup older than the snapshot)', async () => {
    const older = join(folder, 'older');
    rmSync(older, { recursive: true, force: true });
    const small = new SqliteEventStore({ filename: sqliteFile(older) });
    // The same kind of history, shorter: it has no event at the snapshot's highest position.
    await writeCertificationLog(small, { events: 100, platforms: 5 });
    await small.close();
    const against = new StartUpSnapshots({ file, log: { file: sqliteFile(older) }, logger, code: 'test-code' });
    await expect(against.load(true)).resolves.toBeUndefined();
    expect(ignored().at(-1)).toMatch(/^ahead of the log/);
  });

  it('is ignored when taken of another log as long as this one (another event at its highest position)', async () => {
    const another = join(folder, 'another');
    const other = new SqliteEventStore({ filename: sqliteFile(another) });
    await writeCertificationLog(other, { events: 400, platforms: 20 });
    await other.close();
    expect(existsSync(sqliteFile(another))).toBe(true);
    const copy = join(folder, 'copy.snapshot');
    copyFileSync(file, copy);
    const against = new StartUpSnapshots({ file: copy, log: { file: sqliteFile(another) }, logger, code: 'test-code' });
    await expect(against.load(true)).resolves.toBeUndefined();
    expect(ignored().at(-1)).toMatch(/^(of another log|ahead of the log)/);
  });

  it('is taken on a timer once enough events came, flushed off the event loop, and once more when stopped', async () => {
    const kept = join(folder, 'kept.snapshot');
    const own = new StartUpSnapshots({ file: kept, log: { file: sqliteFile(folder) }, logger, code: 'test-code' });
    const keeper = keepStartUpSnapshots({ snapshots: own, readModels, scheduler, logger, everyMs: 20, minEvents: 1 });
    for (let waited = 0; !existsSync(kept) && waited < 5_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await own.load(true))?.scheduler.position).toBe(await store.headPosition());
    rmSync(kept);
    await keeper.stop();
    // The one at shutdown is written whole before stop returns (the process may end right after).
    expect((await own.load(true))?.scheduler.position).toBe(await store.headPosition());
  });
});
