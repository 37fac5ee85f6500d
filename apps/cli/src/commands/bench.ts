import type { Command } from 'commander';
import { CliError } from '../cli-error.js';

/** The benchmarks are test code and run from the source folder; this only says where. */
export function registerBench(program: Command): void {
  program
    .command('bench', { hidden: true })
    .allowUnknownOption()
    .allowExcessArguments()
    .argument('[args...]')
    .action(() => {
      throw new CliError('benchmarks are not part of the certflow command: in the source folder run `npm run bench -- <name> [--json]` (append, commands, rebuild, registry; see test/bench)', 2);
    });
}
