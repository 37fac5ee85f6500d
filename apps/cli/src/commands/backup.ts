import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '@certflow/config';
import { backupSqliteStore, restoreSqliteStore, sqliteFile, SqliteEventStore } from '@certflow/event-store';
import { CliError, type Outcome } from '../cli-error.js';
import { printReport } from './audit.js';

const PG_DUMP = 'pg_dump --format=custom --schema=certflow --file=certflow.dump "$DATABASE_URL"';

type Config = ReturnType<typeof loadConfig>;

interface ForceOption {
  readonly force?: boolean;
}

export function registerBackup(program: Command, outcome: Outcome): void {
  program
    .command('backup')
    .description('copy the running embedded store to FILE and verify the copy')
    .argument('<file>', 'where the copy goes; it appears only once whole and verified')
    .option('--force', 'replace FILE if it exists')
    .addHelpText('after', `\nThe signing keys (CERTFLOW_DATA_DIR/auth/signing-key and the log's CERTFLOW_DATA_DIR/log/tree-head-key.pem) are not in the copy: back them up separately.\nPostgreSQL store: ${PG_DUMP}`)
    .action(async (file: string, options: ForceOption) => {
      const config = embedded(loadConfig(), `back it up with ${PG_DUMP}`);
      const live = sqliteFile(config.dataDir);
      if (!existsSync(live)) throw new CliError(`no embedded store in ${config.dataDir} (CERTFLOW_DATA_DIR): nothing to back up`);
      const store = new SqliteEventStore({ filename: live });
      try {
        const report = await backupSqliteStore(store, file, { force: options.force ?? false });
        printReport(report);
        console.log(`backed up ${live} to ${file}${report.breaks.length > 0 ? ', breaks and all' : ''}`);
        console.log(`reminder: the signing key ${join(config.dataDir, 'auth', 'signing-key')} is not in the backup; keep a copy of it apart`);
        console.log(`reminder: nor is the log's tree-head key ${join(config.dataDir, 'log', 'tree-head-key.pem')}, without which the signed heads in the copy cannot be checked`);
        outcome.exitCode = report.breaks.length === 0 ? 0 : 1;
      } finally {
        await store.close();
      }
    });

  program
    .command('restore')
    .description('install a verified backup as the embedded store (server stopped)')
    .argument('<file>', 'a copy made by certflow backup')
    .option('--force', 'replace a store that holds events (it is kept beside, as events.sqlite.replaced-<time>)')
    .action(async (file: string, options: ForceOption) => {
      const config = embedded(loadConfig(), 'restore a pg_dump copy with pg_restore');
      try {
        const { report, replacedStoreKeptAt } = await restoreSqliteStore(file, config.dataDir, { force: options.force ?? false });
        printReport(report);
        if (replacedStoreKeptAt) console.log(`the replaced store is kept as ${replacedStoreKeptAt}`);
        console.log(`restored ${file} into ${sqliteFile(config.dataDir)}`);
      } catch (error) {
        const report = (error as { report?: Parameters<typeof printReport>[0] }).report;
        if (report) printReport(report);
        throw error;
      }
    });
}

function embedded(config: Config, postgres: string): Config {
  if (config.store === 'postgres') {
    throw new CliError(`the event store is PostgreSQL: ${postgres} (README, "Backup and restore")`, 2);
  }
  return config;
}
