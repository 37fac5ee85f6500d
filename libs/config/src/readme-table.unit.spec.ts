import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { configurationTable, TABLE_BEGIN, TABLE_END, withConfigurationTable } from './table.js';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe("README's configuration table", () => {
  it('is the one libs/config/src/schema.ts generates: when not, run `npm run config:docs`', () => {
    const inReadme = readme.slice(readme.indexOf(TABLE_BEGIN) + TABLE_BEGIN.length, readme.indexOf(TABLE_END)).trim();
    expect(inReadme).toBe(configurationTable());
    expect(withConfigurationTable(readme, configurationTable())).toBe(readme);
  });

  it('lists every variable an entry point reads, the moved ones included', () => {
    for (const name of ['CERTFLOW_READ_MODELS', 'MONGODB_URL', 'CERTFLOW_MONGODB_DATABASE', 'CERTFLOW_REBUILD_MEMORY_MB', 'CERTFLOW_DATA_DIR']) {
      expect(readme).toContain(`| \`${name}\` |`);
    }
  });

  it('refuses a README without its markers', () => {
    expect(() => withConfigurationTable('# certflow\n', configurationTable())).toThrow(/npm run config:docs/);
  });
});
