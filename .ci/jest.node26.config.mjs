// Jest on Node 26 (.ci/node26.sh): the project's configuration, with better-sqlite3 taken from
// the copy built for Node 26's ABI, since node_modules holds the machine's Node build.
import { fileURLToPath, URL } from 'node:url';
import base from '../jest.config.mjs';

const addon = process.env.CERTFLOW_BETTER_SQLITE3;
if (!addon) throw new Error('CERTFLOW_BETTER_SQLITE3 must name the better-sqlite3 copy built for this Node (.ci/node26.sh sets it)');

export default {
  ...base,
  rootDir: fileURLToPath(new URL('..', import.meta.url)),
  moduleNameMapper: { '^better-sqlite3$': `${addon}/lib/index.js`, ...base.moduleNameMapper },
  // The browser suites drive the same Chromium whatever Node serves the pages: they run once, in
  // the machine's Node run of npm test.
  testPathIgnorePatterns: [...base.testPathIgnorePatterns, '<rootDir>/test/console/'],
  // A cache of its own: transforms are keyed by config, but the two runs may overlap.
  cacheDirectory: fileURLToPath(new URL('../node_modules/.cache/certflow-node26/jest', import.meta.url)),
};
