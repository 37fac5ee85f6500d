import type { AuditEntry } from '../documents.js';

export type AuditExportFormat = 'jsonl' | 'csv';

/**
 * The columns of an export, in this order whatever the entry holds, so that a spreadsheet made
 * from one year's export lines up with the next. Business time (occurredAt) and recorded time
 * (recordedAt) are both there: on a training server they lie years apart.
 */
export const AUDIT_EXPORT_COLUMNS = [
  'position',
  'eventId',
  'streamId',
  'streamVersion',
  'type',
  'platformId',
  'cycleYear',
  'county',
  'actorId',
  'role',
  'actorCounty',
  'occurredAt',
  'recordedAt',
  'command',
  'commandId',
  'correlationId',
  'rulesetId',
  'rulesetVersion',
  'reasons',
  'ruleEvaluation',
  'inputs',
  'hash',
] as const satisfies readonly (keyof AuditEntry)[];

/** Excel and WPS read a CSV without it as the machine's code page (GBK on Chinese Windows). */
export const UTF8_BOM = '\uFEFF';

export const AUDIT_EXPORT_MEDIA_TYPES: Record<AuditExportFormat, string> = {
  jsonl: 'application/jsonl; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
};

/** One entry as a JSON object with the columns' keys in the columns' order; absent fields are left out. */
export function auditExportRecord(entry: AuditEntry): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const column of AUDIT_EXPORT_COLUMNS) {
    if (entry[column] !== undefined) record[column] = entry[column];
  }
  return record;
}

export function auditJsonLine(entry: AuditEntry): string {
  return `${JSON.stringify(auditExportRecord(entry))}\n`;
}

/** The first chunk of a CSV export: the byte order mark and the header row. */
export function auditCsvHeader(): string {
  return `${UTF8_BOM}${AUDIT_EXPORT_COLUMNS.join(',')}\r\n`;
}

/**
 * RFC 4180: CRLF between records, a field quoted when it holds a comma, a quote, CR or LF, and
 * quotes inside doubled. Structured fields (reasons, rule evaluation, inputs) are JSON text in
 * their cell, so nothing is lost and every free text of the trail sits inside a cell that
 * starts with `[` or `{`, never with a spreadsheet formula's `=`.
 */
export function auditCsvRow(entry: AuditEntry): string {
  return `${AUDIT_EXPORT_COLUMNS.map((column) => csvField(cellText(entry[column]))).join(',')}\r\n`;
}

export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The whole export of some entries, header first; `entries` is read one at a time. */
export async function* auditExportChunks(entries: AsyncIterable<AuditEntry> | Iterable<AuditEntry>, format: AuditExportFormat): AsyncGenerator<string> {
  if (format === 'csv') yield auditCsvHeader();
  const line = format === 'csv' ? auditCsvRow : auditJsonLine;
  for await (const entry of entries) yield line(entry);
}
