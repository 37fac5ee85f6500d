import { afterAll, describe, expect, it } from '@jest/globals';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FINGERPRINT_FILE, codeFingerprint, hashCode, writeCodeFingerprint } from './code-fingerprint.js';

/**
 * The code fingerprint a start-up snapshot carries: written once by the build beside the built
 * files, so a server started from dist/ reads it instead of hashing its code at every start;
 * a change to the code that derives the documents gives another fingerprint (older snapshots
 * are then ignored).
 */
describe('code fingerprint of start-up snapshots (issue 15)', () => {
  const root = mkdtempSync(join(tmpdir(), 'certflow-fingerprint-'));
  const snapshotFolder = join(root, 'apps', 'worker', 'src', 'snapshot');
  const domain = join(root, 'libs', 'domain', 'src');

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function layout(): void {
    mkdirSync(snapshotFolder, { recursive: true });
    mkdirSync(join(root, 'apps', 'worker', 'src', 'scheduler'), { recursive: true });
    mkdirSync(join(root, 'libs', 'read-models', 'src'), { recursive: true });
    mkdirSync(domain, { recursive: true });
    writeFileSync(join(snapshotFolder, 'start-up-snapshot.js'), 'export const a = 1;\n');
    writeFileSync(join(domain, 'evolve.js'), 'export const evolve = (s) => s;\n');
    // Tests and declarations decide nothing.
    writeFileSync(join(domain, 'evolve.unit.spec.js'), 'test\n');
  }

  it('reads the fingerprint the build wrote instead of hashing, and hashes when there is none', () => {
    layout();
    const hashed = hashCode(snapshotFolder);
    expect(hashed).toMatch(/^[0-9a-f]{64}$/);
    expect(codeFingerprint(snapshotFolder)).toBe(hashed);
    expect(writeCodeFingerprint(snapshotFolder)).toBe(hashed);
    const [, summary] = readFileSync(join(snapshotFolder, FINGERPRINT_FILE), 'utf8').trim().split(' ');
    expect(summary).toMatch(/^2:\d+:\d+$/);
    // Proof that it is read, not hashed again: a written value the files would not give.
    writeFileSync(join(snapshotFolder, FINGERPRINT_FILE), `${'ab'.repeat(32)} ${summary}\n`);
    expect(codeFingerprint(snapshotFolder)).toBe('ab'.repeat(32));
    // A file that is not a fingerprint is no answer: the files are hashed.
    writeFileSync(join(snapshotFolder, FINGERPRINT_FILE), 'half\n');
    expect(codeFingerprint(snapshotFolder)).toBe(hashed);
    rmSync(join(snapshotFolder, FINGERPRINT_FILE));
  });

  it('is hashed again when the files changed after the build wrote it (tsc run again without a clean dist/)', () => {
    layout();
    writeCodeFingerprint(snapshotFolder);
    const [, summary] = readFileSync(join(snapshotFolder, FINGERPRINT_FILE), 'utf8').trim().split(' ');
    writeFileSync(join(snapshotFolder, FINGERPRINT_FILE), `${'ab'.repeat(32)} ${summary}\n`);
    expect(codeFingerprint(snapshotFolder)).toBe('ab'.repeat(32));
    // Same size, later time: a recompile that wrote the same bytes still counts as a change.
    const evolve = join(domain, 'evolve.js');
    utimesSync(evolve, new Date(), new Date(Date.now() + 5_000));
    expect(codeFingerprint(snapshotFolder)).toBe(hashCode(snapshotFolder));
    writeCodeFingerprint(snapshotFolder);
    const [, again] = readFileSync(join(snapshotFolder, FINGERPRINT_FILE), 'utf8').trim().split(' ');
    writeFileSync(join(snapshotFolder, FINGERPRINT_FILE), `${'ab'.repeat(32)} ${again}\n`);
    // One more file, older than the rest: its number tells.
    writeFileSync(join(domain, 'extra.js'), 'export const extra = 1;\n');
    utimesSync(join(domain, 'extra.js'), new Date(0), new Date(0));
    expect(codeFingerprint(snapshotFolder)).toBe(hashCode(snapshotFolder));
    rmSync(join(domain, 'extra.js'));
    rmSync(join(snapshotFolder, FINGERPRINT_FILE));
  });

  it('changes when the domain code changes, not when a test does', () => {
    layout();
    const before = hashCode(snapshotFolder);
    appendFileSync(join(domain, 'evolve.unit.spec.js'), 'more\n');
    expect(hashCode(snapshotFolder)).toBe(before);
    appendFileSync(join(domain, 'evolve.js'), 'export const b = 2;\n');
    expect(hashCode(snapshotFolder)).not.toBe(before);
  });

  it('of this checkout from the sources: the hash of its files, the same on every call', () => {
    const here = dirname(fileURLToPath(import.meta.url));
    expect(codeFingerprint()).toBe(hashCode(here));
    expect(codeFingerprint()).toBe(codeFingerprint());
    // A copy of the sources with an edit in the read models hashes differently.
    const copy = join(root, 'copy');
    for (const part of ['libs/domain/src', 'libs/read-models/src', 'apps/worker/src/scheduler', 'apps/worker/src/snapshot']) {
      cpSync(join(here, '..', '..', '..', '..', part), join(copy, part), { recursive: true });
    }
    const copied = join(copy, 'apps', 'worker', 'src', 'snapshot');
    expect(hashCode(copied)).toBe(hashCode(here));
    appendFileSync(join(copy, 'libs', 'read-models', 'src', 'projection.ts'), '\n// changed\n');
    expect(hashCode(copied)).not.toBe(hashCode(here));
  });
});
