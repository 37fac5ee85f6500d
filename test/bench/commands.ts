import { Controller, Global, HttpCode, Module, Post, type DynamicModule, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { ApplicationModule, ExecuteCycleCommand, ExecutePlatformCommand, ManualClock, type CommandMeta } from '@certflow/application';
import type { Actor, PlatformCommand } from '@certflow/domain';
import { openEventStore, type EventStore } from '@certflow/event-store';
import { createApp, EventStoreModule, loadOrCreateSigningKey, mintToken } from '@certflow/composition';
import { application, countyEvaluation, demoDocumentBytes, documentRef, instantOf } from '../../apps/cli/src/demo/scenario.js';
import { DOCUMENT_STORE, FilesystemDocumentStore, type DocumentStore } from '@certflow/documents';
import { Readable } from 'node:stream';
import { benchLogger, benchSetting, benchSqliteWriter } from './settings.js';

/** The bench measures the command path, not the rate limiter's refusals. */
const UNLIMITED = { anonymousPerMinute: 0, authenticatedPerMinute: 0 };

/**
 * Commands per second: the submit → recommend → certify life of 1,000 platforms through the
 * command bus, then the same mix over HTTP (autocannon) beside a no-op POST of the same app,
 * which carries the same guard, pipes and filter: the ratio isolates what a command costs.
 */
export interface CommandsBenchOptions {
  readonly json: boolean;
  readonly log: (line: string) => void;
}

const PLATFORMS = 1000;
const CONCURRENCY = 16;
const HTTP_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const COUNTY = '360702';
const city: Actor = { id: 'bench-city', role: 'city' };
const county: Actor = { id: 'bench-county', role: 'county', county: COUNTY };

@Controller('api/v1/bench')
class NoopController {
  @Post('noop')
  @HttpCode(201)
  noop() {
    return { ok: true };
  }
}

@Global()
@Module({})
class BenchDocumentsModule {
  static register(documents: DocumentStore): DynamicModule {
    return { module: BenchDocumentsModule, providers: [{ provide: DOCUMENT_STORE, useValue: documents }], exports: [DOCUMENT_STORE] };
  }
}

@Module({})
class BusModule {
  static register(store: EventStore, documents: DocumentStore, clock: ManualClock): DynamicModule {
    return { module: BusModule, imports: [EventStoreModule.forStore(store), BenchDocumentsModule.register(documents), ApplicationModule.forRoot({ clock })] };
  }
}

/** One set of documents for every platform: the bench measures commands, not uploads. */
const SHARED_MATERIALS = application({ id: 'bench', name: 'b', operator: 'b', county: COUNTY, categories: ['information'] }, 1).materials;
const SHARED_FORM = documentRef('推荐表.pdf', 'docs://bench/recommendation-form.pdf');

/** Stores the shared documents as the city bureau's uploads, so that every platform may attach them. */
export async function benchDocuments(folder: string): Promise<DocumentStore> {
  const documents = new FilesystemDocumentStore(join(folder, 'documents'));
  for (const ref of [...SHARED_MATERIALS, SHARED_FORM]) {
    const stored = await documents.put(Readable.from([demoDocumentBytes(ref.sha256)!]), { 'application/pdf': 1 << 20 });
    await documents.recordUpload(stored.sha256, { actorId: 'bench', role: 'city', name: ref.name, at: new Date().toISOString() });
  }
  return documents;
}

export function lifeOf(id: string, index: number): { actor: Actor; command: PlatformCommand }[] {
  const content = {
    ...application({ id, name: '赣州市基准测试信息服务平台', operator: '赣州市基准测试服务有限公司', county: COUNTY, categories: ['information'] }, (index % 9) + 1),
    materials: SHARED_MATERIALS,
  };
  return [
    { actor: { id: `op-${id}`, role: 'applicant', platformId: id }, command: { type: 'SubmitApplication', data: { cycleYear: 2027, application: content } } },
    {
      actor: county,
      command: { type: 'RecommendPlatform', data: { countyEvaluation: countyEvaluation(88, '良好'), recommendationForm: SHARED_FORM } },
    },
    { actor: city, command: { type: 'CertifyPlatform', data: { reviewers: ['评审组'], reasons: ['符合条件'], overrides: [] } } },
  ];
}

export const OPEN_2027 = {
  type: 'OpenCycle' as const,
  data: {
    year: 2027,
    rulesetId: 'ganzhou-2013',
    noticeTitle: '基准测试年度通知',
    applicationDeadline: '2027-12-30',
    recheckMaterialsDeadline: '2027-12-30',
    reviewDeadline: '2027-12-31',
  },
};

async function viaBus(store: EventStore, documents: DocumentStore): Promise<number> {
  const clock = new ManualClock(instantOf('2027-03-01'));
  const context = await NestFactory.createApplicationContext(BusModule.register(store, documents, clock), { logger: ['error'] });
  const bus = context.get(CommandBus);
  const meta = (actor: Actor): CommandMeta => ({ actor, commandId: crypto.randomUUID(), correlationId: 'bench' });
  await bus.execute(new ExecuteCycleCommand(OPEN_2027, meta(city)));
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < PLATFORMS; i = next++) {
        const id = `bus-${i}`;
        for (const step of lifeOf(id, i)) await bus.execute(new ExecutePlatformCommand(id, step.command, meta(step.actor)));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await context.close();
  return (PLATFORMS * 3) / seconds;
}

/** Slices per kind of request in the HTTP run, alternated (see viaHttp). */
const ROUNDS = 2;

interface Slice {
  readonly result: autocannon.Result;
  /** CPU time of this process during the slice, in microseconds. */
  readonly cpuUs: number;
}

interface HttpFigures {
  readonly eps: number;
  readonly p99: number;
  /** CPU time of this process (server and load generator) per request: steadier than eps on a busy machine. */
  readonly cpuUs: number;
}

async function viaHttp(url: string, dataDir: string): Promise<{ command: HttpFigures; noop: HttpFigures }> {
  const key = loadOrCreateSigningKey(dataDir);
  const cityToken = await mintToken(key, { role: 'city' });
  const countyToken = await mintToken(key, { role: 'county', county: COUNTY });
  const applicantTokens = new Map<string, string>();
  let counter = 0;
  const bodies = new Map<string, { actor: Actor; command: PlatformCommand; body: string }[]>();
  const prepare = async (id: string, i: number) => {
    bodies.set(id, lifeOf(id, i).map((step) => ({ ...step, body: JSON.stringify(step.command.data) })));
    applicantTokens.set(id, await mintToken(key, { role: 'applicant', platformId: id }));
  };
  // Tokens are minted ahead: HS256 signing inside the timed loop would measure the load generator.
  for (let i = 0; i < 40_000; i += 1) await prepare(`http-${i}`, i);
  const tokenOf = (actor: Actor, id: string) =>
    actor.role === 'applicant' ? applicantTokens.get(id)! : actor.role === 'county' ? countyToken : cityToken;
  const step = (n: 0 | 1 | 2) => ({
    method: 'POST' as const,
    setupRequest: (request: autocannon.Request, connection: object) => {
      const context = connection as { id?: string };
      if (n === 0) context.id = `http-${counter++}`;
      const id = context.id!;
      const { actor, command, body } = bodies.get(id)![n]!;
      return {
        ...request,
        path: `/api/v1/platforms/${id}/${command.type.replace(/[A-Z]/g, (c, i: number) => `${i ? '-' : ''}${c.toLowerCase()}`)}`,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenOf(actor, id)}` },
        body,
      };
    },
  });
  const run = async (requests: autocannon.Request[]): Promise<Slice> => {
    const cpu = process.cpuUsage();
    const result = await autocannon({ url, connections: CONCURRENCY, duration: HTTP_SECONDS / ROUNDS, requests });
    const used = process.cpuUsage(cpu);
    // autocannon resolves with requests still on the wire: let them land before the next slice.
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { result, cpuUs: used.user + used.system };
  };
  // The no-op request goes through setupRequest too, so the load generator does the same
  // work for both and the ratio compares what the server spends.
  const noopBody = JSON.stringify(lifeOf('noop', 1)[0]!.command.data);
  const noopRequest = {
    method: 'POST' as const,
    setupRequest: (request: autocannon.Request) => ({
      ...request,
      path: '/api/v1/bench/noop',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${cityToken}` },
      body: noopBody,
    }),
  };
  // Alternated in mirrored order (no-op, commands, commands, no-op): on a shared machine the
  // neighbours' load drifts within seconds, and measured one after the other the two would
  // meet different loads, which swung the ratio between 0.18 and 0.5 for the same build.
  const noop: Slice[] = [];
  const command: Slice[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 === 0 ? (['noop', 'command'] as const) : (['command', 'noop'] as const);
    for (const kind of order) {
      if (kind === 'noop') noop.push(await run([noopRequest]));
      else {
        if (process.env.BENCH_MARK) console.error(`MARK start ${process.hrtime.bigint() / 1000n}`);
        command.push(await run([step(0), step(1), step(2)]));
        if (process.env.BENCH_MARK) console.error(`MARK end ${process.hrtime.bigint() / 1000n}`);
      }
    }
  }
  const failed = command.reduce((sum, { result }) => sum + result.non2xx + result.errors, 0);
  if (failed > 0) throw new Error(`${failed} command requests failed during the HTTP bench`);
  const figures = (slices: readonly Slice[]): HttpFigures => {
    const requests = slices.reduce((sum, { result }) => sum + result.requests.total, 0);
    const seconds = slices.reduce((sum, { result }) => sum + result.duration, 0);
    return {
      eps: requests / Math.max(1e-9, seconds),
      p99: Math.max(...slices.map(({ result }) => result.latency.p99)),
      cpuUs: slices.reduce((sum, { cpuUs }) => sum + cpuUs, 0) / Math.max(1, requests),
    };
  };
  return { command: figures(command), noop: figures(noop) };
}

