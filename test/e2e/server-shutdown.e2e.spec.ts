import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '@certflow/composition';
import { loadConfig } from '@certflow/config';
import { createLogger } from '@certflow/observability';
import { createTestDatabase, type TestDatabase } from '@certflow/testing';

/**
 * `certflow serve` stops on SIGTERM through the app's shutdown: the projector, scheduler, log
 * sealer and snapshots must stop before the event store closes. They used to be stopped beside
 * the shutdown, and a subscription reading at that moment failed on a closed pool and said so.
 */
describe.each(['sqlite', 'postgres'] as const)('a server shutting down on %s', (kind) => {
  const folder = mkdtempSync(join(tmpdir(), 'certflow-shutdown-'));
  let database: TestDatabase | undefined;
  afterAll(async () => {
    await database?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('stops what runs beside the app before the store closes, with nothing failing', async () => {
    if (kind === 'postgres') database = await createTestDatabase('certflow_shutdown');
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(line) } });
    const store = kind === 'postgres' ? { CERTFLOW_EVENT_STORE: 'postgres', DATABASE_URL: database!.url } : {};
    const server = await startServer(loadConfig({ ...store, CERTFLOW_DATA_DIR: folder }), 'all', logger);
    await server.app.listen(0, '127.0.0.1');
    // What a signal does: Nest's shutdown hooks close the app, and nothing else is called.
    await server.app.close();
    // Past the subscriptions' poll: one left running would have read the closed store by now.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const warnings = lines.map((line) => JSON.parse(line) as { level: number; msg: string }).filter((line) => line.level >= 40);
    await server.stopBackground();
    expect(warnings.map((line) => line.msg)).toEqual([]);
  });
});
