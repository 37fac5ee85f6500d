import type { Command } from 'commander';
import { loadConfig } from '@certflow/config';
import { openEventStore } from '@certflow/event-store';
import { CliError } from '../cli-error.js';
import { rebuildProgressBar } from '../progress.js';

interface RebuildOptions {
  readonly progress?: boolean;
  readonly resume?: boolean;
}

export function registerProjections(program: Command): void {
  const projections = program.command('projections').description('projections rebuild: replay the log into the read models');
  projections
    .command('rebuild')
    .description('drop the read models (or one) and replay the log into them; stop the worker first')
    .argument('[name]', 'one read model: public-registry, review-history or audit-trail (default: all)')
    .option('--progress', 'show progress on stderr')
    .option('--resume', 'continue a rebuild that stopped midway')
    .action(async (name: string | undefined, options: RebuildOptions) => {
      const { ALL_PROJECTIONS, rebuild } = await import('@certflow/read-models');
      const { openReadModelStore } = await import('@certflow/composition');
      const chosen = name === undefined ? ALL_PROJECTIONS : ALL_PROJECTIONS.filter((projection) => projection.name === name);
      if (chosen.length === 0) {
        throw new CliError(`unknown projection '${name}'; known: ${ALL_PROJECTIONS.map((projection) => projection.name).join(', ')}`, 2);
      }
      const config = loadConfig();
      const settings = config.readModels;
      if (settings.kind === 'memory') {
        throw new CliError('the read models are in memory (CERTFLOW_READ_MODELS=memory): the server rebuilds them at every start', 2);
      }
      const eventStore = await openEventStore(config);
      const readModels = await openReadModelStore(settings);
      try {
        const result = await rebuild(eventStore, readModels, chosen, {
          resume: options.resume ?? false,
          memoryBudgetMb: config.rebuildMemoryMb,
          ...(options.progress ? { onProgress: rebuildProgressBar(process.stderr) } : {}),
        });
        console.log(
          `rebuilt ${result.projections.join(', ')}: ${result.events} events read in ${(result.elapsedMs / 1000).toFixed(1)} s` +
            `${result.passes > 1 ? ` (${result.passes} passes)` : ''}, up to position ${result.position}`,
        );
      } finally {
        await readModels.close();
        await eventStore.close();
      }
    });
}
