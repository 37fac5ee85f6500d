import type { CertflowConfig } from '@certflow/config';
import { OffsetClock, systemClock } from '@certflow/application';
import { loadOrCreateLogKey, openEventStore } from '@certflow/event-store';
import type { Logger } from '@certflow/observability';
import { SIGNED_DECISIONS } from '@certflow/domain';
import { openReadModelStore } from '../../../apps/worker/src/read-model-settings.js';
import { startWorker } from '../../../apps/worker/src/worker.js';
import { startStandaloneScheduler } from './scheduler.js';
import { boundHeapGrowth } from './heap-growth.js';
import { warnOfRefusedAppends } from './refused-appends.js';
import { loadRelay } from './relay.js';

/**
 * The worker process (`certflow worker`, apps/worker): keeps the read models of the configured
 * stores up to date, and with KAFKA_BROKERS relays the public events to Kafka, until SIGTERM or
 * SIGINT, then exits. A worker killed outright resumes from
 * the checkpoints it saved beside the documents.
 */
export async function runWorker(config: CertflowConfig, logger: Logger): Promise<void> {
  boundHeapGrowth(config.heapGrowthPercent);
  const settings = config.readModels;
  const bureauKey = loadOrCreateLogKey(config.dataDir);
  // Its scheduler appends decisions too (a revocation when the notice ends).
  const eventStore = await openEventStore({ ...config, decisionSigning: { signer: bureauKey, types: SIGNED_DECISIONS } });
  warnOfRefusedAppends(eventStore, logger);
  const readModels = await openReadModelStore(settings);
  if (settings.kind === 'memory') {
    logger.warn('read models in memory: only this process sees them (set CERTFLOW_READ_MODELS=mongodb to share them)');
  }
  // Loaded before anything starts: awaited later, it would leave a window in which a SIGTERM
  // meets no handler and kills the running projector instead of stopping it.
  const kafka = config.kafka;
  const relayModule = kafka ? await loadRelay() : undefined;
  // `serve --only api` reads these read models meanwhile: none is dropped to be rebuilt.
  const worker = startWorker({ eventStore, readModels, logger, memoryBudgetMb: config.rebuildMemoryMb, logSealing: { signer: bureauKey, policy: config.logHeads }, readsServedElsewhere: true });
  const relay = kafka && relayModule ? relayModule.startRelay({ eventStore, settings: kafka, logger }) : undefined;
  // A training server's clock is moved through the API; this process follows the moves in the log.
  const scheduler = startStandaloneScheduler({
    store: eventStore,
    clock: config.simulatedClock ? new OffsetClock() : systemClock,
    followClockMoves: config.simulatedClock,
    logger,
  });
  // Awaited below, after the read models; a failure meanwhile is reported there, not as unhandled.
  scheduler.catch(() => undefined);
  let stopping: Promise<void> | undefined;
  const stop = (signal: string) => {
    stopping ??= (async () => {
      logger.info({ signal }, 'stopping');
      await relay?.stop();
      await (await scheduler).stop();
      await worker.stop();
      await readModels.close();
      await eventStore.close();
    })().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'stopping failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  // A failed start ends the process, as it always did; only a stop during the catch-up is quiet.
  await worker.ready;
  // Said only once true: a read model near the head catches up through its subscription after `ready`.
  const caughtUp = await worker.caughtUp.then(
    () => true,
    (error: unknown) => {
      if (stopping) return false;
      throw error;
    },
  );
  if (caughtUp && !stopping) {
    const where = settings.kind === 'mongodb' ? `MongoDB database ${settings.mongodbDatabase}` : 'memory';
    logger.info(`read models up to date (${where}); following the log (${config.store})`);
  }
  await scheduler;
  if (!stopping) logger.info('scheduler: deadlines derived from the log; issuing each as it falls due');
}
