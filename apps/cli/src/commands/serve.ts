import { Option, type Command } from 'commander';
import type { Outcome } from '../cli-error.js';

export function registerServe(program: Command, outcome: Outcome): void {
  program
    .command('serve')
    .description('run the API and the projector on the configured store (what npm start runs); with KAFKA_BROKERS, the Kafka relay too')
    .addOption(
      new Option('--only <part>', 'run only the API, beside a `certflow worker` (needs CERTFLOW_READ_MODELS=mongodb)').choices(['api']),
    )
    .action(async (options: { only?: 'api' }) => {
      await (await import('../serve.js')).serve(options.only ?? 'all');
      outcome.keepRunning = true;
    });
}

export function registerWorker(program: Command, outcome: Outcome): void {
  program
    .command('worker')
    .description('run the projector and the scheduler: keeps the read models of the configured stores up to date and issues deadlines as they fall due (beside `serve --only api`); with KAFKA_BROKERS, the Kafka relay too')
    .action(async () => {
      const [{ runWorker }, { loadConfig }, { processLogger }] = await Promise.all([
        import('@certflow/composition'),
        import('@certflow/config'),
        import('@certflow/observability'),
      ]);
      await runWorker(loadConfig(), processLogger());
      outcome.keepRunning = true;
    });
}
