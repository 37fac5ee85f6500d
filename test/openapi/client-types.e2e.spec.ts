import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { CATALOGUE, type CatalogueEntry, type ErrorCode } from '@certflow/errors';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { startTestApp, type TestApp } from '../support/test-app.js';

// One copy, the web console's: apps/console builds on its own tsconfig and lint keeps apps from
// importing test/, so the test client (client.e2e.spec.ts) imports the console's.
const TYPES = [new URL('../../apps/console/src/api/certflow-api.d.ts', import.meta.url)];
const BANNER = [
  '// Generated from /api/docs-json by `npm run openapi:types` (openapi-typescript); do not edit.',
  '// client-types.e2e.spec.ts fails when the API documentation and this file drift apart.',
  '',
].join('\n');

/**
 * The committed client types must be what the served documentation generates, so that a
 * change to a DTO shows up as a diff here and, through client.e2e.spec.ts, as a type error.
 * `npm run openapi:types` runs this spec with CERTFLOW_WRITE_OPENAPI_TYPES=1 to rewrite them.
 */
describe('OpenAPI client types', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite', undefined, { readModels: 'memory' });
  });
  afterAll(async () => t?.close());

  it('are what /api/docs-json generates now', async () => {
    const document = (await t.http.get('/api/docs-json').expect(200)).body as OpenAPI3;
    const generated = BANNER + astToString(await openapiTS(document));
    for (const file of TYPES) {
      if (process.env.CERTFLOW_WRITE_OPENAPI_TYPES === '1') writeFileSync(file, generated);
      const committed = readFileSync(file, 'utf8');
      // Not toEqual on the texts: Jest would print thousands of lines. The first difference and
      // the way to accept the change say enough.
      expect({ file: file.pathname, firstDifference: firstDifference(committed, generated), fix: 'npm run openapi:types' }).toEqual({
        file: file.pathname,
        firstDifference: undefined,
        fix: 'npm run openapi:types',
      });
    }
  });

  it('names every code a client can be answered with', async () => {
    const text = JSON.stringify((await t.http.get('/api/docs-json').expect(200)).body);
    const answered = (Object.entries(CATALOGUE) as [ErrorCode, CatalogueEntry][]).filter(([, entry]) => entry.kind !== 'internal').map(([code]) => code);
    // The door (Roles('city')) refuses other roles before the cycle decider could; Node answers
    // unreadable requests before any route; a 405 answers a method no operation has, so no
    // operation can document it; token requests are the CLI's, never HTTP's.
    const unreachable = new Set([
      'cycle.city-only',
      'request.headers-too-large',
      'request.unparsable',
      'request.method-not-allowed',
      'token.invalid-ttl',
    ]);
    const named = (code: string) => text.includes(`\`${code}\``) || (code.startsWith('event-store.') && text.includes('`event-store.*`'));
    const missing = answered.filter((code) => !unreachable.has(code) && !named(code));
    expect(answered.length).toBeGreaterThan(60);
    expect(missing).toEqual([]);
  });
});

function firstDifference(committed: string, generated: string): string | undefined {
  const before = committed.split('\n');
  const after = generated.split('\n');
  const line = after.findIndex((text, index) => text !== before[index]);
  if (line === -1) return before.length === after.length ? undefined : `committed has ${before.length - after.length} lines more at the end`;
  return `line ${line + 1}: committed ${JSON.stringify(before[line] ?? '')}, generated ${JSON.stringify(after[line])}`;
}
