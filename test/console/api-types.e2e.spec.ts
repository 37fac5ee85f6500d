import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { startTestApp, type TestApp } from '../support/test-app.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const consoleDir = join(root, 'apps', 'console');

/**
 * The console's API types come from /api/docs-json, so an incompatible change of the API breaks
 * the console's type check, not a clerk's afternoon. Shown here by generating the types from a
 * document where the registry entry's `name` became `title`: vue-tsc must then refuse the public
 * registry page, which shows `entry.name`.
 */
describe("the console's type check against the OpenAPI document", () => {
  let t: TestApp;
  // Inside the checkout, so that vue-tsc resolves vite/client and vue from its node_modules.
  const work = join(root, 'node_modules', '.cache', `certflow-console-drift-${process.pid}`);

  beforeAll(async () => {
    t = await startTestApp('sqlite', undefined, { readModels: 'memory' });
    mkdirSync(work, { recursive: true });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('fails when a field the console shows is renamed in the document', async () => {
    const document = (await t.http.get('/api/docs-json').expect(200)).body as OpenAPI3;
    const entry = document.components!.schemas!.RegistryEntryDto as { properties: Record<string, unknown>; required: string[] };
    expect(entry.properties.name).toBeDefined();
    entry.properties.title = entry.properties.name;
    delete entry.properties.name;
    entry.required = entry.required.map((field) => (field === 'name' ? 'title' : field));
    writeFileSync(join(work, 'certflow-api.d.ts'), astToString(await openapiTS(document)));
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({
        extends: join(consoleDir, 'tsconfig.json'),
        compilerOptions: {
          baseUrl: consoleDir,
          paths: {
            '@certflow/domain': [join(root, 'libs/domain/src/index.ts')],
            '@certflow/errors': [join(root, 'libs/errors/src/index.ts')],
            '@certflow/api-types': [join(work, 'certflow-api.d.ts')],
          },
        },
        // The page the renamed field breaks and what it imports: the whole console is npm run typecheck's.
        include: [join(consoleDir, 'src/registry/RegistryApp.vue'), join(consoleDir, 'src/registry/main.ts')],
      }),
    );
    const check = spawnSync(process.execPath, [join(root, 'node_modules', 'vue-tsc', 'bin', 'vue-tsc.js'), '-p', join(work, 'tsconfig.json')], { encoding: 'utf8' });
    const output = `${check.stdout}${check.stderr}`;
    expect(check.status).not.toBe(0);
    expect(output).toMatch(/RegistryApp\.vue\(\d+,\d+\): error TS2339: Property 'name' does not exist/);
  }, 120_000);
});
