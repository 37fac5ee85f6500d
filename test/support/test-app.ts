import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { Readable } from 'node:stream';
import { ManualClock } from '@certflow/application';
import { FilesystemDocumentStore, type DocumentStore, type SizeLimits } from '@certflow/documents';
import { SIGNED_DECISIONS, type Role } from '@certflow/domain';
import { loadOrCreateLogKey, openEventStore, type EventStore } from '@certflow/event-store';
import { MemoryReadModelStore, MongoReadModelStore, type ReadModelStore } from '@certflow/read-models';
import type { Logger } from '@certflow/observability';
import {
  FIXTURE_DOCUMENT_NAMES,
  createTestDatabase,
  fixtureDocumentBytes,
  serviceSetting,
  serviceUnreachable,
  testLogger,
  type TestDatabase,
} from '@certflow/testing';
import { CommandBus } from '@nestjs/cqrs';
import type { CommandOutcome } from '@certflow/application';
import {
  createApp,
  loadOrCreateSigningKey,
  mintToken,
  Scheduler,
  startWorker,
  type OidcOptions,
  type RateLimits,
  type ScheduledCommand,
} from '@certflow/composition';

export interface TestApp {
  readonly app: INestApplication;
  readonly store: EventStore;
  /** Holds every fixture document (FIXTURE_DOCUMENT_NAMES), as uploaded by the city bureau. */
  readonly documents: DocumentStore;
  readonly clock: ManualClock;
  readonly http: ReturnType<typeof request>;
  /** Holds the signing key, so `certflow demo --data-dir` can mint tokens for this server. */
  readonly dataDir: string;
  /** The throwaway PostgreSQL database of a `postgres` app, for processes started beside it. */
  readonly databaseUrl?: string;
  /** The scheduler of the time rules, when asked for: it runs beside the API as in `certflow serve`. */
  readonly scheduler?: Scheduler;
  /** Starts listening on a free loopback port and answers the base URL. */
  listen(): Promise<string>;
  token(role: Role, binding?: { county?: string; platformId?: string; subject?: string }): Promise<string>;
  close(): Promise<void>;
}

/** The real app over HTTP on a fresh store: SQLite in a temp folder or a throwaway PostgreSQL database. */
export interface TestAppOptions {
  /** Runs the projector beside the API, into memory or a throwaway MongoDB database. */
  readonly readModels?: 'memory' | 'mongodb';
  /** Off unless a test is about them: suites send hundreds of requests a second from one subject. */
  readonly rateLimits?: RateLimits;
  /** Accepts tokens of this identity provider beside the embedded key. */
  readonly oidc?: OidcOptions;
  /** Where the app logs; default nowhere unless LOG_LEVEL is set. */
  readonly logger?: Logger;
  /** Runs the scheduler beside the API, on the app's command bus and clock. */
  readonly scheduler?: boolean;
  /** POST /api/v1/dev/sign-in; on by default, as on a training server (the clock is settable too). */
  readonly devSignIn?: boolean;
  /** The document store; default a filesystem store in the app's temp folder. */
  readonly documents?: DocumentStore;
  readonly documentLimits?: SizeLimits;
  /** Stores the fixture documents at start (default); off for a store that is meant not to answer. */
  readonly seedDocuments?: boolean;
}

const FIXTURE_LIMITS: SizeLimits = { 'application/pdf': 1024 * 1024 };

/** Stores the fixture documents as a city clerk's uploads, so commands built from the fixtures find them. */
export async function seedFixtureDocuments(documents: DocumentStore, names: readonly string[] = FIXTURE_DOCUMENT_NAMES): Promise<void> {
  for (const name of names) {
    const stored = await documents.put(Readable.from([fixtureDocumentBytes(name)]), FIXTURE_LIMITS);
    await documents.recordUpload(stored.sha256, { actorId: 'fixture-loader', role: 'city', name, at: new Date().toISOString() });
  }
}

export async function startTestApp(
  kind: 'sqlite' | 'postgres',
  startAt = '2027-03-01T01:00:00.000Z',
  options: TestAppOptions = {},
): Promise<TestApp> {
  const folder = mkdtempSync(join(tmpdir(), 'certflow-e2e-'));
  let database: TestDatabase | undefined;
  if (kind === 'postgres') database = await createTestDatabase('certflow_e2e');
  // Signed as on a server: the bureau's key in the data folder signs decisions and certificates.
  const bureauKey = loadOrCreateLogKey(folder);
  const store = await openEventStore({ store: kind, dataDir: folder, databaseUrl: database?.url, decisionSigning: { signer: bureauKey, types: SIGNED_DECISIONS } });
  const signingKey = loadOrCreateSigningKey(folder);
  const clock = new ManualClock(startAt);
  const readModels = options.readModels ? await startReadModels(store, options.readModels) : undefined;
  let bus: CommandBus | undefined;
  const logger = options.logger ?? testLogger();
  const scheduler = options.scheduler
    ? new Scheduler({ store, clock, execute: (command: ScheduledCommand) => bus!.execute<ScheduledCommand, CommandOutcome>(command), logger, tickMs: 50 })
    : undefined;
  const documents = options.documents ?? new FilesystemDocumentStore(join(folder, 'documents'));
  if (options.seedDocuments !== false) await seedFixtureDocuments(documents);
  const app = await createApp({
    store,
    signingKey,
    clock,
    rateLimits: options.rateLimits ?? { anonymousPerMinute: 0, authenticatedPerMinute: 0 },
    ...(readModels ? { readModels: readModels.access } : {}),
    ...(options.oidc ? { oidc: options.oidc } : {}),
    logger,
    ...(scheduler ? { scheduler, deadlines: scheduler } : {}),
    documents,
    ...(options.documentLimits ? { documentLimits: options.documentLimits } : {}),
    devSignIn: options.devSignIn ?? true,
    bureauKey,
  });
  await app.init();
  if (scheduler) {
    bus = app.get(CommandBus);
    await scheduler.start();
  }
  return {
    app,
    store,
    documents,
    clock,
    ...(scheduler ? { scheduler } : {}),
    ...(database ? { databaseUrl: database.url } : {}),
    http: request(app.getHttpServer()),
    dataDir: folder,
    async listen() {
      await app.listen(0, '127.0.0.1');
      return app.getUrl().then((url) => url.replace('[::1]', '127.0.0.1'));
    },
    token: (role, binding = {}) =>
      mintToken(signingKey, {
        role,
        ...(binding.county ? { county: binding.county } : {}),
        ...(binding.platformId ? { platformId: binding.platformId } : {}),
        ...(binding.subject ? { subject: binding.subject } : {}),
      }),
    async close() {
      await scheduler?.stop();
      await readModels?.stop();
      await app.close();
      await database?.drop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function startReadModels(eventStore: EventStore, kind: 'memory' | 'mongodb') {
  let dropDatabase = async () => undefined as unknown;
  let readModels: ReadModelStore;
  if (kind === 'memory') {
    readModels = new MemoryReadModelStore();
  } else {
    const url = serviceSetting('MONGODB_URL');
    const database = `certflow_e2e_${randomUUID().slice(0, 8)}`;
    const mongo = await MongoReadModelStore.open({ url, database }).catch((error: unknown) => {
      throw serviceUnreachable('MONGODB_URL', url, error);
    });
    readModels = mongo;
    dropDatabase = () => mongo.db.dropDatabase();
  }
  const worker = startWorker({ eventStore, readModels, log: () => undefined });
  await worker.ready;
  return {
    access: worker.projector,
    async stop() {
      await worker.stop();
      await dropDatabase();
      await readModels.close();
    },
  };
}
