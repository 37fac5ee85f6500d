import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { CommandBus } from '@nestjs/cqrs';
import { ExecuteCycleCommand, ExecutePlatformCommand, type CommandMeta, type SettableClock } from '@certflow/application';
import { loadOrCreateSigningKey, mintToken, startServer, type RunningServer } from '@certflow/composition';
import { loadConfig } from '@certflow/config';
import type { Actor } from '@certflow/domain';
import { createLogger } from '@certflow/observability';
import { createTestDatabase, type TestDatabase } from '@certflow/testing';
import { QUERY_COLLECTIONS, type MemoryReadModelStore } from '@certflow/read-models';
import { instantOf } from '../../apps/cli/src/demo/scenario.js';
import { ReadModels } from '../../apps/api/src/read-models/read-models.service.js';
import { benchDocuments, lifeOf, OPEN_2027 } from '../bench/commands.js';

/**
 * Issue 15: a server with memory read models starts from the snapshot of them and of its
 * schedule that it wrote in its data folder, and answers exactly what a full rebuild from the
 * log answers, also when the snapshot is older than the log (a crash after it); a snapshot of
 * another log is ignored. On the embedded SQLite log and on PostgreSQL.
 */
const city: Actor = { id: 'snapshot-city', role: 'city' };
const PLATFORMS = 30;

interface Started {
  readonly server: RunningServer;
  readonly warnings: string[];
}

describe.each(['sqlite', 'postgres'] as const)('start-up snapshot of a server with memory read models, on %s (issue 15)', (kind) => {
  const folder = mkdtempSync(join(tmpdir(), 'certflow-snapshot-'));
  const snapshot = join(folder, 'read-models.snapshot');
  let running: Started | undefined;
  const databases: TestDatabase[] = [];
  let database: TestDatabase | undefined;

  /** A log with nothing in it, in place of the one the snapshot was taken of. */
  async function freshLog(): Promise<void> {
    if (kind === 'postgres') {
      database = await createTestDatabase('certflow_snapshot');
      databases.push(database);
      return;
    }
    const log = join(folder, 'events.sqlite');
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${log}${suffix}`, { force: true });
  }

  async function start(): Promise<Started> {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(line) } });
    const store = kind === 'postgres' ? { CERTFLOW_EVENT_STORE: 'postgres', DATABASE_URL: database!.url } : {};
    const server = await startServer(
      loadConfig({ ...store, CERTFLOW_DATA_DIR: folder, CERTFLOW_SIMULATED_CLOCK: '1', CERTFLOW_RATE_LIMIT_AUTHENTICATED: '0', CERTFLOW_RATE_LIMIT_ANONYMOUS: '0' }),
      'all',
      logger,
    );
    (server.clock as SettableClock).set(instantOf('2027-03-01'));
    running = { server, warnings: lines };
    return running;
  }

  async function stop(): Promise<void> {
    if (!running) return;
    await running.server.stopBackground();
    await running.server.app.close();
    running = undefined;
  }

  async function run(server: RunningServer, ids: readonly string[], steps: number): Promise<void> {
    const bus = server.app.get(CommandBus);
    const meta = (actor: Actor): CommandMeta => ({ actor, commandId: crypto.randomUUID(), correlationId: 'snapshot' });
    for (const [i, id] of ids.entries()) {
      for (const step of lifeOf(id, i).slice(0, steps)) await bus.execute(new ExecutePlatformCommand(id, step.command, meta(step.actor)));
    }
  }

  /** Everything a reader can ask of the read models and the scheduler. */
  async function answers(server: RunningServer) {
    const store = (await server.app.get(ReadModels).ready(undefined)) as MemoryReadModelStore;
    const sorted = (collection: string) => [...store.documents(collection)].sort((a, b) => (a._id < b._id ? -1 : 1));
    const token = await mintToken(loadOrCreateSigningKey(folder), { role: 'city' });
    const http = request(server.app.getHttpServer());
    return {
      registry: sorted(QUERY_COLLECTIONS.registry),
      audit: sorted(QUERY_COLLECTIONS.auditTrail),
      cycleResults: sorted(QUERY_COLLECTIONS.cycleResults),
      auditPage: await store.searchAudit({ type: 'PlatformRecommended', page: 2, pageSize: 5 }),
      decisions: await store.cycleDecisions(2027),
      history: await store.reviewHistory('snap-00003'),
      registryHttp: (await http.get('/api/v1/registry?year=2027&pageSize=50').expect(200)).body,
      deadlines: (await http.get('/api/v1/deadlines').set('Authorization', `Bearer ${token}`).expect(200)).body.items,
      schedule: server.scheduler.items(),
    };
  }

  beforeAll(async () => {
    await freshLog();
    await benchDocuments(folder);
    const { server } = await start();
    const bus = server.app.get(CommandBus);
    await bus.execute(new ExecuteCycleCommand(OPEN_2027, { actor: city, commandId: crypto.randomUUID(), correlationId: 'snapshot' }));
    const ids = Array.from({ length: PLATFORMS }, (_, i) => `snap-${String(i).padStart(5, '0')}`);
    // A third certified, a third recommended, a third only submitted: the schedule holds platforms in every state.
    await run(server, ids.slice(0, 10), 3);
    await run(server, ids.slice(10, 20), 2);
    await run(server, ids.slice(20), 1);
    await stop();
  }, 180_000);

  afterAll(async () => {
    await stop();
    for (const made of databases) await made.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('is written when the server stops, and a restart from it answers what a full rebuild answers', async () => {
    expect(existsSync(snapshot)).toBe(true);
    const fromSnapshot = await start();
    expect(fromSnapshot.warnings.join('')).toContain('start-up snapshot loaded');
    const restored = await answers(fromSnapshot.server);
    await stop();
    rmSync(snapshot);
    await start();
    const rebuilt = await answers(running!.server);
    await stop();
    expect(restored).toEqual(rebuilt);
    expect(restored.registry.filter((entry) => (entry as { listed?: boolean }).listed)).toHaveLength(10);
    expect(restored.schedule.length).toBeGreaterThan(0);
    expect(restored.audit.length).toBeGreaterThanOrEqual(61);
  }, 180_000);

  it('older than the log (the server crashed after it), it is caught up: the same answers as a full rebuild', async () => {
    expect(existsSync(snapshot)).toBe(true);
    const older = readFileSync(snapshot);
    const { server } = await start();
    // Later events: new platforms submit, some go on to be recommended.
    await run(server, ['late-00001', 'late-00002', 'late-00003'], 2);
    await stop();
    writeFileSync(snapshot, older);
    const caughtUp = await start();
    expect(caughtUp.warnings.join('')).toContain('start-up snapshot loaded');
    const fromOlder = await answers(caughtUp.server);
    await stop();
    rmSync(snapshot);
    await start();
    const rebuilt = await answers(running!.server);
    await stop();
    expect(fromOlder).toEqual(rebuilt);
    expect(fromOlder.registry.map((entry) => entry._id)).toContain('late-00002');
  }, 180_000);

  it('of another log, it is ignored and the read models are rebuilt', async () => {
    expect(existsSync(snapshot)).toBe(true);
    // A fresh log beside the same folder: the snapshot's highest position holds no event there.
    await freshLog();
    const { server, warnings } = await start();
    expect(warnings.join('')).toContain('snapshot ignored');
    expect(warnings.join('')).not.toContain('start-up snapshot loaded');
    expect(await answers(server)).toMatchObject({ registry: [], audit: [], schedule: [] });
  }, 120_000);
});
