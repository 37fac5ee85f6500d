import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadOrCreateSigningKey, mintToken } from '@certflow/composition';
import { applicationContent, createTestDatabase, cycleSchedule, type TestDatabase } from '@certflow/testing';
import { createMongoTestDatabase, type MongoTestDatabase } from '../../libs/read-models/src/contract/mongo-test-database.js';
import { FilesystemDocumentStore } from '@certflow/documents';
import { seedFixtureDocuments } from '../support/test-app.js';

// `certflow serve --only api` and `certflow worker` as two real processes, as a province would
// run them: the API answers reads from the documents the worker keeps in MongoDB (FerretDB
// here), and a client reads its own write by passing the position the command answered.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'apps', 'cli', 'src', 'main.ts');
// From the sources, as apps/cli/src/main.int.spec.ts runs the command, with decorator metadata for Nest.
const loaders = ['--import', 'tsx', '--import', join(root, 'test', 'support', 'decorator-metadata.mjs')];

interface Started {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  output(): string;
}

function certflow(args: string[], env: NodeJS.ProcessEnv): Started {
  const child = spawn(process.execPath, [...loaders, cli, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function until<T>(what: string, started: Started, found: () => T | undefined, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = found();
    if (value !== undefined) return value;
    if (started.child.exitCode !== null) throw new Error(`exited (${started.child.exitCode}) before ${what}:\n${started.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${started.output()}`);
    await sleep(25);
  }
}

async function stop(started: Started | undefined): Promise<number | null | undefined> {
  if (!started || started.child.exitCode !== null) return started?.child.exitCode;
  started.child.kill('SIGTERM');
  return started.exited;
}

describe('the API and the projector in two processes (PostgreSQL, MongoDB)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'certflow-split-'));
  let events: TestDatabase;
  let documents: MongoTestDatabase;
  let env: NodeJS.ProcessEnv;
  let worker: Started | undefined;
  let api: Started | undefined;
  let url: string;
  const key = loadOrCreateSigningKey(dataDir);

  beforeAll(async () => {
    events = await createTestDatabase('certflow_split');
    documents = await createMongoTestDatabase('certflow_split');
    env = {
      CERTFLOW_DATA_DIR: dataDir,
      CERTFLOW_EVENT_STORE: 'postgres',
      DATABASE_URL: events.url,
      CERTFLOW_READ_MODELS: 'mongodb',
      MONGODB_URL: documents.url,
      CERTFLOW_MONGODB_DATABASE: documents.database,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      LOG_PRETTY: '0',
    };
    // The fixture application's materials must be in the server's document store to be attached.
    await seedFixtureDocuments(new FilesystemDocumentStore(join(dataDir, 'documents')));
    worker = certflow(['worker'], env);
    api = certflow(['serve', '--only', 'api'], env);
    await until('the worker to follow the log', worker, () => (worker!.output().includes('read models up to date') ? true : undefined));
    url = await until('the API to listen', api, () => /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(api!.output())?.[1]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([stop(api), stop(worker)]);
    await documents?.drop();
    await events?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const send = async (method: string, path: string, token: string | undefined, body?: object) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> & { globalPosition?: number } };
  };

  const year = new Date().getUTCFullYear() + 1;
  const tokens = async (platformId: string) => ({ city: await mintToken(key, { role: 'city' }), applicant: await mintToken(key, { role: 'applicant', platformId }) });
  const submit = async (platformId: string, applicant: string) =>
    send('POST', `/api/v1/platforms/${platformId}/submit-application`, applicant, { cycleYear: year, application: applicationContent() });

  it('reads its own write through minPosition: the command on the API, the documents from the worker', async () => {
    const platformId = 'gz-split-001';
    const { city, applicant } = await tokens(platformId);
    const opened = await send('POST', `/api/v1/cycles/${year}/open-cycle`, city, { rulesetId: 'ganzhou-2013', noticeTitle: `${year}年度认定通知`, ...cycleSchedule(year) });
    expect(opened.status).toBe(201);
    const submitted = await submit(platformId, applicant);
    expect(submitted.status).toBe(201);
    const position = submitted.body.globalPosition!;
    expect(position).toBeGreaterThan(opened.body.globalPosition!);

    const history = await send('GET', `/api/v1/platforms/${platformId}/review-history?minPosition=${position}`, applicant);
    expect(history.status).toBe(200);
    expect(history.body).toMatchObject({ platformId, applications: [expect.objectContaining({ cycleYear: year })] });
    expect(api!.output()).toContain('projector: a separate certflow worker');
    expect((await send('GET', '/health', undefined)).status).toBe(200);
  });

  it('projects nothing itself: with the worker stopped, a later write is never reached (503, retry)', async () => {
    expect(await stop(worker)).toBe(0);
    const platformId = 'gz-split-002';
    const { applicant } = await tokens(platformId);
    const submitted = await submit(platformId, applicant);
    expect(submitted.status).toBe(201);
    const behind = await send('GET', `/api/v1/platforms/${platformId}/review-history?minPosition=${submitted.body.globalPosition}`, applicant);
    expect(behind).toMatchObject({ status: 503, body: { code: 'read-models.behind' } });
  }, 30_000);

  it('stops on SIGTERM', async () => {
    await stop(api);
    // Nest's shutdown hook closes the app, then ends the process by the signal it received.
    expect(api!.child.signalCode).toBe('SIGTERM');
  });
});

describe('serve --only api without shared read models', () => {
  it('refuses in one line', async () => {
    const started = certflow(['serve', '--only', 'api'], { CERTFLOW_READ_MODELS: 'memory', CERTFLOW_DATA_DIR: join(tmpdir(), 'certflow-split-refused') });
    expect(await started.exited).toBe(1);
    expect(started.output().trimEnd().split('\n')).toEqual([expect.stringMatching(/^error: serve --only api needs CERTFLOW_READ_MODELS=mongodb/)]);
  }, 60_000);
});
