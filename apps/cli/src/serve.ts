import { boundHeapGrowth, startServer, type ServeMode } from '@certflow/composition';
import { loadConfig } from '@certflow/config';
import { processLogger } from '@certflow/observability';

/**
 * `certflow serve`: by default the API and the subscribers in one process (on the embedded
 * default the read models live in memory, caught up at start from a snapshot beside the log or rebuilt from it); with
 * `--only api`, the API alone beside a `certflow worker`.
 */
export async function serve(mode: ServeMode = 'all'): Promise<void> {
  const config = loadConfig();
  const logger = processLogger();
  // Before the read models are loaded: the catch-up or rebuild at start allocates the most.
  boundHeapGrowth(config.heapGrowthPercent);
  // On SIGTERM or SIGINT the app shuts down (Nest's shutdown hooks): the HTTP server closes and
  // drains, then the projector, scheduler and relay stop, then the event store closes.
  const { app, clock } = await startServer(config, mode);
  await app.listen(config.port, config.host);
  // PORT=0 takes any free port: say which one.
  const address = app.getHttpServer().address() as { port: number } | null;
  const url = `http://${config.host}:${address?.port ?? config.port}`;
  const where = config.store === 'sqlite' ? `SQLite in ${config.dataDir}` : 'PostgreSQL';
  const projector = mode === 'api' ? 'projector: a separate certflow worker' : 'projector: in this process';
  logger.info(`certflow listening on ${url} (event store: ${where}; read models: ${config.readModels.kind}; ${projector})`);
  if (config.oidc) logger.info(`sign-in: tokens of ${config.oidc.issuer}${config.embeddedTokens ? ' and of the embedded key' : ''}`);
  if (config.apiDocs) logger.info(`API documentation: ${url}/api/docs`);
  if (config.simulatedClock) {
    logger.warn(`simulated business time (training only): now ${clock.now()}; PUT /api/v1/simulation/clock moves it, and every event records it`);
  }
}
