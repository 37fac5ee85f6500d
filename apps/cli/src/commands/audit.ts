import type { Command } from 'commander';
import { loadConfig } from '@certflow/config';
import { openDocumentStore } from '@certflow/documents';
import { openEventStore, type ChainReport } from '@certflow/event-store';
import { verifyDocuments, type DocumentReport } from './verify-documents.js';
import type { Outcome } from '../cli-error.js';

export function registerAudit(program: Command, outcome: Outcome): void {
  const audit = program.command('audit').description('audit verify: recompute every hash chain of the log');
  audit
    .command('verify')
    .description("recompute every stream's hash chain from the stored events; exit 1 on a break")
    .option('--documents', 'also check that every document the log references is stored and still matches its SHA-256')
    .action(async (options: { documents?: boolean }) => {
      const config = loadConfig();
      const store = await openEventStore(config);
      try {
        const report = await store.verifyChains();
        printReport(report);
        let documentProblems = 0;
        if (options.documents) {
          const documents = await openDocumentStore(config.documents.store);
          try {
            const documentReport = await verifyDocuments(store, documents);
            printDocumentReport(documentReport);
            documentProblems = documentReport.problems.length;
          } finally {
            await documents.close();
          }
        }
        outcome.exitCode = report.breaks.length === 0 && documentProblems === 0 ? 0 : 1;
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

export function printDocumentReport(report: DocumentReport): void {
  for (const problem of report.problems) {
    console.log(`DOCUMENT ${problem.result.toUpperCase()} ${problem.sha256} (first referenced by ${problem.streamId} v${problem.streamVersion})`);
  }
  console.log(`${report.referenced} documents referenced, ${report.intact} intact, ${report.problems.length} missing or altered`);
}
