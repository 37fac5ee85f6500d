import type { INestApplication } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { OffsetClock, systemClock, type Clock, type CommandOutcome } from '@certflow/application';
import { ConfigurationError, type CertflowConfig } from '@certflow/config';
import { SIGNED_DECISIONS } from '@certflow/domain';
import { loadOrCreateLogKey, openEventStore, PostgresEventStore, SqliteEventStore, type EventStore } from '@certflow/event-store';
import { openDocumentStore } from '@certflow/documents';
import { ALL_PROJECTIONS, MemoryReadModelStore, ReadModelWatcher } from '@certflow/read-models';
import type { Logger } from '@certflow/observability';
import { loadOrCreateSigningKey } from '../../../apps/api/src/auth/keys.js';
import { createApp } from '../../../apps/api/src/main.js';
import { BeforeStoreCloses } from '../../../apps/api/src/event-store.module.js';
import { serveConsoleFiles } from '../../../apps/api/src/http/console-files.js';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadModelAccess } from '../../../apps/api/src/read-models/read-models.js';
import { CLOCK_STREAM } from '../../../apps/api/src/simulation/set-clock.controller.js';
import { openReadModelStore } from '../../../apps/worker/src/read-model-settings.js';
import { startWorker } from '../../../apps/worker/src/worker.js';
import type { RunningRelay } from '../../../apps/worker/src/relay/index.js';
import { Scheduler, type ScheduledCommand, type SchedulerImage } from '../../../apps/worker/src/scheduler/index.js';
import { keepStartUpSnapshots, StartUpSnapshots, type SnapshotLog } from '../../../apps/worker/src/snapshot/start-up-snapshot.js';
import { warnOfRefusedAppends } from './refused-appends.js';
import { startRelay } from './relay.js';
import { processLogger } from '@certflow/observability';

/** `all`: the API, the projector and (with KAFKA_BROKERS) the relay in one process; `api`: the API beside a `certflow worker`. */
export type ServeMode = 'all' | 'api';

export interface RunningServer {
  readonly app: INestApplication;
  readonly clock: Clock;
  /** The scheduler of the time rules: issuing in `all` mode; in `api` mode the worker issues and this one only follows. */
  readonly scheduler: Scheduler;
  /** Stops what runs beside the app (the relay, the scheduler, the projector, the read-model store); the app closes the event store. */
  stopBackground(): Promise<void>;
}

/**
 * The API app of `certflow serve`, not yet listening. In `api` mode the projector runs in another
 * process, so the read models must be shared (MongoDB) and a query's minPosition is awaited by
 * watching the checkpoints that projector saves beside the documents.
 */
export interface ServerOptions {
  /**
   * False: the scheduler shows what falls due (GET /api/v1/deadlines) but issues nothing, so that a
   * person does by hand what it would do (the browser tests of the city's recheck opening and
   * revocation, which it would otherwise always do first). Default: it issues in `all` mode.
   */
  readonly issueDeadlines?: boolean;
}

