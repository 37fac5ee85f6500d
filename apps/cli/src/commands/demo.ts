import type { Command } from 'commander';
import { loadConfig } from '@certflow/config';

interface DemoOptions {
  readonly json?: boolean;
  readonly url?: string;
  readonly dataDir?: string;
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('play a whole certification cycle, 2027 to the 2029 recheck')
    .option('--json', 'print the outcome as one JSON object instead of every step')
    .option('--url <url>', 'play it against a running server (a training server: CERTFLOW_SIMULATED_CLOCK=1)')
    .option('--data-dir <dir>', 'the data folder whose key signs the tokens (with --url), or where the store goes (default: a temporary folder)')
    .action(async (options: DemoOptions) => {
      const { runDemo } = await import('../demo/run-demo.js');
      await runDemo({
        json: options.json ?? false,
        ...(options.url ? { url: options.url } : {}),
        ...(options.dataDir ? { dataDir: options.dataDir } : options.url ? { dataDir: loadConfig().dataDir } : {}),
        log: (line) => console.log(line),
      });
    });
}
