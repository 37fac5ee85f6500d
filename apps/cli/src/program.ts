import { Command } from 'commander';
import type { Outcome } from './cli-error.js';
import { registerAudit } from './commands/audit.js';
import { registerBackup } from './commands/backup.js';
import { registerBench } from './commands/bench.js';
import { registerDemo } from './commands/demo.js';
import { registerEvents } from './commands/events.js';
import { registerProjections } from './commands/projections.js';
import { registerServe, registerWorker } from './commands/serve.js';
import { registerStore } from './commands/store.js';
import { registerToken } from './commands/token.js';

const ENVIRONMENT = `
Configuration (environment, the same for every command; README lists it all):
  CERTFLOW_DATA_DIR     folder of the embedded store and its signing key (default ./data)
  CERTFLOW_EVENT_STORE  sqlite (default) or postgres, with DATABASE_URL
  CERTFLOW_READ_MODELS  memory (default) or mongodb, with MONGODB_URL
  KAFKA_BROKERS         relay the public events to Kafka (serve, worker); events tail reads them
  PORT, HOST            where serve listens (default 3000, 127.0.0.1)`;

export function buildProgram(outcome: Outcome): Command {
  const program = new Command('certflow')
    .description('certification of SME public service platforms under the Ganzhou measures, on an event-sourced log')
    .usage('<command> [options]')
    // Commander 12 still takes stray words silently; they are a mistake on a command line.
    .allowExcessArguments(false)
    .exitOverride()
    .showSuggestionAfterError()
    .addHelpText('after', ENVIRONMENT);
  registerServe(program, outcome);
  registerWorker(program, outcome);
  registerToken(program);
  registerDemo(program);
  registerEvents(program);
  registerAudit(program, outcome);
  registerProjections(program);
  registerBackup(program, outcome);
  registerStore(program, outcome);
  registerBench(program);
  return program;
}
