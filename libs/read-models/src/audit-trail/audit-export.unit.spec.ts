import { describe, expect, it } from '@jest/globals';
import { parseCsv } from '@certflow/testing';
import { auditEntry } from '../contract/read-model-store.contract.js';
import type { AuditEntry } from '../documents.js';
import { AUDIT_EXPORT_COLUMNS, auditCsvHeader, auditCsvRow, auditExportChunks, auditJsonLine, csvField, UTF8_BOM } from './audit-export.js';

const certified: AuditEntry = auditEntry(9, {
  type: 'PlatformCertified',
  actorId: 'city-reviewer-wang',
  role: 'city',
  rulesetId: 'ganzhou-2013',
  rulesetVersion: 1,
  // Art. 11: the city's reasons, in Chinese, with the characters CSV must quote.
  reasons: ['符合第六条基本条件，和第七条"信息"类别要求', '第二行\r\n换行'],
  inputs: { title: '赣州市市级中小企业公共服务示范平台', note: 'a,b "c"\nd' },
});

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

describe('audit export formats', () => {
  it('quotes a field only when it holds a comma, a quote, CR or LF, doubling quotes (RFC 4180)', () => {
    expect(csvField('plain 中文')).toBe('plain 中文');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\ronly')).toBe('"cr\ronly"');
    expect(csvField('')).toBe('');
  });

  it('starts a CSV with the UTF-8 byte order mark and the header in the stable column order', () => {
    const header = auditCsvHeader();
    expect(header.startsWith(UTF8_BOM)).toBe(true);
    expect(Buffer.from(header, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(header.slice(1)).toBe(`${AUDIT_EXPORT_COLUMNS.join(',')}\r\n`);
    // Both times, business and recorded, and business before recorded.
    expect(AUDIT_EXPORT_COLUMNS.indexOf('occurredAt')).toBeLessThan(AUDIT_EXPORT_COLUMNS.indexOf('recordedAt'));
  });

  it('writes a row that reads back to the same Chinese text, commas, quotes and line breaks', () => {
    const [row] = parseCsv(auditCsvRow(certified));
    expect(row).toHaveLength(AUDIT_EXPORT_COLUMNS.length);
    const cell = (column: (typeof AUDIT_EXPORT_COLUMNS)[number]) => row![AUDIT_EXPORT_COLUMNS.indexOf(column)];
    expect(cell('type')).toBe('PlatformCertified');
    expect(cell('position')).toBe('9');
    expect(cell('occurredAt')).toBe(certified.occurredAt);
    expect(cell('recordedAt')).toBe(certified.recordedAt);
    expect(JSON.parse(cell('reasons')!)).toEqual(certified.reasons);
    expect(JSON.parse(cell('inputs')!)).toEqual(certified.inputs);
    // Absent fields are empty cells, so the columns never shift.
    expect(cell('actorCounty')).toBe('');
    expect(cell('ruleEvaluation')).toBe('');
  });

  it('writes one JSON object a line, keys in column order, Chinese unescaped, store bookkeeping left out', () => {
    const line = auditJsonLine(certified);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(line).toContain('赣州市市级中小企业公共服务示范平台');
    const parsed = JSON.parse(line) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(AUDIT_EXPORT_COLUMNS.filter((column) => certified[column] !== undefined));
    expect(parsed).not.toHaveProperty('_id');
    expect(parsed).not.toHaveProperty('lastPosition');
    expect(parsed.reasons).toEqual(certified.reasons);
  });

  it('streams a whole export: CSV header then one row per entry; JSON Lines without a header or BOM', async () => {
    const entries = [auditEntry(1), certified];
    const csv = await collect(auditExportChunks(entries, 'csv'));
    expect(parseCsv(csv.slice(1))).toHaveLength(3);
    const jsonl = await collect(auditExportChunks(entries, 'jsonl'));
    expect(jsonl.startsWith(UTF8_BOM)).toBe(false);
    expect(jsonl.trimEnd().split('\n').map((l) => JSON.parse(l).position)).toEqual([1, 9]);
    expect(await collect(auditExportChunks([], 'csv'))).toBe(auditCsvHeader());
    expect(await collect(auditExportChunks([], 'jsonl'))).toBe('');
  });
});
