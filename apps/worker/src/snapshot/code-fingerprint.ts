import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Bumped when the layout of the snapshot file changes (start-up-snapshot.ts), or when the
 * snapshots an older version wrote cannot be trusted: it is part of the fingerprint. 2: on
 * PostgreSQL, versions before it could read past events (ids sorted as text), and their
 * snapshots' cursors stand after them; a full rebuild from the log applies them.
 */
export const SNAPSHOT_FORMAT_VERSION = 2;

/**
 * Where `npm run build` leaves the fingerprint of the built code, beside this module in dist/:
 * a server started from the build reads it instead of hashing its own files at every start.
 */
export const FINGERPRINT_FILE = 'code-fingerprint.txt';

const HERE = dirname(fileURLToPath(import.meta.url));

let fingerprint: string | undefined;

/**
 * What decides the content of a snapshot: the code of the domain (evolve, the schedule), the
 * read models (projections, the memory store) and the scheduler, as the files this process
 * runs. A change to any of them, a new build or a run from the sources, makes older snapshots
 * ignored. From a build it is the fingerprint the build wrote; from the sources (tests, tsx),
 * the source files hashed once per process.
 */
export function codeFingerprint(folder = HERE): string {
  if (folder === HERE && fingerprint) return fingerprint;
  const value = writtenFingerprint(folder) ?? hashCode(folder);
  if (folder === HERE) fingerprint = value;
  return value;
}

/**
 * The fingerprint the build wrote, while the files still are what it hashed: their number, total
 * size and latest change time are written beside it. A compile into dist/ without the build's
 * clean start (tsc run again by hand) rewrites the files, and they are then hashed again.
 */
function writtenFingerprint(folder: string): string | undefined {
  const written = join(folder, FINGERPRINT_FILE);
  const found = existsSync(written) ? /^([0-9a-f]{64}) (\d+:\d+:\d+)$/.exec(readFileSync(written, 'utf8').trim()) : null;
  return found && found[2] === filesSummary(codeFiles(folder)) ? found[1] : undefined;
}

/** The SHA-256 of the files that derive a snapshot's content, `folder` being the snapshot module's own (src/ or dist/). */
export function hashCode(folder = HERE): string {
  return hashFiles(folder, codeFiles(folder));
}

/** Writes the fingerprint of the files beside `folder` into it (run by `npm run build` on dist/). */
export function writeCodeFingerprint(folder = HERE): string {
  const files = codeFiles(folder);
  const value = hashFiles(folder, files);
  writeFileSync(join(folder, FINGERPRINT_FILE), `${value} ${filesSummary(files)}\n`);
  return value;
}

function codeFiles(folder: string): string[] {
  const root = rootOf(folder);
  return [join(root, 'libs', 'domain', 'src'), join(root, 'libs', 'read-models', 'src'), join(folder, '..', 'scheduler'), folder].flatMap(filesUnder);
}

function rootOf(folder: string): string {
  return join(folder, '..', '..', '..', '..');
}

function hashFiles(folder: string, files: readonly string[]): string {
  const root = rootOf(folder);
  const digest = createHash('sha256');
  digest.update(`${SNAPSHOT_FORMAT_VERSION}\n`);
  for (const path of files) {
    digest.update(`${relative(root, path)}\n`);
    digest.update(readFileSync(path));
  }
  return digest.digest('hex');
}

function filesSummary(files: readonly string[]): string {
  let bytes = 0;
  let latest = 0;
  for (const path of files) {
    const { size, mtimeMs } = statSync(path);
    bytes += size;
    latest = Math.max(latest, Math.floor(mtimeMs));
  }
  return `${files.length}:${bytes}:${latest}`;
}

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const found: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path));
    else if (/\.(js|ts)$/.test(name) && !/\.spec\.(js|ts)$/.test(name) && !name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

// `node dist/apps/worker/src/snapshot/code-fingerprint.js --write`: the last step of `npm run build`.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes('--write')) {
  writeCodeFingerprint();
}
