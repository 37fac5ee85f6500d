#!/usr/bin/env node
// The `certflow` command runs the compiled CLI; `npm ci` builds it (the prepare script).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const main = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'apps', 'cli', 'src', 'main.js');
if (!existsSync(main)) {
  console.error('certflow is not built yet: run `npm run build` in the certflow folder first.');
  process.exit(1);
}
await import(pathToFileURL(main).href);
