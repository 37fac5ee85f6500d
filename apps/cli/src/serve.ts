import { OffsetClock, systemClock } from '@certflow/application';
import { loadConfig } from '@certflow/config';
import { openEventStore } from '@certflow/event-store';
import { loadOrCreateSigningKey } from '../../api/src/auth/keys.js';
import { createApp } from '../../api/src/main.js';
import { openReadModelStore, readModelSettings } from '../../worker/src/read-model-settings.js';
import { startWorker } from '../../worker/src/worker.js';

/**
 * `certflow serve`: the API and the subscribers in one process. On the embedded default the
 * read models live in memory and are rebuilt from the log at start.
 */
export async function serve(): Promise<void> {
  const config = loadConfig();
  const settings = readModelSettings();
  const store = await openEventStore(config);
  const readModels = await openReadModelStore(settings);
  const worker = startWorker({ eventStore: store, readModels });
  await worker.ready;
  const clock = config.simulatedClock ? new OffsetClock() : systemClock;
  const app = await createApp({
    store,
    signingKey: loadOrCreateSigningKey(config.dataDir),
    embeddedTokens: config.embeddedTokens,
    ...(config.oidc ? { oidc: config.oidc } : {}),
    clock,
    readModels: worker.projector,
  });
  // The app closes the event store on shutdown; the projector and its store stop first.
  process.once('SIGTERM', () => void worker.stop().then(() => readModels.close()));
  process.once('SIGINT', () => void worker.stop().then(() => readModels.close()));
  await app.listen(config.port, config.host);
  const where = config.store === 'sqlite' ? `SQLite in ${config.dataDir}` : 'PostgreSQL';
  console.log(`certflow listening on http://${config.host}:${config.port} (event store: ${where}; read models: ${settings.readModels})`);
  console.log(`API documentation: http://${config.host}:${config.port}/api/docs`);
  if (config.oidc) console.log(`sign-in: tokens of ${config.oidc.issuer}${config.embeddedTokens ? ' and of the embedded key' : ''}`);
  if (config.simulatedClock) console.log('simulated clock: PUT /api/v1/simulation/clock moves business time (demo and training only)');
}
