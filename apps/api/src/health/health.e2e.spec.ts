import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { systemClock } from '@certflow/application';
import { openEventStore } from '@certflow/event-store';
import { testLogger } from '@certflow/testing';
import { createApp } from '../main.js';

describe('GET /health on the embedded store', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'certflow-health-'));
  let app: INestApplication;

  beforeAll(async () => {
    const store = await openEventStore({ store: 'sqlite', dataDir });
    await store.append('health-probe', [{ type: 'Probe.Written', data: {} }]);
    app = await createApp({ store, signingKey: new Uint8Array(32), clock: systemClock, logger: testLogger() });
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('names the store it uses and how far its log reaches', async () => {
    const response = await request(app.getHttpServer()).get('/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', store: { kind: 'sqlite', status: 'up', headPosition: 1 } });
  });
});
