#!/usr/bin/env node
import { runWorker } from '@certflow/composition';
import { ConfigurationError, loadConfig } from '@certflow/config';
import { processLogger } from '@certflow/observability';

/** The worker on its own (also `certflow worker`): see runWorker. */
const logger = processLogger();

(async () => runWorker(loadConfig(), logger))().catch((error: unknown) => {
  // A refused variable is the operator's to fix: one line, no stack.
  if (error instanceof ConfigurationError) process.stderr.write(`${error.message}\n`);
  else logger.fatal({ err: error }, 'worker failed');
  process.exit(1);
});
