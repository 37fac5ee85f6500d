// Two `certflow worker` processes on one PostgreSQL store, each running the scheduler, while a
// training server's clock is moved over HTTP: every due command is appended once.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RecordedEvent } from '@certflow/event-store';
import { given } from '../support/journey.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PLATFORMS = ['gz-two-a', 'gz-two-b', 'gz-two-c'];

interface Worker {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  output(): string;
}

function startWorker(databaseUrl: string, dataDir: string): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/worker/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      CERTFLOW_EVENT_STORE: 'postgres',
      DATABASE_URL: databaseUrl,
      CERTFLOW_READ_MODELS: 'memory',
      CERTFLOW_DATA_DIR: dataDir,
      CERTFLOW_SIMULATED_CLOCK: '1',
      LOG_LEVEL: 'info',
      LOG_PRETTY: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function until(what: string, workers: readonly Worker[], condition: () => Promise<boolean> | boolean, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    const dead = workers.find((worker) => worker.child.exitCode !== null);
    if (dead) throw new Error(`a worker exited (${dead.child.exitCode}) before ${what}:\n${dead.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${workers.map((worker) => worker.output()).join('\n---\n')}`);
    await sleep(50);
  }
}

describe('scheduler: two worker processes on one PostgreSQL store (Arts. 12, 15)', () => {
  let t: TestApp;
  let workers: Worker[] = [];
  let folder: string;

  const scheduled = async (): Promise<RecordedEvent[]> =>
    (await t.store.readAll({ after: 0, limit: 10_000 })).filter((event) => String(event.metadata.commandId ?? '').startsWith('scheduler:'));
  const moveClock = async (now: string) => {
    await t.http.put('/api/v1/simulation/clock').set('Authorization', `Bearer ${await t.token('city')}`).send({ now }).expect(200);
  };

  beforeAll(async () => {
    // The API runs no scheduler here: both schedulers are the workers'.
    t = await startTestApp('postgres', '2027-03-01T01:00:00.000Z');
    folder = mkdtempSync(join(tmpdir(), 'certflow-two-workers-'));
    const setup = given(t);
    await moveClock('2027-03-01T09:00:00+08:00');
    await setup.openCycle(2027);
    for (const id of PLATFORMS) await setup.certified(id, 2027);
    workers = [startWorker(t.databaseUrl!, join(folder, 'one')), startWorker(t.databaseUrl!, join(folder, 'two'))];
    await until('both schedulers run', workers, () => workers.every((worker) => worker.output().includes('scheduler: deadlines derived from the log')));
  }, 120_000);

  afterAll(async () => {
    for (const worker of workers) {
      if (worker.child.exitCode === null) worker.child.kill('SIGTERM');
      await worker.exited;
    }
    await t?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('each due command is appended once, however the two race for it', async () => {
    const setup = given(t);
    await moveClock('2027-05-01T09:30:00+08:00');
    await until('the 2027 window closes', workers, async () => (await scheduled()).length >= 1);
    await setup.closeReview(2027);
    await moveClock('2029-03-01T09:30:00+08:00');
    await setup.openCycle(2029);
    await until('the 2029 rechecks open', workers, async () => (await scheduled()).filter((event) => event.type === 'RecheckOpened').length >= 3);
    await moveClock('2029-07-01T09:30:00+08:00'); // past the 2029 window and the recheck materials deadline
    await until('the silent rechecks fail', workers, async () => (await scheduled()).filter((event) => event.type === 'RecheckFailed').length >= 3);
    // Both workers had time to try everything twice over.
    await sleep(1500);

    const events = await scheduled();
    const ids = events.map((event) => event.metadata.commandId as string);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(
      [
        'scheduler:close-application-window/2027',
        'scheduler:close-application-window/2029',
        ...PLATFORMS.map((id) => `scheduler:open-recheck/2029/${id}`),
        ...PLATFORMS.map((id) => `scheduler:fail-recheck/2029/${id}`),
        ...PLATFORMS.map((id) => `scheduler:summary-overdue/2027/${id}`),
        ...PLATFORMS.map((id) => `scheduler:summary-overdue/2028/${id}`),
      ].sort(),
    );
    const windows = events.filter((event) => event.type === 'ApplicationWindowClosed');
    expect(windows.map((event) => event.metadata.occurredAt)).toEqual(['2027-04-30T16:00:00.000Z', '2029-04-30T16:00:00.000Z']);
    // Both processes ran their scheduler: each logged the items it issued or found issued.
    for (const worker of workers) expect(worker.output()).toContain('"msg":"deadline issued"');
  }, 120_000);
});
