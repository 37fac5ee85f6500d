import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '@certflow/application';
import { copyStore, PostgresEventStore, SqliteEventStore, sqliteFile } from '@certflow/event-store';
import { createLogger } from '@certflow/observability';
import { ALL_PROJECTIONS, MemoryReadModelStore, Projector } from '@certflow/read-models';
import { createTestDatabase, usePostgresStore } from '@certflow/testing';
import { writeCertificationLog } from '../../../../test/bench/rebuild-log.js';
import { Scheduler } from '../scheduler/index.js';
import { StartUpSnapshots, keepStartUpSnapshots } from './start-up-snapshot.js';

const clock = () => new ManualClock('2027-01-01T00:00:00.000Z');
const refuse = () => Promise.reject(new Error('not here'));

/**
 * The snapshot on PostgreSQL, whose positions are taken before commit and so commit out of
 * order: the read models' checkpoints and the schedule keep their cursors with the transaction
 * id, and a server resumed from a snapshot taken in the middle of concurrent appends ends where
 * one that read the whole log ends, with nothing applied twice and nothing skipped.
 */
describe('start-up snapshots on PostgreSQL (issue 15)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'certflow-snapshot-pg-'));
  const file = join(folder, 'read-models.snapshot');
  const lines: string[] = [];
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(line) } });
  const postgres = usePostgresStore();
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  // Stopped again after each test, passed or failed: a projector left running after a failure
  // retries against the closed store and floods the log with its refusals.
  const running: { stop(): Promise<void> }[] = [];
  const started = <T extends { stop(): Promise<void> }>(runner: T): T => {
    running.push(runner);
    return runner;
  };
  const stopRunning = async () => {
    for (const runner of running.splice(0).reverse()) await runner.stop().catch(() => undefined);
  };
  afterEach(stopRunning);

  it('taken while appends commit out of order, resumes to the same documents and schedule as a whole read of the log', async () => {
    const { store } = postgres;
    const readModels = new MemoryReadModelStore(store);
    const projector = started(new Projector(store, readModels, ALL_PROJECTIONS));
    await projector.start();
    const scheduler = started(new Scheduler({ store, clock: clock(), execute: refuse, issue: false, logger }));
    void scheduler.start();
    const snapshots = new StartUpSnapshots({ file, log: { store }, logger, code: 'test-code' });
    // 256 appends in flight at a time: positions commit out of order.
    const writing = writeCertificationLog(store, { events: 3_000, platforms: 120 });
    let written: number | undefined;
    for (let waited = 0; written === undefined && waited < 60_000; waited += 5) {
      await snapshots.followAnchor(readModels, scheduler);
      // Once the schedule has taken in events: a snapshot from before carries no cursor to check.
      if (scheduler.image().transactionId !== undefined) written = snapshots.take(readModels, scheduler, 'now');
      if (written === undefined) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await writing;
    const head = await store.headPosition();
    expect(written).toBeGreaterThan(0);
    // Taken in the middle of the log, or the test proves nothing.
    expect(written).toBeLessThan(head);
    const image = (await snapshots.load(true))!;
    expect(image).toBeDefined();
    expect(image.scheduler.transactionId).toMatch(/^\d+$/);
    expect([...image.readModels.checkpoints.values()].every((checkpoint) => checkpoint.cursor.transactionId !== undefined)).toBe(true);

    await projector.waitFor(head, 60_000);
    await scheduler.settled();
    await projector.stop();
    await scheduler.stop();

    const resumedModels = new MemoryReadModelStore(store);
    expect(resumedModels.restore(image.readModels)).toBe(true);
    const resumedProjector = started(new Projector(store, resumedModels, ALL_PROJECTIONS));
    await resumedProjector.start();
    const resumed = started(new Scheduler({ store, clock: clock(), execute: refuse, issue: false, logger, resume: image.scheduler }));
    void resumed.start();
    await resumedProjector.waitFor(head, 60_000);
    await resumed.settled();
    try {
      expect(resumed.image().state).toEqual(scheduler.image().state);
      expect(resumedModels.image().collections).toEqual(readModels.image().collections);
      expect(resumed.image().state.platforms.size).toBe(120);
    } finally {
      await resumedProjector.stop();
      await resumed.stop();
    }
  }, 180_000);

  it('at shutdown records the anchor looked up ahead, and a snapshot of another database is ignored', async () => {
    const { store } = postgres;
    const readModels = new MemoryReadModelStore(store);
    const projector = started(new Projector(store, readModels, ALL_PROJECTIONS));
    await projector.start();
    const scheduler = started(new Scheduler({ store, clock: clock(), execute: refuse, issue: false, logger }));
    void scheduler.start();
    await projector.waitFor(await store.headPosition(), 60_000);
    await scheduler.settled();
    const kept = join(folder, 'kept.snapshot');
    const own = new StartUpSnapshots({ file: kept, log: { store }, logger, code: 'test-code' });
    const keeper = keepStartUpSnapshots({ snapshots: own, readModels, scheduler, logger, followMs: 10 });
    const head = await store.headPosition();
    for (let waited = 0; own.anchorOf(readModels, scheduler)?.position !== head && waited < 10_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    await keeper.stop();
    expect(existsSync(kept)).toBe(true);
    expect((await own.load(true))?.scheduler.position).toBe(head);
    // This cluster hands out ids past every cursor the snapshot holds; one whose counter starts
    // lower (a logical restore into a new cluster) would have later writes sort before them.
    const here = new StartUpSnapshots({ file: kept, log: { store }, logger, code: 'test-code' });
    await expect(here.load(true)).resolves.toBeDefined();
    // Events come after the anchor was looked up: the snapshot records how far it covers, and the
    // log must reach that far too.
    await store.append('after-anchor', [{ type: 'Unrelated.Event', data: {} }, { type: 'Unrelated.Event', data: {} }]);
    const further = await store.headPosition();
    await projector.waitFor(further, 60_000);
    const covering = join(folder, 'covering.snapshot');
    const late = new StartUpSnapshots({ file: covering, log: { store }, logger, code: 'test-code' });
    await late.followAnchor(readModels, scheduler);
    await store.append('after-anchor', [{ type: 'Unrelated.Event', data: {} }]);
    await projector.waitFor(further + 1, 60_000);
    expect(late.take(readModels, scheduler, 'now')).toBe(further);
    const header = () => JSON.parse(readFileSync(covering, 'utf8').split('\n', 1)[0]!) as { anchor: { position: number }; covered?: number };
    expect(header()).toMatchObject({ anchor: { position: further }, covered: further + 1 });
    await expect(late.load(true)).resolves.toBeDefined();
    const whole = readFileSync(covering, 'utf8');
    writeFileSync(covering, whole.replace(`"covered":${further + 1}`, `"covered":${further + 1000}`));
    await expect(late.load(true)).resolves.toBeUndefined();
    expect(lines.filter((line) => line.includes('snapshot ignored')).map((line) => JSON.parse(line).reason as string).at(-1)).toBe(`ahead of the log: the log holds no event at position ${further + 1000}`);
    const restored = new StartUpSnapshots({ file: kept, log: { store: { readAll: (options) => store.readAll(options), nextTransactionId: async () => '3' } }, logger, code: 'test-code' });
    await expect(restored.load(true)).resolves.toBeUndefined();
    expect(lines.filter((line) => line.includes('snapshot ignored')).map((line) => JSON.parse(line).reason as string).at(-1)).toMatch(/^its cursors are past this database's transaction ids \(next 3\)/);
    await projector.stop();
    await scheduler.stop();

    const other = await createTestDatabase();
    const otherStore = await PostgresEventStore.open({ connectionString: other.url });
    try {
      await writeCertificationLog(otherStore, { events: 3_000, platforms: 120, firstYear: 2028 });
      const against = new StartUpSnapshots({ file: kept, log: { store: otherStore }, logger, code: 'test-code' });
      await expect(against.load(true)).resolves.toBeUndefined();
      expect(lines.filter((line) => line.includes('snapshot ignored')).map((line) => JSON.parse(line).reason as string).at(-1)).toMatch(/^(of another log|ahead of the log)/);
    } finally {
      await otherStore.close();
      await other.drop();
    }
  }, 180_000);

  it('taken of the SQLite log before `store copy --to postgres`, is ignored on the copy (its positions alone would read the log again over it), and a PostgreSQL one on SQLite', async () => {
    const embedded = join(folder, 'embedded');
    const sqlite = new SqliteEventStore({ filename: sqliteFile(embedded) });
    const readModels = new MemoryReadModelStore(sqlite);
    const projector = started(new Projector(sqlite, readModels, ALL_PROJECTIONS));
    const scheduler = started(new Scheduler({ store: sqlite, clock: clock(), execute: refuse, issue: false, logger }));
    const copyDatabase = await createTestDatabase();
    const copy = await PostgresEventStore.open({ connectionString: copyDatabase.url });
    try {
      await writeCertificationLog(sqlite, { events: 400, platforms: 20 });
      await projector.start();
      await scheduler.start();
      const embeddedSnapshot = join(folder, 'embedded.snapshot');
      const taken = new StartUpSnapshots({ file: embeddedSnapshot, log: { file: sqliteFile(embedded) }, logger, code: 'test-code' });
      expect(taken.take(readModels, scheduler, 'now')).toBe(await sqlite.headPosition());
      await projector.stop();
      await scheduler.stop();
      await copyStore(sqlite, copy, { sourceName: 'embedded' });
      // The anchor matches (the copy keeps positions and event ids), and still it is not used.
      const onCopy = new StartUpSnapshots({ file: embeddedSnapshot, log: { store: copy }, logger, code: 'test-code' });
      await expect(onCopy.load(true)).resolves.toBeUndefined();
      expect(lines.filter((line) => line.includes('snapshot ignored')).map((line) => JSON.parse(line).reason as string).at(-1)).toBe('taken of a log ordered by position alone (SQLite)');
      // The other way: the PostgreSQL snapshot of the first test, given a SQLite log.
      const onSqlite = new StartUpSnapshots({ file, log: { file: sqliteFile(embedded) }, logger, code: 'test-code' });
      await expect(onSqlite.load(true)).resolves.toBeUndefined();
      expect(lines.filter((line) => line.includes('snapshot ignored')).map((line) => JSON.parse(line).reason as string).at(-1)).toMatch(/^(taken of a log ordered by transaction id|ahead of the log|of another log)/);
    } finally {
      await stopRunning();
      await copy.close();
      await copyDatabase.drop();
      await sqlite.close();
    }
  }, 180_000);
});
