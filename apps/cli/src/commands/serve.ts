import type { Command } from 'commander';
import type { Outcome } from '../cli-error.js';

export function registerServe(program: Command, outcome: Outcome): void {
  program
    .command('serve')
    .description('run the API and the projector on the configured store (what npm start runs)')
    .action(async () => {
      await (await import('../serve.js')).serve();
      outcome.keepRunning = true;
    });
}
