import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { ManualClock } from '@certflow/application';
import type { Role } from '@certflow/domain';
import { openEventStore, type EventStore } from '@certflow/event-store';
import { createTestDatabase, type TestDatabase } from '@certflow/testing';
import { loadOrCreateSigningKey, mintToken } from '../../apps/api/src/auth/keys.js';
import { createApp } from '../../apps/api/src/main.js';

export interface TestApp {
  readonly app: INestApplication;
  readonly store: EventStore;
  readonly clock: ManualClock;
  readonly http: ReturnType<typeof request>;
  /** Holds the signing key, so `certflow demo --data-dir` can mint tokens for this server. */
  readonly dataDir: string;
  /** Starts listening on a free loopback port and answers the base URL. */
  listen(): Promise<string>;
  token(role: Role, binding?: { county?: string; platformId?: string; subject?: string }): Promise<string>;
  close(): Promise<void>;
}

/** The real app over HTTP on a fresh store: SQLite in a temp folder or a throwaway PostgreSQL database. */
export async function startTestApp(kind: 'sqlite' | 'postgres', startAt = '2027-03-01T01:00:00.000Z'): Promise<TestApp> {
  const folder = mkdtempSync(join(tmpdir(), 'certflow-e2e-'));
  let database: TestDatabase | undefined;
  if (kind === 'postgres') database = await createTestDatabase('certflow_e2e');
  const store = await openEventStore({ store: kind, dataDir: folder, databaseUrl: database?.url });
  const signingKey = loadOrCreateSigningKey(folder);
  const clock = new ManualClock(startAt);
  const app = await createApp({ store, signingKey, clock });
  await app.init();
  return {
    app,
    store,
    clock,
    http: request(app.getHttpServer()),
    dataDir: folder,
    async listen() {
      await app.listen(0, '127.0.0.1');
      return app.getUrl().then((url) => url.replace('[::1]', '127.0.0.1'));
    },
    token: (role, binding = {}) =>
      mintToken(signingKey, {
        role,
        ...(binding.county ? { county: binding.county } : {}),
        ...(binding.platformId ? { platformId: binding.platformId } : {}),
        ...(binding.subject ? { subject: binding.subject } : {}),
      }),
    async close() {
      await app.close();
      await database?.drop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
