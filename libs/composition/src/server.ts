import type { INestApplication } from '@nestjs/common';
import { OffsetClock, systemClock, type Clock } from '@certflow/application';
import { ConfigurationError, type CertflowConfig } from '@certflow/config';
import { openEventStore, type EventStore } from '@certflow/event-store';
import { ALL_PROJECTIONS, ReadModelWatcher } from '@certflow/read-models';
import type { Logger } from '@certflow/observability';
import { loadOrCreateSigningKey } from '../../../apps/api/src/auth/keys.js';
import { createApp } from '../../../apps/api/src/main.js';
import { serveConsoleFiles } from '../../../apps/api/src/http/console-files.js';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadModelAccess } from '../../../apps/api/src/read-models/read-models.js';
import { CLOCK_STREAM } from '../../../apps/api/src/simulation/set-clock.controller.js';
import { openReadModelStore } from '../../../apps/worker/src/read-model-settings.js';
import { startWorker } from '../../../apps/worker/src/worker.js';

/** `all`: the API and the projector in one process; `api`: the API beside a `certflow worker`. */
export type ServeMode = 'all' | 'api';

export interface RunningServer {
  readonly app: INestApplication;
  readonly clock: Clock;
  /** Stops what runs beside the app (the projector, the read-model store); the app closes the event store. */
  stopBackground(): Promise<void>;
}

/**
 * The API app of `certflow serve`, not yet listening. In `api` mode the projector runs in another
 * process, so the read models must be shared (MongoDB) and a query's minPosition is awaited by
 * watching the checkpoints that projector saves beside the documents.
 */
export async function startServer(config: CertflowConfig, mode: ServeMode = 'all', logger?: Logger): Promise<RunningServer> {
  if (mode === 'api' && config.readModels.kind !== 'mongodb') {
    throw new ConfigurationError(
      'serve --only api needs CERTFLOW_READ_MODELS=mongodb (with MONGODB_URL): the API reads the documents a separate `certflow worker` keeps',
      ['CERTFLOW_READ_MODELS'],
    );
  }
  const store = await openEventStore(config);
  const readModels = await openReadModelStore(config.readModels);
  let access: ReadModelAccess;
  let stopProjector: () => Promise<void> = () => Promise.resolve();
  if (mode === 'api') {
    access = new ReadModelWatcher(store, readModels, ALL_PROJECTIONS);
  } else {
    const worker = startWorker({ eventStore: store, readModels, memoryBudgetMb: config.rebuildMemoryMb, ...(logger ? { logger } : {}) });
    await worker.ready;
    access = worker.projector;
    stopProjector = () => worker.stop();
  }
  const clock = config.simulatedClock ? await resumeSimulatedClock(store) : systemClock;
  const app = await createApp({
    store,
    signingKey: loadOrCreateSigningKey(config.dataDir),
    embeddedTokens: config.embeddedTokens,
    devSignIn: config.devSignIn,
    ...(config.oidc ? { oidc: config.oidc } : {}),
    clock,
    readModels: access,
    rateLimits: config.rateLimits,
    apiDocs: config.apiDocs,
    ...(logger ? { logger } : {}),
  });
  serveConsoleFiles(app, consoleFolder());
  return {
    app,
    clock,
    async stopBackground() {
      await stopProjector();
      await readModels.close();
    },
  };
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
