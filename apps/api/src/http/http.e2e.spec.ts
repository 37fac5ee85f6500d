import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as rawRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { systemClock } from '@certflow/application';
import { openEventStore } from '@certflow/event-store';
import { at, testLogger } from '@certflow/testing';
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { createApp } from '../main.js';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('HTTP hardening (issue 8, items 2, 3, 5, 6, 8)', () => {
  let t: TestApp;
  let city: string;

  beforeAll(async () => {
    t = await startTestApp('sqlite', at('2027-03-01'), { readModels: 'memory' });
    city = await t.token('city');
  });
  afterAll(async () => t?.close());

  const openCycle = () =>
    t.http
      .post('/api/v1/cycles/2027/open-cycle')
      .set('Authorization', `Bearer ${city}`)
      .set('Content-Type', 'application/json');

  describe('bodies are limited before they are parsed', () => {
    it('answers 400 request.json-too-deep past 32 levels, and parses 32 (boundary)', async () => {
      const head = await t.store.headPosition();
      const deep = await openCycle().send(nested(33));
      expect(deep.status).toBe(400);
      expect(deep.body).toMatchObject({ code: 'request.json-too-deep' });
      // 1,400 levels in 2.8 KB used to overflow class-transformer's stack: a 500.
      expect((await openCycle().send(nested(1400))).body).toMatchObject({ status: 400, code: 'request.json-too-deep' });
      const atLimit = await openCycle().send(`{"noticeTitle":${nested(31)}}`);
      expect(atLimit.status).toBe(400);
      expect(atLimit.body.code).toBe('request.invalid');
      expect(await t.store.headPosition()).toBe(head);
    });

    it('counts brackets inside strings as text, not depth', async () => {
      const answer = await openCycle().send(JSON.stringify({ noticeTitle: nested(40) }));
      expect(answer.body.code).toBe('request.invalid');
    });

    it('answers 415 with its own code for anything but JSON on a command', async () => {
      for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x', 'application/json; charset=latin1']) {
        const answer = await openCycle().set('Content-Type', type).send('noticeTitle=x');
        expect({ type, status: answer.status, code: answer.body.code }).toEqual({ type, status: 415, code: 'request.unsupported-media-type' });
        expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    });

    it('answers 413 problem+json above 100 KB', async () => {
      const answer = await openCycle().send(JSON.stringify({ noticeTitle: 'x'.repeat(101 * 1024) }));
      expect(answer.status).toBe(413);
      expect(answer.body).toMatchObject({ code: 'request.too-large', title: 'Body too large' });
    });

    it('answers 400 request.malformed-json for a body that is not JSON', async () => {
      const answer = await openCycle().send('{"noticeTitle": ');
      expect(answer.body).toMatchObject({ status: 400, code: 'request.malformed-json' });
    });
  });

  describe('free text', () => {
    const cycle = (noticeTitle: string) => ({
      rulesetId: 'ganzhou-2013',
      noticeTitle,
      applicationDeadline: '2027-04-30',
      recheckMaterialsDeadline: '2027-05-31',
      reviewDeadline: '2027-07-31',
    });

    it.each([
      ['a bidi override', '2027年度认定\u202e知通'],
      ['an isolate', '\u2067认定通知\u2069'],
      ['a C0 control', '认定\u0007通知'],
      ['a C1 control', '认定\u0085通知'],
      ['invisible characters only', '\u200b\u3000 '],
    ])('refuses %s with 400 naming the field, writing nothing', async (_, text) => {
      const head = await t.store.headPosition();
      const answer = await openCycle().send(cycle(text));
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'noticeTitle' })]);
      expect(await t.store.headPosition()).toBe(head);
    });

    it('refuses fields named after what every object inherits (constructor, toString), in bodies and query strings', async () => {
      const head = await t.store.headPosition();
      const body = await openCycle().send(JSON.stringify({ ...cycle('2027年度认定通知'), constructor: 1 }));
      expect(body.status).toBe(400);
      expect(body.body.errors).toEqual([expect.objectContaining({ field: 'constructor' })]);
      for (const name of ['constructor', 'toString', 'hasOwnProperty']) {
        const query = await t.http.get(`/api/v1/registry?${name}=1`);
        expect({ name, status: query.status }).toEqual({ name, status: 400 });
      }
      expect(await t.store.headPosition()).toBe(head);
    });

    it('stores text in Unicode normal form C', async () => {
      const decomposed = '2027年度认定通知 Cafe\u0301';
      const answer = await openCycle().send(cycle(decomposed)).expect(201);
      const [event] = await t.store.readStream(answer.body.streamId);
      expect((event!.data as { noticeTitle: string }).noticeTitle).toBe('2027年度认定通知 Caf\u00e9');
    });
  });

  describe('dates and instants', () => {
    it.each(['2027-W05', '2027-060', '20270101', '2027-01-01T00Z', '2027-02-30T00:00:00Z', '2027-01-01T00:00:00', '2027-13-01T00:00:00+08:00'])(
      'answers 400 naming the field for the instant %p, never 500',
      async (value) => {
        const trail = await t.http.get(`/api/v1/audit/trail?from=${encodeURIComponent(value)}`).set('Authorization', `Bearer ${city}`);
        expect({ status: trail.status, field: trail.body.errors?.[0]?.field }).toEqual({ status: 400, field: 'from' });
        const clock = await t.http.put('/api/v1/simulation/clock').set('Authorization', `Bearer ${city}`).send({ now: value });
        expect({ status: clock.status, field: clock.body.errors?.[0]?.field }).toEqual({ status: 400, field: 'now' });
      },
    );

    it.each(['2027-02-30', '2027-W05-1', '2027-060', '20270430', '2027-4-30'])('answers 400 for the calendar date %p', async (value) => {
      const answer = await openCycle().send({
        rulesetId: 'ganzhou-2013',
        noticeTitle: '通知',
        applicationDeadline: value,
        recheckMaterialsDeadline: '2027-05-31',
        reviewDeadline: '2027-07-31',
      });
      expect({ status: answer.status, field: answer.body.errors?.[0]?.field }).toEqual({ status: 400, field: 'applicationDeadline' });
    });
  });

  describe('answers', () => {
    it('carry security headers and no X-Powered-By', async () => {
      const answer = await t.http.get('/health').expect(200);
      expect(answer.headers['x-powered-by']).toBeUndefined();
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['x-frame-options']).toBe('DENY');
      expect(answer.headers['referrer-policy']).toBe('no-referrer');
      expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    });

    it('are never cacheable when a token unlocked them: no-store, no ETag', async () => {
      const answer = await t.http.get('/api/v1/cycles/2027').set('Authorization', `Bearer ${city}`);
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.headers.etag).toBeUndefined();
      const refused = await t.http.get('/api/v1/cycles/1999').set('Authorization', `Bearer ${city}`);
      expect(refused.headers['cache-control']).toBe('no-store');
    });

    it('are problem+json with our own title for an unknown route (404) and a wrong method (405 with Allow)', async () => {
      const missing = await t.http.get('/api/v1/nowhere');
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ code: 'route.not-found', title: 'Not found' });
      const wrong = await t.http.get('/api/v1/cycles/2027/open-cycle').set('Authorization', `Bearer ${city}`);
      expect(wrong.status).toBe(405);
      expect(wrong.headers.allow).toBe('POST');
      expect(wrong.body).toMatchObject({ code: 'request.method-not-allowed', title: 'Method not allowed' });
    });

    it('are problem+json for a path that does not percent-decode, and for an over-long path parameter (the route checks it)', async () => {
      const undecodable = await t.http.get('/api/v1/platforms/%E0%A4%A').set('Authorization', `Bearer ${city}`).set('Accept-Language', 'en').set('X-Request-Id', 'router-refusal-1');
      expect(undecodable.status).toBe(400);
      expect(undecodable.headers['x-request-id']).toBe('router-refusal-1');
      expect(undecodable.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(undecodable.headers['cache-control']).toBe('no-store');
      expect(undecodable.body).toMatchObject({ code: 'request.invalid', status: 400, instance: '/api/v1/platforms/%E0%A4%A' });
      const long = await t.http.get(`/api/v1/platforms/${'a'.repeat(300)}`).set('Authorization', `Bearer ${city}`);
      expect(long.status).toBe(400);
      expect(long.body).toMatchObject({ code: 'request.invalid', detail: expect.stringContaining('platformId must be 2 to 63') });
    });

    it('are problem+json for headers too large (431), which Node answers before any route', async () => {
      const server = t.app.getHttpServer();
      if (!server.listening) await t.listen();
      const { port } = server.address() as AddressInfo;
      const answer = await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
        const call = rawRequest({ host: '127.0.0.1', port, path: '/health', headers: { 'x-filler': 'x'.repeat(20_000) } }, (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode!, type: String(response.headers['content-type']), body }));
        });
        call.on('error', reject);
        call.end();
      });
      expect(answer.status).toBe(431);
      expect(answer.type).toBe('application/problem+json');
      expect(JSON.parse(answer.body)).toMatchObject({ status: 431, code: 'request.headers-too-large' });
    });
  });

  describe('reads', () => {
    it('answers 400 at once for a minPosition beyond the head; 200 at the head', async () => {
      const head = await t.store.headPosition();
      const started = performance.now();
      const beyond = await t.http.get(`/api/v1/registry?minPosition=${head + 1}`);
      expect(beyond.status).toBe(400);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(beyond.body.errors).toEqual([expect.objectContaining({ field: 'minPosition' })]);
      await t.http.get(`/api/v1/registry?minPosition=${head}`).expect(200);
    });
  });

  describe('simulated time (item 8)', () => {
    it('says so on every answer, and records each move of the clock with who, from and to', async () => {
      const health = await t.http.get('/health').expect(200);
      expect(health.headers['certflow-simulated-business-time']).toBe(t.clock.now());
      const from = t.clock.now();
      const moved = await t.http.put('/api/v1/simulation/clock').set('Authorization', `Bearer ${city}`).send({ now: '2027-04-01T09:00:00+08:00' }).expect(200);
      expect(moved.body).toMatchObject({ now: '2027-04-01T01:00:00.000Z', from });
      const [move] = (await t.store.readStream('simulation-clock')).slice(-1);
      expect(move).toMatchObject({ type: 'BusinessClockMoved', data: { from, to: '2027-04-01T01:00:00.000Z' }, metadata: { role: 'city', actorId: 'city' } });
    });

    it('marks every event decided on simulated time', async () => {
      const events = await t.store.readAll({ types: ['CycleOpened'] });
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) expect(event.metadata.businessTimeSimulated).toBe(true);
    });
  });
});

describe('a server on real time, in production (issue 8, items 5 and 10)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'certflow-real-time-'));
  let app: INestApplication;

  beforeAll(async () => {
    const store = await openEventStore({ store: 'sqlite', dataDir });
    app = await createApp({ store, signingKey: new Uint8Array(32), clock: systemClock, apiDocs: false, rateLimits: { anonymousPerMinute: 3, authenticatedPerMinute: 0 }, logger: testLogger() });
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('mounts no clock route, marks no answer, and serves no /api/docs', async () => {
    const http = request(app.getHttpServer());
    const answer = await http.get('/health');
    expect(answer.headers['certflow-simulated-business-time']).toBeUndefined();
    expect((await http.put('/api/v1/simulation/clock').send({ now: '2027-01-01T00:00:00Z' })).body.code).toBe('route.not-found');
    expect((await http.get('/api/docs-json')).status).toBe(404);
  });

  it('answers the fourth anonymous request in a minute 429 problem+json with Retry-After', async () => {
    const http = request(app.getHttpServer());
    // The first test used one of the three.
    await http.get('/health').expect(200);
    await http.get('/health').expect(200);
    const limited = await http.get('/health');
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ code: 'request.rate-limited', title: 'Too many requests' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });
});
