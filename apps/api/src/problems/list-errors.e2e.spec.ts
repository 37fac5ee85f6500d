import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { systemClock } from '@certflow/application';
import { CATALOGUE } from '@certflow/errors';
import { openEventStore } from '@certflow/event-store';
import { createApp } from '../main.js';

describe('GET /api/v1/errors', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'certflow-errors-'));
  let app: INestApplication;

  beforeAll(async () => {
    const store = await openEventStore({ store: 'sqlite', dataDir });
    app = await createApp({ store, signingKey: new Uint8Array(32), clock: systemClock });
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists every catalogued code, without a token, with its status, title, article and meaning', async () => {
    const { body } = await request(app.getHttpServer()).get('/api/v1/errors').expect(200);
    expect(body.map((entry: { code: string }) => entry.code)).toEqual(Object.keys(CATALOGUE));
    expect(body).toContainEqual({
      code: 'application.cycle-closed',
      status: 409,
      title: 'Refused',
      article: '12',
      meaning: { 'zh-CN': '该年度申报未开放或已截止', en: 'applications for that year are not open' },
    });
    expect(body).toContainEqual(expect.objectContaining({ code: 'recommendation.criterion-failed', article: '6, 7' }));
    expect(body).toContainEqual(expect.objectContaining({ code: 'idempotency.key-reused', status: 422, title: 'Idempotency-Key reused' }));
    expect(body.find((entry: { code: string }) => entry.code === 'cycle.unknown-ruleset')).not.toHaveProperty('article');
  });
});
