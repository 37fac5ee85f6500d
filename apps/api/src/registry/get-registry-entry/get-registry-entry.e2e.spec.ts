import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { at } from '@certflow/testing';
import { given } from '../../../../../test/support/journey.js';
import { startTestApp, type TestApp } from '../../../../../test/support/test-app.js';

describe.each(['memory', 'mongodb'] as const)('GET /api/v1/registry/{platformId} on %s (Art. 13)', (readModels) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('sqlite', at('2027-03-01'), { readModels });
    const setup = given(t);
    await setup.openCycle(2027);
    await setup.certified('gz-zg-0101', 2027);
    await setup.submitted('gz-zg-0102', 2027);
  }, 60_000);
  afterAll(async () => t?.close());

  it('answers one certified platform as the registry lists it, without a token', async () => {
    const head = await t.store.headPosition();
    const { body } = await t.http.get(`/api/v1/registry/gz-zg-0101?minPosition=${head}`).expect(200);
    const listed = await t.http.get('/api/v1/registry').expect(200);
    expect(body).toEqual(listed.body.items.find((entry: { platformId: string }) => entry.platformId === 'gz-zg-0101'));
    expect(body).toMatchObject({ platformId: 'gz-zg-0101', status: 'certified', certifiedIn: 2027, listed: true });
  });

  it('keeps an application never certified out of public view, like an unknown id, and refuses a malformed one', async () => {
    const unlisted = await t.http.get('/api/v1/registry/gz-zg-0102').set('Accept-Language', 'en').expect(404);
    const unknown = await t.http.get('/api/v1/registry/gz-zg-9999').set('Accept-Language', 'en').expect(404);
    expect(unlisted.body.code).toBe('resource.not-found');
    expect(unknown.body.code).toBe('resource.not-found');
    expect((await t.http.get('/api/v1/registry/Not_An_Id').expect(400)).body.code).toBe('request.invalid');
    expect((await t.http.get('/api/v1/registry/gz-zg-0101?minPosition=abc').expect(400)).body.code).toBe('request.invalid');
  });
});
