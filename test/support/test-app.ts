import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { ManualClock } from '@certflow/application';
import type { Role } from '@certflow/domain';
import { openEventStore, type EventStore } from '@certflow/event-store';
import { createTestDatabase, type TestDatabase } from '@certflow/testing';
import { mintToken } from '../../apps/api/src/auth/keys.js';
import { createApp } from '../../apps/api/src/main.js';

export interface TestApp {
  readonly app: INestApplication;
  readonly store: EventStore;
  readonly clock: ManualClock;
  readonly http: ReturnType<typeof request>;
  token(role: Role, binding?: { county?: string; platformId?: string; subject?: string }): Promise<string>;
  close(): Promise<void>;
}

/** The real app over HTTP on a fresh store: SQLite in a temp folder or a throwaway PostgreSQL database. */
export async function startTestApp(kind: 'sqlite' | 'postgres', startAt = '2027-03-01T01:00:00.000Z'): Promise<TestApp> {
  const folder = mkdtempSync(join(tmpdir(), 'certflow-e2e-'));
  let database: TestDatabase | undefined;
  if (kind === 'postgres') database = await createTestDatabase('certflow_e2e');
  const store = await openEventStore({ store: kind, dataDir: folder, databaseUrl: database?.url });
  const signingKey = new Uint8Array(randomBytes(32));
  const clock = new ManualClock(startAt);
  const app = await createApp({ store, signingKey, clock });
  await app.init();
  return {
    app,
    store,
    clock,
    http: request(app.getHttpServer()),
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
