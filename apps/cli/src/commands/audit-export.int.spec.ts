import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AUDIT_EXPORT_COLUMNS } from '@certflow/read-models';
import { parseCsv } from '@certflow/testing';

// `certflow audit export` as a user runs it, in a process of its own, over the demo's store.
const main = join(dirname(fileURLToPath(import.meta.url)), '..', 'main.ts');

function certflow(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', main, ...args], { env: { ...process.env, ...env }, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let scratch: string;
let env: Record<string, string>;
beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'certflow-export-'));
  const data = join(scratch, 'demo');
  env = { CERTFLOW_DATA_DIR: data };
  expect(await certflow(['demo', '--data-dir', data, '--json'])).toMatchObject({ code: 0 });
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const jsonLines = (text: string) => text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

describe('certflow audit export', () => {
  it("writes a platform's trail to a CSV file (BOM, header, rows) matching its JSON Lines on standard output", async () => {
    const out = join(scratch, 'zg-hub-006.csv');
    const csv = await certflow(['audit', 'export', '--platform', 'zg-hub-006', '--format', 'csv', '--out', out], env);
    expect(csv).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
    expect(header).toEqual([...AUDIT_EXPORT_COLUMNS]);

    const jsonl = await certflow(['audit', 'export', '--platform', 'zg-hub-006'], env);
    expect(jsonl).toMatchObject({ code: 0, stderr: '' });
    const entries = jsonLines(jsonl.stdout);
    expect(rows.map((row) => row[1])).toEqual(entries.map((e) => e.eventId));
    // Art. 15: announced, then revoked; the whole platform stream is its trail.
    expect(entries.map((e) => e.type).slice(-2)).toEqual(['RevocationAnnounced', 'PlatformRevoked']);
    expect(entries.map((e) => e.streamVersion)).toEqual(entries.map((_, i) => i + 1));
    expect(jsonl.stdout).toContain('章贡区中小企业综合服务平台');
  }, 60_000);

  it('narrows by county, and by county and cycle together; none is the whole trail', async () => {
    const [county, both, all] = await Promise.all([
      certflow(['audit', 'export', '--county', '360702'], env),
      certflow(['audit', 'export', '--county', '360702', '--cycle', '2027'], env),
      certflow(['audit', 'export'], env),
    ]);
    const [inCounty, inBoth, whole] = [county, both, all].map((run) => jsonLines(run.stdout));
    expect(inCounty.length).toBeGreaterThan(0);
    expect(inCounty.every((e) => e.county === '360702')).toBe(true);
    expect(inBoth.length).toBeGreaterThan(0);
    expect(inBoth.map((e) => e.eventId)).toEqual(inCounty.filter((e) => e.cycleYear === 2027).map((e) => e.eventId));
    const inCycle = whole.filter((e) => e.cycleYear === 2027);
    expect(inCycle.map((e) => e.type)).toContain('CycleOpened');
    expect(whole.length).toBeGreaterThan(inCounty.length);
    const positions = whole.map((e) => e.position as number);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  }, 60_000);

  it('answers a bad command line with one line on stderr and exit 2, writing nothing', async () => {
    const runs = await Promise.all(
      [
        ['audit', 'export', '--format', 'xlsx'],
        ['audit', 'export', '--cycle', '27'],
        ['audit', 'export', '--county', '110101'],
        ['audit', 'export', 'extra'],
      ].map((args) => certflow(args, env)),
    );
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    const help = await certflow(['audit', 'export', '--help'], env);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toContain('Usage: certflow audit export');
  }, 60_000);
});
