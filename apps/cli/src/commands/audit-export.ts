import { once } from 'node:events';
import { createWriteStream, openSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { findCounty } from '@certflow/domain';
import type { EventStore } from '@certflow/event-store';
import { CliError } from '../cli-error.js';
import type { AuditEntry, AuditExportFormat, AuditFilter } from '@certflow/read-models';

interface ExportOptions {
  readonly platform?: string;
  readonly county?: string;
  readonly cycle?: number;
  readonly format: AuditExportFormat;
  readonly out?: string;
}

const PAGE = 5000;

function platformId(value: string): string {
  if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(value)) throw new InvalidArgumentError('a platform id is 2 to 63 lowercase letters, digits or dashes');
  return value;
}

function countyCode(value: string): string {
  if (!findCounty(value)) throw new InvalidArgumentError('give the code of a Ganzhou county-level division, e.g. 360702');
  return value;
}

function cycleYear(value: string): number {
  const year = /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
  if (!(year >= 2013 && year <= 2100)) throw new InvalidArgumentError('a cycle is a year from 2013 to 2100');
  return year;
}

/**
 * `certflow audit export`: the trail as GET /api/v1/audit/export gives it, computed here from the
 * log with the same projection and filter, page by page, so a machine holding only the store (a
 * backup, an auditor's copy) exports without a server or read models, in bounded memory.
 */
export function registerAuditExport(audit: Command, withStore: <T>(work: (store: EventStore) => Promise<T>) => Promise<T>): void {
  audit
    .command('export')
    .description('the audit trail of a platform, a county or a cycle (together: all must hold; none: the whole trail) as JSON Lines or CSV (UTF-8 with BOM)')
    .addOption(new Option('--platform <platformId>', "one platform's trail").argParser(platformId))
    .addOption(new Option('--county <code>', "a county's trail (its platforms' decisions), e.g. 360702").argParser(countyCode))
    .addOption(new Option('--cycle <year>', "a cycle's trail (Art. 12), e.g. 2027").argParser(cycleYear))
    .addOption(new Option('--format <format>', 'jsonl or csv').choices(['jsonl', 'csv']).default('jsonl'))
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (options: ExportOptions) => {
      const filter: AuditFilter = {
        ...(options.platform !== undefined ? { platformId: options.platform } : {}),
        ...(options.county !== undefined ? { county: options.county } : {}),
        ...(options.cycle !== undefined ? { cycleYear: options.cycle } : {}),
      };
      const fd = options.out !== undefined ? openOut(options.out) : undefined;
      // Loaded here: every other command (and --help) starts without the read-models library.
      const { auditExportChunks } = await import('../../../../libs/read-models/src/audit-trail/audit-export.js');
      await withStore(async (store) => {
        const out = fd !== undefined ? createWriteStream('', { fd }) : process.stdout;
        // A reader that stops early (`| head`) closes the pipe: the export stops, quietly, as `cat` would.
        let closed = false;
        let failed: NodeJS.ErrnoException | undefined;
        const onError = (error: NodeJS.ErrnoException) => {
          if (error.code !== 'EPIPE') failed = error;
          closed = true;
          out.emit('drain');
        };
        out.on('error', onError);
        try {
          for await (const chunk of auditExportChunks(auditEntries(store, filter), options.format)) {
            if (closed) break;
            if (!out.write(chunk)) await once(out, 'drain');
          }
          if (failed) throw new CliError(`${options.out ?? 'standard output'}: ${failed.message}`);
          if (out !== process.stdout && !closed) {
            out.end();
            await once(out, 'finish');
          }
        } finally {
          out.off('error', onError);
        }
      });
    });
}

async function* auditEntries(store: EventStore, filter: AuditFilter): AsyncGenerator<AuditEntry> {
  const { auditTrail } = await import('../../../../libs/read-models/src/audit-trail/audit-trail.projection.js');
  const { matchesAudit } = await import('../../../../libs/read-models/src/queries.js');
  for (let after = 0; ; ) {
    const page = await store.readAll({ after, limit: PAGE, types: auditTrail.eventTypes });
    for (const event of page) {
      const entry = auditTrail.apply(undefined, event, event.eventId);
      if (entry && 'put' in entry && matchesAudit(entry.put, filter)) yield entry.put;
    }
    if (page.length < PAGE) return;
    after = page.at(-1)!.globalPosition;
  }
}

function openOut(file: string): number {
  try {
    return openSync(file, 'w');
  } catch (error) {
    throw new CliError(`--out ${file}: ${(error as Error).message}`);
  }
}
