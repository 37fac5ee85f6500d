import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { systemClock } from '@certflow/application';
import { openEventStore } from '@certflow/event-store';
import { testLogger } from '@certflow/testing';
import { createApp } from '../main.js';
import { serveConsoleFiles } from './console-files.js';

/** A stand-in for the Vite output: two pages and one hashed bundle, large enough to be compressed. */
function consoleBuild(folder: string): void {
  mkdirSync(join(folder, 'console'), { recursive: true });
  mkdirSync(join(folder, 'assets'));
  writeFileSync(join(folder, 'index.html'), '<!doctype html><title>registry</title>');
  writeFileSync(join(folder, 'console', 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(join(folder, 'assets', 'index-3f2a.js'), `export const pages = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `page-${i}`))};\n`);
}

describe('the console and public pages served beside the API', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'certflow-console-files-'));
  const built = join(dataDir, 'console-build');
  let app: NestFastifyApplication;

  beforeAll(async () => {
    consoleBuild(built);
    const store = await openEventStore({ store: 'sqlite', dataDir });
    app = await createApp({ store, signingKey: new Uint8Array(32), clock: systemClock, logger: testLogger(), rateLimits: { anonymousPerMinute: 0, authenticatedPerMinute: 0 } });
    await expect(serveConsoleFiles(app, built)).resolves.toBe(true);
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([
    ['/', 'registry'],
    ['/p/gz-info-001', 'registry'],
    ['/console', 'console'],
    ['/console/city/review', 'console'],
  ])('answers %s with its page, always revalidated, behind the CSP', async (path, title) => {
    const response = await request(app.getHttpServer()).get(path).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.text).toContain(`<title>${title}</title>`);
  });

  it('serves hashed bundles gzipped and cached for a year', async () => {
    const response = await request(app.getHttpServer()).get('/assets/index-3f2a.js').set('Accept-Encoding', 'gzip').expect(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.text).toContain('page-399');
  });

  it('leaves the API answers uncompressed', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/errors').set('Accept-Encoding', 'gzip').expect(200);
    expect(response.headers['content-encoding']).toBeUndefined();
  });

  it('answers a missing bundle 404 problem+json', async () => {
    const response = await request(app.getHttpServer()).get('/assets/gone-0000.js').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'route.not-found', status: 404 });
  });

  it('answers a file request it cannot serve (a Range past the end) as problem+json, not in Fastify\'s own shape', async () => {
    const response = await request(app.getHttpServer()).get('/assets/index-3f2a.js').set('Range', 'bytes=99999999-').expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'request.invalid', status: 400 });
    expect(JSON.stringify(response.body)).not.toContain(built);
  });

  it('reaches an API route with a trailing slash or in another letter case, as on Express', async () => {
    await request(app.getHttpServer()).get('/api/v1/errors/').expect(200);
    await request(app.getHttpServer()).get('/API/V1/errors').expect(200);
  });

  it('is not a place to send anything to: 405 with Allow', async () => {
    const response = await request(app.getHttpServer()).post('/console/city/review').send({}).expect(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  });
});
