import { CertflowError } from '@certflow/errors';
import { VARIABLES } from './schema.js';

export const TABLE_BEGIN = '<!-- configuration table: generated from libs/config/src/schema.ts by `npm run config:docs` -->';
export const TABLE_END = '<!-- end of configuration table -->';

/** README's configuration table, one row per variable in the schema's order. */
export function configurationTable(): string {
  const cell = (markdown: string) => markdown.replaceAll('|', '\\|');
  const rows = Object.entries(VARIABLES).map(([name, entry]) => `| \`${name}\` | ${cell(entry.shownDefault)} | ${cell(entry.meaning)} |`);
  return ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n');
}

export class ReadmeMarkersError extends CertflowError {
  constructor(message: string) {
    super('config.readme-markers', { zh: message, en: message });
  }
}

/** README with its table replaced by `table`; refuses a README without exactly one pair of markers. */
export function withConfigurationTable(readme: string, table: string): string {
  const begin = readme.indexOf(TABLE_BEGIN);
  const end = readme.indexOf(TABLE_END);
  if (begin < 0 || end < begin || readme.indexOf(TABLE_BEGIN, begin + 1) >= 0) {
    throw new ReadmeMarkersError(`README.md needs one '${TABLE_BEGIN}' line followed by one '${TABLE_END}' line`);
  }
  return `${readme.slice(0, begin + TABLE_BEGIN.length)}\n${table}\n${readme.slice(end)}`;
}