async function measure(kind: 'sqlite' | 'postgres', options: CommandsBenchOptions): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'certflow-bench-commands-'));
  let dropDatabase = async () => undefined;
  const databaseFor = async () => {
    if (kind === 'sqlite') return undefined;
    const server = benchSetting('DATABASE_URL');
    const name = `certflow_bench_cmd_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    dropDatabase = async () => {
      const cleanup = new pg.Client({ connectionString: server });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    };
    const url = new URL(server);
    url.pathname = `/${name}`;
    return url.toString();
  };
  try {
    const databaseUrl = await databaseFor();
    const busStore = await openEventStore({ store: kind, dataDir: join(folder, 'bus'), databaseUrl, sqliteWriter: benchSqliteWriter() });
    const busEps = await viaBus(busStore, await benchDocuments(join(folder, 'bus')));
    options.log(line({ bench: 'commands', store: kind, via: 'bus', ...(kind === 'sqlite' ? { writer: benchSqliteWriter() } : {}), eps: Math.round(busEps) }, options.json));

    const httpStore = await openEventStore({ store: kind, dataDir: join(folder, 'http'), databaseUrl, sqliteWriter: benchSqliteWriter() });
    if (kind === 'postgres') await resetSchema(databaseUrl!);
    const clock = new ManualClock(instantOf('2027-03-01'));
    const dataDir = join(folder, 'http');
    const app: INestApplication = await createApp(
      { store: httpStore, signingKey: loadOrCreateSigningKey(dataDir), clock, rateLimits: UNLIMITED, documents: await benchDocuments(dataDir), logger: benchLogger(folder) },
      [NoopController],
    );
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const cityToken = await mintToken(loadOrCreateSigningKey(dataDir), { role: 'city' });
    const opened = await fetch(`${url}/api/v1/cycles/2027/open-cycle`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${cityToken}` },
      body: JSON.stringify({ ...OPEN_2027.data, year: undefined }),
    });
    if (opened.status !== 201) throw new Error(`opening the bench cycle failed: ${opened.status} ${await opened.text()}`);
    const { command, noop } = await viaHttp(url, dataDir);
    // autocannon resolves at its deadline with requests still on the wire; let them land.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await app.close();
    options.log(
      line(
        {
          bench: 'commands',
          store: kind,
          via: 'http',
          ...(kind === 'sqlite' ? { writer: benchSqliteWriter() } : {}),
          eps: Math.round(command.eps),
          p99_ms: command.p99,
          noop_eps: Math.round(noop.eps),
          noop_p99_ms: noop.p99,
          vs_noop: Math.round((command.eps / noop.eps) * 100) / 100,
          cpu_us: Math.round(command.cpuUs),
          noop_cpu_us: Math.round(noop.cpuUs),
        },
        options.json,
      ),
    );
  } finally {
    await dropDatabase();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The HTTP run gets a clean log of its own in the same database. */
async function resetSchema(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('TRUNCATE certflow.events, certflow.streams, certflow.commands, certflow.checkpoints');
  await client.end();
}

function line(record: Record<string, unknown>, json: boolean): string {
  if (json) return JSON.stringify(record);
  return Object.entries(record)
    .map(([key, value]) => `${key}=${value}`)
    .join('  ');
}

export async function commandsBench(options: CommandsBenchOptions): Promise<void> {
  const stores = (process.env.BENCH_STORES ?? 'sqlite,postgres').split(',') as ('sqlite' | 'postgres')[];
  for (const kind of stores) await measure(kind, options);
}