export async function startServer(config: CertflowConfig, mode: ServeMode = 'all', logger?: Logger, options: ServerOptions = {}): Promise<RunningServer> {
  if (mode === 'api' && config.readModels.kind !== 'mongodb') {
    throw new ConfigurationError(
      'serve --only api needs CERTFLOW_READ_MODELS=mongodb (with MONGODB_URL): the API reads the documents a separate `certflow worker` keeps',
      ['CERTFLOW_READ_MODELS'],
    );
  }
  const bureauKey = loadOrCreateLogKey(config.dataDir);
  const store = await openEventStore({ ...config, decisionSigning: { signer: bureauKey, types: SIGNED_DECISIONS } });
  warnOfRefusedAppends(store, logger ?? processLogger());
  const readModels = await openReadModelStore(config.readModels, store);
  // With memory read models, a server starts from a snapshot of them and of its schedule, and
  // catches up with the log from there (apps/worker/src/snapshot).
  const snapshotLog: SnapshotLog | undefined =
    store instanceof SqliteEventStore ? { file: store.filename } : store instanceof PostgresEventStore ? { store } : undefined;
  const snapshots =
    mode === 'all' && snapshotLog && readModels instanceof MemoryReadModelStore
      ? new StartUpSnapshots({ file: join(config.dataDir, 'read-models.snapshot'), log: snapshotLog, logger: logger ?? processLogger() })
      : undefined;
  let resume: SchedulerImage | undefined;
  if (snapshots && readModels instanceof MemoryReadModelStore) {
    const image = await snapshots.load(readModels.image().compact);
    if (image && readModels.restore(image.readModels)) resume = image.scheduler;
  }
  let access: ReadModelAccess;
  let stopProjector: () => Promise<void> = () => Promise.resolve();
  if (mode === 'api') {
    access = new ReadModelWatcher(store, readModels, ALL_PROJECTIONS);
  } else {
    const worker = startWorker({ eventStore: store, readModels, memoryBudgetMb: config.rebuildMemoryMb, logSealing: { signer: bureauKey, policy: config.logHeads }, ...(logger ? { logger } : {}) });
    await worker.ready;
    access = worker.projector;
    stopProjector = () => worker.stop();
  }
  // In `api` mode the relay runs in the `certflow worker` beside it.
  const relay: RunningRelay | undefined =
    mode === 'all' && config.kafka ? await startRelay({ eventStore: store, settings: config.kafka, ...(logger ? { logger } : {}) }) : undefined;
  const clock = config.simulatedClock ? await resumeSimulatedClock(store) : systemClock;
  // The scheduler issues through the app's own command bus, which exists once the app does.
  const bus: { current?: CommandBus } = {};
  // In `api` mode the worker issues the deadlines; this process only follows the log to show them.
  const scheduler = new Scheduler({
    store,
    clock,
    execute: (command: ScheduledCommand) => bus.current!.execute<ScheduledCommand, CommandOutcome>(command),
    issue: mode === 'all' && options.issueDeadlines !== false,
    ...(logger ? { logger } : {}),
    ...(resume ? { resume } : {}),
  });
  // Set once the snapshots are kept, at the end of the start.
  const kept: { snapshotting?: { stop(): Promise<void> } } = {};
  let stopping: Promise<void> | undefined;
  // Once, whoever asks first: the app's shutdown (a signal, app.close()) or the caller.
  const stopBackground = (): Promise<void> =>
    (stopping ??= (async () => {
      await kept.snapshotting?.stop();
      await relay?.stop();
      await scheduler.stop();
      await stopProjector();
      await readModels.close();
    })());
  const app = await createApp({
    store,
    signingKey: loadOrCreateSigningKey(config.dataDir),
    logPublicKey: bureauKey.publicKeyPem,
    bureauKey,
    embeddedTokens: config.embeddedTokens,
    devSignIn: config.devSignIn,
    ...(config.oidc ? { oidc: config.oidc } : {}),
    clock,
    readModels: access,
    documents: await openDocumentStore(config.documents.store),
    documentLimits: config.documents.limits,
    rateLimits: config.rateLimits,
    apiDocs: config.apiDocs,
    ...(logger ? { logger } : {}),
    ...(relay ? { relayStatus: () => relay.status() } : {}),
    scheduler,
    deadlines: scheduler,
    auditReadFlushMs: config.auditReadFlushMs,
  });
  // On shutdown, after the HTTP server drained and before the store closes.
  app.get(BeforeStoreCloses).add(stopBackground);
  await serveConsoleFiles(app, consoleFolder());
  await app.init();
  bus.current = app.get(CommandBus);
  // A signal once the app exists shuts it down meanwhile: nothing more is started after that.
  if (!stopping) await scheduler.start();
  // On PostgreSQL the event a snapshot records is looked up ahead: once now, so that even a
  // server stopped right after its start leaves one.
  if (!stopping && snapshots && readModels instanceof MemoryReadModelStore) await snapshots.followAnchor(readModels, scheduler);
  kept.snapshotting =
    !stopping && snapshots && readModels instanceof MemoryReadModelStore
      ? keepStartUpSnapshots({ snapshots, readModels, scheduler, logger: logger ?? processLogger() })
      : undefined;
  return { app, clock, scheduler, stopBackground };
}

/**
 * A training server keeps the business time it was moved to across restarts: the last recorded
 * move, advanced by the real time since it was recorded.
 */
async function resumeSimulatedClock(store: EventStore): Promise<OffsetClock> {
  const clock = new OffsetClock();
  const last = (await store.readStream(CLOCK_STREAM)).at(-1);
  if (last) {
    const { to } = last.data as { to: string };
    clock.set(new Date(Date.parse(to) + (Date.now() - Date.parse(last.recordedAt))).toISOString());
  }
  return clock;
}

/**
 * Where `npm run build` put the console (Vite: dist/console of the checkout), found from this
 * file whether it runs from source (tests) or from dist/.
 */
export function consoleFolder(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return join(folder, 'dist', 'console');
}
