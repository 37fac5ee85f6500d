import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { loadConfig } from '@certflow/config';
import {
  copyStore,
  logPublicKey,
  PostgresEventStore,
  sqliteFile,
  SqliteEventStore,
  verifyStoreCopy,
  type CopyProgress,
  type CopyVerification,
} from '@certflow/event-store';
import { CliError, type Outcome } from '../cli-error.js';
import { rebuildProgressBar } from '../progress.js';

interface CopyCommandOptions {
  readonly to: 'postgres';
  readonly databaseUrl?: string;
  readonly batchSize: number;
}

const SWITCH = `
Afterwards serve the same data folder from PostgreSQL (README, "Moving to PostgreSQL"):
  CERTFLOW_EVENT_STORE=postgres DATABASE_URL=... CERTFLOW_DATA_DIR=<the same folder> npm start
The folder's keys (auth/signing-key, log/tree-head-key.pem) and documents/ stay where they are.`;

export function registerStore(program: Command, outcome: Outcome): void {
  const store = program.command('store').description('move the event store: copy the embedded history into PostgreSQL');
  store
    .command('copy')
    .description('copy the whole embedded store (CERTFLOW_DATA_DIR) into an empty PostgreSQL store, resumably, and verify the copy')
    .addOption(new Option('--to <store>', 'the target store').choices(['postgres']).makeOptionMandatory())
    .option('--database-url <url>', 'the target PostgreSQL database (default: DATABASE_URL)')
    .option('--batch-size <n>', 'events per transaction', positiveInteger, 5000)
    .addHelpText('after', `\nStop the server first: the source must not change during the copy. An interrupted copy continues where it stopped when run again.${SWITCH}`)
    .action(async (options: CopyCommandOptions) => {
      const config = loadConfig();
      const databaseUrl = options.databaseUrl ?? config.databaseUrl;
      if (!databaseUrl) throw new CliError('no target: set DATABASE_URL or pass --database-url', 2);
      const file = sqliteFile(config.dataDir);
      if (!existsSync(file)) throw new CliError(`no embedded store in ${config.dataDir} (CERTFLOW_DATA_DIR): nothing to copy`);
      // No upcasters on either side: rows travel in the shape their hashes cover.
      const source = new SqliteEventStore({ filename: file });
      const target = await PostgresEventStore.open({ connectionString: databaseUrl });
      try {
        const progress = rebuildProgressBar(process.stderr, 'copy');
        const copied = await copyStore(source, target, {
          sourceName: file,
          batchSize: options.batchSize,
          onProgress: (p) => progress(asRebuildProgress(p)),
        });
        if (copied.resumedFrom > 0) console.log(`resumed an interrupted copy after ${copied.resumedFrom} events`);
        console.log(`copied ${copied.events} events from ${file} to PostgreSQL in ${(copied.elapsedMs / 1000).toFixed(1)} s; verifying`);
        const report = await verifyStoreCopy(source, target, { publicKeyPem: logPublicKey(config.dataDir) });
        printVerification(report);
        if (report.ok) console.log(SWITCH.trim());
        outcome.exitCode = report.ok ? 0 : 1;
      } finally {
        await Promise.all([source.close(), target.close()]);
      }
    });
}

function printVerification(report: CopyVerification): void {
  console.log(
    `${report.ok ? 'verified' : 'NOT verified'}: ${report.events} events in ${report.streams} streams, ${report.commands} command ids, ` +
      `${report.leaves} log leaves, ${report.heads} signed tree heads, ${report.checkpoints} checkpoints`,
  );
  if (report.sourceBreaks > 0) console.log(`warning: the source itself has ${report.sourceBreaks} chain or log breaks (certflow audit verify); they were copied as they are`);
  for (const problem of report.problems) console.log(`  ${problem}`);
}

function asRebuildProgress(p: CopyProgress) {
  return { pass: 1, passes: 1, events: p.events, total: p.total, eventsPerSecond: p.eventsPerSecond, etaSeconds: p.etaSeconds, elapsedMs: p.elapsedMs, finished: p.finished };
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a positive whole number');
  return n;
}
