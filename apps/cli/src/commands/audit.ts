import type { Command } from 'commander';
import { loadConfig } from '@certflow/config';
import { openEventStore, type ChainReport } from '@certflow/event-store';
import type { Outcome } from '../cli-error.js';

export function registerAudit(program: Command, outcome: Outcome): void {
  const audit = program.command('audit').description('audit verify: recompute every hash chain of the log');
  audit
    .command('verify')
    .description("recompute every stream's hash chain from the stored events; exit 1 on a break")
    .action(async () => {
      const store = await openEventStore(loadConfig());
      try {
        const report = await store.verifyChains();
        printReport(report);
        outcome.exitCode = report.breaks.length === 0 ? 0 : 1;
      } finally {
        await store.close();
      }
    });
}

export function printReport(report: ChainReport): void {
  for (const broken of report.breaks) {
    console.log(`BROKEN ${broken.streamId} v${broken.streamVersion} ${broken.problem}: ${broken.detail}`);
  }
  console.log(`${report.streams} streams, ${report.events} events checked, ${report.breaks.length} breaks`);
  if (report.simulated > 0) {
    console.log(`${report.simulated} events have a simulated business time (a training server's clock; their recorded time is real)`);
  }
}
