import { OffsetClock, systemClock } from '@certflow/application';
import { loadConfig } from '@certflow/config';
import { openEventStore, type EventStore } from '@certflow/event-store';
import { processLogger } from '@certflow/observability';
import { loadOrCreateSigningKey } from '../../api/src/auth/keys.js';
import { createApp } from '../../api/src/main.js';
import { CLOCK_STREAM } from '../../api/src/simulation/set-clock.controller.js';
import { openReadModelStore } from '../../worker/src/read-model-settings.js';
import { startWorker } from '../../worker/src/worker.js';

/**
 * `certflow serve`: the API and the subscribers in one process. On the embedded default the
 * read models live in memory and are rebuilt from the log at start.
 */
export async function serve(): Promise<void> {
  const config = loadConfig();
  const logger = processLogger();
  const store = await openEventStore(config);
  const readModels = await openReadModelStore(config.readModels);
  const worker = startWorker({ eventStore: store, readModels, memoryBudgetMb: config.rebuildMemoryMb });
  await worker.ready;
  const clock = config.simulatedClock ? await resumeSimulatedClock(store) : systemClock;
  const app = await createApp({
    store,
    signingKey: loadOrCreateSigningKey(config.dataDir),
    embeddedTokens: config.embeddedTokens,
    ...(config.oidc ? { oidc: config.oidc } : {}),
    clock,
    readModels: worker.projector,
    rateLimits: config.rateLimits,
    apiDocs: config.apiDocs,
  });
  // The app closes the event store on shutdown; the projector and its store stop first.
  process.once('SIGTERM', () => void worker.stop().then(() => readModels.close()));
  process.once('SIGINT', () => void worker.stop().then(() => readModels.close()));
  await app.listen(config.port, config.host);
  const where = config.store === 'sqlite' ? `SQLite in ${config.dataDir}` : 'PostgreSQL';
  logger.info(`certflow listening on http://${config.host}:${config.port} (event store: ${where}; read models: ${config.readModels.kind})`);
  if (config.oidc) logger.info(`sign-in: tokens of ${config.oidc.issuer}${config.embeddedTokens ? ' and of the embedded key' : ''}`);
  if (config.apiDocs) logger.info(`API documentation: http://${config.host}:${config.port}/api/docs`);
  if (config.simulatedClock) {
    logger.warn(`simulated business time (training only): now ${clock.now()}; PUT /api/v1/simulation/clock moves it, and every event records it`);
  }
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
