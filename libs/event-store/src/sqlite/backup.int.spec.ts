import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { RecordedEvent } from '../envelope.js';
import { BackupRefusedError } from '../errors.js';
import { sqliteFile } from '../open.js';
import { backupSqliteStore, restoreSqliteStore } from './backup.js';
import { SqliteEventStore } from './sqlite-event-store.js';

const childScript = join(dirname(fileURLToPath(import.meta.url)), '..', 'contract', 'append-until-killed.ts');
const folders: string[] = [];

function folder(): string {
  const path = mkdtempSync(join(tmpdir(), 'certflow-backup-'));
  folders.push(path);
  return path;
}

afterEach(() => {
  for (const path of folders.splice(0)) rmSync(path, { recursive: true, force: true });
});

async function storeWithEvents(dataDir: string, count: number): Promise<SqliteEventStore> {
  const store = new SqliteEventStore({ filename: sqliteFile(dataDir) });
  await Promise.all(Array.from({ length: count }, (_, i) => store.append(`seed-${i % 7}`, [{ type: 'Seeded', data: { i } }])));
  return store;
}

function acknowledgedByChild(sideLog: string): { streamId: string; version: number; eventId: string }[] {
  if (!existsSync(sideLog)) return [];
  return readFileSync(sideLog, 'utf8')
    .split('\n')
    .filter((line) => line.endsWith(';'))
    .map((line) => {
      const [streamId, version, eventId] = line.slice(0, -1).split(' ');
      return { streamId: streamId!, version: Number(version), eventId: eventId! };
    });
}

async function wholeLog(store: SqliteEventStore): Promise<RecordedEvent[]> {
  const log: RecordedEvent[] = [];
  for (;;) {
    const page = await store.readAll({ after: log.at(-1)?.globalPosition ?? 0, limit: 10_000 });
    if (page.length === 0) return log;
    log.push(...page);
  }
}

const identity = (event: RecordedEvent) => `${event.globalPosition} ${event.streamId} ${event.streamVersion} ${event.eventId} ${event.hash}`;

