import type { CertflowConfig } from '@certflow/config';
import { loadOrCreateLogKey, openEventStore } from '@certflow/event-store';
import type { Logger } from '@certflow/observability';
import { openReadModelStore } from '../../../apps/worker/src/read-model-settings.js';
import { startWorker } from '../../../apps/worker/src/worker.js';

/**
 * The worker process (`certflow worker`, apps/worker): keeps the read models of the configured
 * stores up to date until SIGTERM or SIGINT, then exits. A worker killed outright resumes from
 * the checkpoints it saved beside the documents.
 */
export async function runWorker(config: CertflowConfig, logger: Logger): Promise<void> {
  const settings = config.readModels;
  const eventStore = await openEventStore(config);
  const readModels = await openReadModelStore(settings);
  if (settings.kind === 'memory') {
    logger.warn('read models in memory: only this process sees them (set CERTFLOW_READ_MODELS=mongodb to share them)');
  }
  const worker = startWorker({ eventStore, readModels, logger, memoryBudgetMb: config.rebuildMemoryMb, logSealing: { signer: loadOrCreateLogKey(config.dataDir), policy: config.logHeads } });
  let stopping: Promise<void> | undefined;
  const stop = (signal: string) => {
    stopping ??= (async () => {
      logger.info({ signal }, 'stopping');
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
  await worker.ready;
  if (!stopping) {
    const where = settings.kind === 'mongodb' ? `MongoDB database ${settings.mongodbDatabase}` : 'memory';
    logger.info(`read models up to date (${where}); following the log (${config.store})`);
  }
}
