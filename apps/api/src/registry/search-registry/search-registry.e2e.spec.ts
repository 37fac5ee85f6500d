import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { at } from '@certflow/testing';
import { given } from '../../../../../test/support/journey.js';
import { startTestApp, type TestApp } from '../../../../../test/support/test-app.js';

// The registry route keeps pages it answered and the queries it validated: what it serves
// must still follow the projector, on the embedded store and on a MongoDB-compatible server.
describe.each(['memory', 'mongodb'] as const)('GET /api/v1/registry on %s, answered again', (readModels) => {
  let t: TestApp;
  let setup: ReturnType<typeof given>;

  beforeAll(async () => {
    t = await startTestApp('sqlite', at('2027-03-01'), { readModels });
    setup = given(t);
    await setup.openCycle(2027);
  }, 60_000);
  afterAll(async () => t?.close());

  const ids = (body: { items: { platformId: string }[] }) => body.items.map((entry) => entry.platformId);

  it('shows a certification as soon as minPosition says it was projected, after the page was served before', async () => {
    await setup.certified('gz-zg-0001', 2027);
    const first = await t.http.get(`/api/v1/registry?minPosition=${await t.store.headPosition()}`).expect(200);
    expect(ids(first.body)).toEqual(['gz-zg-0001']);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    const again = await t.http.get('/api/v1/registry').expect(200);
    expect(again.headers.etag).toBe(first.headers.etag);

    await setup.certified('gz-zg-0002', 2027);
    const after = await t.http.get(`/api/v1/registry?minPosition=${await t.store.headPosition()}`).expect(200);
    expect(ids(after.body).sort()).toEqual(['gz-zg-0001', 'gz-zg-0002']);
    expect(after.headers.etag).not.toBe(first.headers.etag);
    expect((await t.http.get('/api/v1/registry').expect(200)).body.total).toBe(2);
  });

  it('answers 304 to a client that holds the current page', async () => {
    const { headers } = await t.http.get('/api/v1/registry?county=360702').expect(200);
    await t.http.get('/api/v1/registry?county=360702').set('If-None-Match', headers.etag!).expect(304);
  });

  it('validates each query: converted values, and the same 400 for a bad one every time', async () => {
    const paged = await t.http.get('/api/v1/registry?pageSize=1&page=2').expect(200);
    expect(paged.body).toMatchObject({ page: 2, pageSize: 1, total: 2 });
    for (let i = 0; i < 2; i += 1) {
      const bad = await t.http.get('/api/v1/registry?status=suspended').set('Accept-Language', 'en').expect(400);
      expect(bad.body).toMatchObject({ code: 'request.invalid', errors: [expect.objectContaining({ field: 'status' })] });
      await t.http.get('/api/v1/registry?colour=red').expect(400);
    }
  });

  it('documents every filter, with the values category and status accept', async () => {
    const { body } = await t.http.get('/api/docs-json').expect(200);
    const parameters = body.paths['/api/v1/registry'].get.parameters as { name: string; in: string; schema: { enum?: string[] } }[];
    expect(parameters.map((p) => p.name).sort()).toEqual(['category', 'county', 'minPosition', 'page', 'pageSize', 'status', 'text', 'year']);
    expect(parameters.every((p) => p.in === 'query')).toBe(true);
    expect(parameters.find((p) => p.name === 'category')?.schema.enum).toContain('information');
    expect(parameters.find((p) => p.name === 'status')?.schema.enum).toEqual(['certified', 'under-recheck', 'revocation-announced', 'revoked']);
  });
});
