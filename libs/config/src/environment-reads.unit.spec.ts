import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../../../', import.meta.url).pathname;

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'dist', 'testing'].includes(entry.name) ? [] : sources(path);
    return /\.(ts|js|mjs)$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('the environment', () => {
  // A variable read beside the schema escapes its checks and README's table, as
  // CERTFLOW_REBUILD_MEMORY_MB did (a bad value silently became the default).
  it('is read through libs/config only, in apps/ and libs/ (tests and test helpers aside)', () => {
    const readers = [...sources(join(root, 'apps')), ...sources(join(root, 'libs'))]
      .filter((path) => !path.startsWith(join(root, 'libs', 'config')))
      .filter((path) => /process\.env\b/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(root, path));
    expect(readers).toEqual([]);
  });
});
