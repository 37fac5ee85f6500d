// `npm run config:docs`: writes README's configuration table from the schema.
import { readFileSync, writeFileSync } from 'node:fs';
import { configurationTable, withConfigurationTable } from '../src/table.js';

const readme = new URL('../../../README.md', import.meta.url);
const before = readFileSync(readme, 'utf8');
const after = withConfigurationTable(before, configurationTable());
if (after !== before) writeFileSync(readme, after);
process.stdout.write(after === before ? 'README.md: configuration table already up to date\n' : 'README.md: configuration table written\n');
