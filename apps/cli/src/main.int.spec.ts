import { execFile } from 'node:child_process';
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sqliteFile, SqliteEventStore, type RecordedEvent } from '@certflow/event-store';

// The command as a user runs it, in a process of its own (through tsx, so no build is needed).
const main = join(dirname(fileURLToPath(import.meta.url)), 'main.ts');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function certflow(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', main, ...args], { env: { ...process.env, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'certflow-cli-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('certflow command line', () => {
  it('prints help for the command and every subcommand, and runs nothing', async () => {
    const dataDir = join(scratch, 'help');
    const env = { CERTFLOW_DATA_DIR: dataDir };
    const commands = ['serve', 'worker', 'token', 'demo', 'events', 'events tail', 'events republish', 'audit', 'audit verify', 'projections', 'projections rebuild', 'backup', 'restore'];
    const [top, ...each] = await Promise.all([certflow(['--help'], env), ...commands.map((command) => certflow([...command.split(' '), '--help'], env))]);
    expect(top).toMatchObject({ code: 0, stderr: '' });
    for (const command of ['serve', 'worker', 'token', 'demo', 'events', 'audit', 'projections', 'backup', 'restore']) expect(top.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    each.forEach((run, i) => {
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toContain(`Usage: certflow ${commands[i]}`);
    });
    // audit verify --help once opened the store and verified it.
    expect(existsSync(dataDir)).toBe(false);
  }, 120_000);

  it('answers a bad command line with one line on stderr and exit 2', async () => {
    const env = { CERTFLOW_DATA_DIR: join(scratch, 'bad') };
    const runs = await Promise.all(
      [
        ['frobnicate'],
        ['token'],
        ['token', '--role', 'mayor'],
        ['token', '--role', 'city', '--ttl', '3d'],
        ['token', '--role', 'city', '--ttl', '1h', '--expires', '2h'],
        ['token', '--role', 'county'],
        ['token', '--role', 'city', 'extra'],
        ['demo', '--colour'],
        ['audit', 'verify', '--all'],
        ['backup'],
        ['restore', 'a', 'b'],
        ['events', 'tail', '--idle', '-1'],
        ['events', 'republish'],
        ['events', 'republish', '--from', '0'],
        ['events', 'republish', '--from', '2.5'],
        ['events', 'republish', '--from', '1', '--contract', 'v3'],
        // No broker to send to; then, counting only, a position past the head of an empty log.
        ['events', 'republish', '--from', '1'],
        ['events', 'republish', '--from', '1', '--dry-run'],
      ].map((args) => certflow(args, { ...env, KAFKA_BROKERS: '' })),
    );
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^error: /);
    }
    // The republish refusals, each for its own reason.
    expect(runs.slice(-7).map((run) => run.stderr.trim())).toEqual([
      expect.stringContaining('--idle must be a positive number of seconds'),
      expect.stringContaining("required option '--from <position>' not specified"),
      expect.stringContaining("--from must be a position of the log (a whole number from 1), got '0'"),
      expect.stringContaining("--from must be a position of the log (a whole number from 1), got '2.5'"),
      expect.stringMatching(/--contract.*v3.*Allowed choices are v1, v2, both/),
      expect.stringContaining('KAFKA_BROKERS is not set'),
      "error: --from 1 is past the log's head (position 0)",
    ]);
  }, 120_000);

  it('keeps the token options and their former name', async () => {
    const env = { CERTFLOW_DATA_DIR: join(scratch, 'token') };
    const [ttl, expires] = await Promise.all([
      certflow(['token', '--role', 'county', '--county', '360702', '--ttl', '30m'], env),
      certflow(['token', '--role', 'applicant', '--platform', 'gz-info-001', '--expires', '90s'], env),
    ]);
    for (const run of [ttl, expires]) {
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout.trim()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    }
    const claims = JSON.parse(Buffer.from(ttl.stdout.split('.')[1]!, 'base64url').toString()) as { exp: number; iat: number; county: string };
    expect(claims).toMatchObject({ county: '360702' });
    expect(claims.exp - claims.iat).toBe(1800);
  }, 60_000);

  it('backs up a store that another process is writing to, and restores it into a fresh folder', async () => {
    const live = join(scratch, 'live');
    const store = new SqliteEventStore({ filename: sqliteFile(live) });
    let writing = true;
    let acknowledged = 0;
    const writer = (async () => {
      for (let n = 0; writing; n += 1) {
        await store.append(`platform-${n % 9}`, [{ type: 'Tick', data: { n } }]);
        acknowledged += 1;
      }
    })();
    try {
      while (acknowledged < 100) await new Promise((resolve) => setTimeout(resolve, 5));
      const acknowledgedBefore = acknowledged;
      const file = join(scratch, 'live.backup');
      const backup = await certflow(['backup', file], { CERTFLOW_DATA_DIR: live });
      expect(backup).toMatchObject({ code: 0, stderr: '' });
      expect(backup.stdout).toMatch(/^\d+ streams, \d+ events checked, 0 breaks$/m);
      expect(backup.stdout).toContain('signing key');
      writing = false;
      await writer;

      const fresh = join(scratch, 'fresh');
      const restore = await certflow(['restore', file], { CERTFLOW_DATA_DIR: fresh });
      expect(restore).toMatchObject({ code: 0, stderr: '' });
      expect(readdirSync(fresh)).toEqual(['events.sqlite']);
      const verify = await certflow(['audit', 'verify'], { CERTFLOW_DATA_DIR: fresh });
      expect(verify).toMatchObject({ code: 0, stderr: '' });

      const restored = new SqliteEventStore({ filename: sqliteFile(fresh) });
      try {
        const restoredLog = await restored.readAll({ limit: 10_000 });
        const liveLog = await store.readAll({ limit: 10_000 });
        const identity = (event: RecordedEvent) => `${event.globalPosition} ${event.eventId} ${event.hash}`;
        expect(restoredLog.length).toBeGreaterThanOrEqual(acknowledgedBefore);
        expect(restoredLog.map(identity)).toEqual(liveLog.slice(0, restoredLog.length).map(identity));
      } finally {
        await restored.close();
      }
      // The restored folder now holds events: a second restore needs --force.
      const again = await certflow(['restore', file], { CERTFLOW_DATA_DIR: fresh });
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/^error: .* --force/);
    } finally {
      writing = false;
      await writer;
      await store.close();
    }
  }, 120_000);

  it('audits the demo: replay, explain, verify clean; the truncation of the issue is named, also against a head kept apart', async () => {
    const data = join(scratch, 'demo');
    const env = { CERTFLOW_DATA_DIR: data };
    expect(await certflow(['demo', '--data-dir', data, '--json'])).toMatchObject({ code: 0 });
    const replay = await certflow(['audit', 'replay', 'platform-zg-hub-006', '--version', '3', '--lang', 'en'], env);
    expect(replay).toMatchObject({ code: 0, stderr: '' });
    expect(replay.stdout).toContain('version 3 (today 11)');
    expect(replay.stdout).toMatch(/v3 +2027-06-15 09:30\+08\* +\d{4}-\d{2}-\d{2}T[\d:.]+Z +PlatformCertified/);
    const json = JSON.parse((await certflow(['audit', 'replay', 'platform-zg-hub-006', '--json'], env)).stdout) as { events: { type: string; eventId: string }[] };
    const certified = json.events.find((e) => e.type === 'PlatformCertified')!;
    const explain = await certflow(['audit', 'explain', certified.eventId], env);
    expect(explain).toMatchObject({ code: 0, stderr: '' });
    expect(explain.stdout).toContain('资产总额（第六条第（三）项）');
    expect(explain.stdout).toContain('结果与记录一致');
    const clean = await certflow(['audit', 'verify'], env);
    expect(clean).toMatchObject({ code: 0, stderr: '' });
    // Every event of the demo (its decisions, the scheduler's, the reminders) is in the tree.
    const checked = Number(/^\d+ streams, (\d+) events checked, 0 breaks$/m.exec(clean.stdout)?.[1]);
    expect(checked).toBeGreaterThan(60);
    expect(clean.stdout).toContain(`log: ${checked} events in the Merkle tree, 0 not sealed yet, 1 signed heads checked`);
    expect(clean.stdout).toMatch(/^log: \d+ events in the Merkle tree, 0 not sealed yet, 1 signed heads checked .*, 0 breaks$/m);
    expect(clean.stdout).toMatch(/^rule evaluations: 21 re-decided, 21 reproduced, 0 not$/m);
    // Art. 13: the 2027 and 2029 lists rebuilt from their pages hash to what their summaries say.
    expect(clean.stdout).toMatch(/^published results: 2 cycles checked, 2 match, 0 not$/m);
    const head = await certflow(['audit', 'head', '--json'], env);
    const headFile = join(scratch, 'HEAD.json');
    writeFileSync(headFile, head.stdout);

    // As the issue tried it: the last two events of platform-zg-hub-006 deleted and its streams row set back to version 9.
    const db = new Database(sqliteFile(data));
    db.prepare("DELETE FROM events WHERE stream_id = 'platform-zg-hub-006' AND stream_version > 9").run();
    const { hash } = db.prepare("SELECT hash FROM events WHERE stream_id = 'platform-zg-hub-006' AND stream_version = 9").get() as { hash: string };
    db.prepare("UPDATE streams SET version = 9, last_hash = ? WHERE stream_id = 'platform-zg-hub-006'").run(hash);
    db.prepare('DELETE FROM log_heads').run();
    db.close();
    const tampered = await certflow(['audit', 'verify', '--against', headFile], env);
    expect(tampered.code).toBe(1);
    // The per-stream chains alone still see nothing wrong: two events fewer, no break.
    expect(tampered.stdout).toMatch(new RegExp(`^\\d+ streams, ${checked - 2} events checked, 0 breaks$`, 'm'));
    expect(tampered.stdout).toMatch(/^BROKEN log platform-zg-hub-006 v10 event-deleted: /m);
    expect(tampered.stdout).toMatch(/^BROKEN log platform-zg-hub-006 v11 event-deleted: /m);
    expect(tampered.stdout).toMatch(/^BROKEN log head-root-mismatch: /m);
  }, 120_000);

  it('refuses to back up a PostgreSQL store, naming pg_dump', async () => {
    const run = await certflow(['backup', join(scratch, 'pg.backup')], {
      CERTFLOW_EVENT_STORE: 'postgres',
      DATABASE_URL: 'postgres://certflow@127.0.0.1:1/none',
    });
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('pg_dump --format=custom --schema=certflow');
  }, 60_000);
});