describe('sqlite backup and restore', () => {
  it('backs up while this process and another append, and restores a verified prefix holding every event acknowledged before', async () => {
    const live = folder();
    const store = await storeWithEvents(live, 50);
    const sideLog = join(folder(), 'acknowledged.log');
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, sideLog, 'other', 'sqlite', sqliteFile(live)], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let childErrors = '';
    child.stderr.on('data', (chunk) => (childErrors += String(chunk)));
    const childExited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    let writing = true;
    const ownAcknowledged: { streamId: string; streamVersion: number; lastPosition: number }[] = [];
    try {
      const deadline = Date.now() + 60_000;
      while (acknowledgedByChild(sideLog).length < 200) {
        if (child.exitCode !== null) throw new Error(`the appending child exited: ${childErrors}`);
        if (Date.now() > deadline) throw new Error('the appending child wrote too little in 60 s');
        await sleep(20);
      }
      const writers = Array.from({ length: 4 }, async (_, w) => {
        for (let n = 0; writing; n += 1) {
          const result = await store.append(`own-${w}-${n % 5}`, [{ type: 'Own.Tick', data: { w, n } }]);
          ownAcknowledged.push(result);
        }
      });
      while (ownAcknowledged.length < 200) await sleep(5);

      const beforeOwn = [...ownAcknowledged];
      const beforeChild = acknowledgedByChild(sideLog);
      const backup = join(folder(), 'certflow.backup');
      const report = await backupSqliteStore(store, backup);
      const duringOwn = ownAcknowledged.length - beforeOwn.length;
      const duringChild = acknowledgedByChild(sideLog).length - beforeChild.length;

      writing = false;
      await Promise.all(writers);
      child.kill('SIGKILL');
      await childExited;

      expect(report.breaks).toEqual([]);
      expect(readdirSync(dirname(backup))).toEqual(['certflow.backup']);

      const restoredDir = folder();
      const { report: restoredReport } = await restoreSqliteStore(backup, restoredDir);
      expect(restoredReport).toEqual(report);
      const restored = new SqliteEventStore({ filename: sqliteFile(restoredDir) });
      try {
        expect((await restored.verifyChains()).breaks).toEqual([]);
        const restoredLog = await wholeLog(restored);
        const liveLog = await wholeLog(store);
        // A prefix of the live log, event for event, hash for hash.
        expect(restoredLog.map(identity)).toEqual(liveLog.slice(0, restoredLog.length).map(identity));
        const acknowledgedBefore = 50 + beforeOwn.length + beforeChild.length;
        expect(restoredLog.length).toBeGreaterThanOrEqual(acknowledgedBefore);
        expect(report.events).toBe(restoredLog.length);
        for (const own of beforeOwn) {
          expect((await restored.readStream(own.streamId, { fromVersion: own.streamVersion, toVersion: own.streamVersion }))[0]?.globalPosition).toBe(
            own.lastPosition,
          );
        }
        for (const other of beforeChild) {
          expect((await restored.readStream(other.streamId, { fromVersion: other.version, toVersion: other.version }))[0]?.eventId).toBe(
            other.eventId,
          );
        }
        // Both writers kept going while the copy was taken.
        expect(duringOwn + duringChild).toBeGreaterThan(0);
        await expect(restored.append('after-restore', [{ type: 'T', data: {} }])).resolves.toMatchObject({ streamVersion: 1 });
      } finally {
        await restored.close();
      }
    } finally {
      writing = false;
      if (child.exitCode === null) child.kill('SIGKILL');
      await store.close();
    }
  }, 120_000);

  it('refuses a copy whose data was edited, and leaves the folder as it was', async () => {
    const live = folder();
    const store = await storeWithEvents(live, 20);
    const backup = join(folder(), 'certflow.backup');
    try {
      await backupSqliteStore(store, backup);
    } finally {
      await store.close();
    }
    const db = new Database(backup);
    db.prepare("UPDATE events SET data = json_set(data, '$.i', 999) WHERE stream_id = 'seed-3' AND stream_version = 1").run();
    db.close();

    const target = folder();
    const refusal = restoreSqliteStore(backup, target);
    await expect(refusal).rejects.toThrow(BackupRefusedError);
    await expect(refusal).rejects.toMatchObject({
      message: expect.stringContaining('does not verify'),
      report: { breaks: [expect.objectContaining({ streamId: 'seed-3', streamVersion: 1, problem: 'hash-mismatch' })] },
    });
    expect(readdirSync(target)).toEqual([]);
  });

  it('replaces a store of events only with --force, keeping the old one beside it, and never one in use', async () => {
    const source = folder();
    const store = await storeWithEvents(source, 10);
    const backup = join(folder(), 'certflow.backup');
    try {
      await backupSqliteStore(store, backup);
      await expect(backupSqliteStore(store, backup)).rejects.toThrow(/exists/);
      await expect(backupSqliteStore(store, sqliteFile(source), { force: true })).rejects.toThrow(/the store itself/);
    } finally {
      await store.close();
    }
    const target = folder();
    const existing = await storeWithEvents(target, 3);
    await expect(restoreSqliteStore(backup, target, { force: true })).rejects.toThrow(/in use/);
    await existing.close();
    await expect(restoreSqliteStore(backup, target)).rejects.toThrow(/holds a store of 3 events/);

    const { replacedStoreKeptAt } = await restoreSqliteStore(backup, target, { force: true });
    const restored = new SqliteEventStore({ filename: sqliteFile(target) });
    try {
      expect(await restored.headPosition()).toBe(10);
    } finally {
      await restored.close();
    }
    expect(replacedStoreKeptAt).toBeDefined();
    const kept = new Database(replacedStoreKeptAt!, { readonly: true });
    expect(kept.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 3 });
    kept.close();
  });

  it('refuses a file that is not a certflow store', async () => {
    const target = folder();
    const notAStore = join(folder(), 'notes.txt');
    writeFileSync(notAStore, 'not a database at all, just some text that is long enough to have a header'.repeat(20));
    await expect(restoreSqliteStore(notAStore, target)).rejects.toThrow(/not a SQLite database/);
    const emptyDatabase = join(folder(), 'empty.sqlite');
    const other = new Database(emptyDatabase);
    other.exec('CREATE TABLE other (x)');
    other.close();
    await expect(restoreSqliteStore(emptyDatabase, target)).rejects.toThrow(/not a certflow event store/);
    expect(readdirSync(target)).toEqual([]);
  });
});
