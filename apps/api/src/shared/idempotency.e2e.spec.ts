import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { applicationContent, at, countyEvaluation, documentRef } from '@certflow/testing';
import { given } from '../../../../test/support/journey.js';
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js';

/**
 * draft-ietf-httpapi-idempotency-key-header: a key belongs to its caller and to the request it
 * first came with. Every cell of (same/other caller) x (same/other route) x (same/other body) x
 * (sequential/concurrent), with the log checked where it must not move.
 */
describe('Idempotency-Key (issue 8, item 1)', () => {
  let t: TestApp;
  let serial = 0;
  const recommendation = () => ({ countyEvaluation: countyEvaluation(), recommendationForm: documentRef('推荐表.pdf') });
  const otherRecommendation = () => ({ countyEvaluation: countyEvaluation(70), recommendationForm: documentRef('推荐表.pdf') });

  beforeAll(async () => {
    t = await startTestApp('sqlite', at('2027-03-01'));
    await given(t).openCycle(2027);
  });
  afterAll(async () => t?.close());

  /** A platform of county 360702 waiting for its county's recommendation. */
  async function submitted(): Promise<string> {
    const id = `gz-idem-${++serial}`;
    await given(t).submitted(id, 2027);
    return id;
  }
  const county = (code = '360702') => t.token('county', { county: code });
  const post = async (id: string, route: string, token: string, key: string | undefined, body: object) => {
    const request = t.http.post(`/api/v1/platforms/${id}/${route}`).set('Authorization', `Bearer ${token}`);
    if (key) request.set('Idempotency-Key', key);
    return request.send(body);
  };

  it('same caller, route and body, sequential: the first answer again, exactly, with Idempotent-Replayed; nothing written', async () => {
    const id = await submitted();
    const token = await county();
    const first = await post(id, 'recommend-platform', token, 'k-seq', recommendation());
    expect(first.status).toBe(201);
    expect(first.body.events).toEqual(['PlatformRecommended']);
    expect(first.body.evaluation).toMatchObject({ rulesetId: 'ganzhou-2013' });
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const head = await t.store.headPosition();
    const again = await post(id, 'recommend-platform', token, 'k-seq', recommendation());
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    expect(await t.store.headPosition()).toBe(head);
  });

  it('same caller, route and body, concurrent: executed once, every answer the same', async () => {
    const id = await submitted();
    const token = await county();
    const head = await t.store.headPosition();
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(id, 'recommend-platform', token, 'k-conc', recommendation())));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
    for (const answer of answers) expect(answer.body).toEqual(answers[0]!.body);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(4);
    expect(await t.store.headPosition()).toBe(head + 1);
  });

  it('same caller and route, another body: 422 idempotency.key-reused, nothing written, sequential and concurrent', async () => {
    const id = await submitted();
    const token = await county();
    await post(id, 'recommend-platform', token, 'k-body', recommendation()).then((r) => expect(r.status).toBe(201));
    const head = await t.store.headPosition();
    const other = await post(id, 'recommend-platform', token, 'k-body', otherRecommendation());
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({ code: 'idempotency.key-reused' });
    const id2 = await submitted();
    const head2 = await t.store.headPosition();
    const racing = await Promise.all([
      post(id2, 'recommend-platform', token, 'k-body-2', recommendation()),
      post(id2, 'recommend-platform', token, 'k-body-2', otherRecommendation()),
    ]);
    expect(racing.map((r) => r.status).sort()).toEqual([201, 422]);
    expect(await t.store.headPosition()).toBe(head2 + 1);
    expect(head2).toBe(head + 1);
  });

  it('same caller, another route (recommend, then certify or another platform): 422 that names nothing, nothing certified', async () => {
    const id = await submitted();
    const otherId = await submitted();
    const token = await county();
    const first = await post(id, 'recommend-platform', token, 'k-route', recommendation());
    expect(first.status).toBe(201);
    const head = await t.store.headPosition();
    const city = await t.token('city');
    // A city token is another caller: its key is its own, the certification really runs.
    const elsewhere = await post(otherId, 'recommend-platform', token, 'k-route', recommendation());
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body).toMatchObject({ code: 'idempotency.key-reused' });
    expect(JSON.stringify(elsewhere.body)).not.toContain(id);
    const onItsWay = await post(id, 'decline-to-recommend', token, 'k-route', { countyEvaluation: countyEvaluation(), reasons: ['材料不符'] });
    expect(onItsWay.status).toBe(422);
    expect(await t.store.headPosition()).toBe(head);
    const certified = await post(id, 'certify-platform', city, 'k-route', { reviewers: ['市局评审组 王组长'], reasons: ['符合条件'] });
    expect(certified.status).toBe(201);
    expect(certified.body.events).toEqual(['PlatformCertified']);
  });

  it('another caller with the same key, route and body: not a replay; decided for that caller (403 for another county), sequential and concurrent', async () => {
    const id = await submitted();
    const [mine, theirs] = [await county('360702'), await county('360703')];
    const first = await post(id, 'recommend-platform', mine, 'k-caller', recommendation());
    expect(first.status).toBe(201);
    const head = await t.store.headPosition();
    const other = await post(id, 'recommend-platform', theirs, 'k-caller', recommendation());
    expect(other.status).toBe(403);
    expect(other.headers['idempotent-replayed']).toBeUndefined();
    const applicant = await t.token('applicant', { platformId: 'gz-somewhere-else' });
    expect((await post(id, 'recommend-platform', applicant, 'k-caller', recommendation())).status).toBe(403);
    expect(await t.store.headPosition()).toBe(head);

    const id2 = await submitted();
    const racing = await Promise.all([
      post(id2, 'recommend-platform', mine, 'k-caller-2', recommendation()),
      post(id2, 'recommend-platform', theirs, 'k-caller-2', recommendation()),
    ]);
    expect(racing.map((r) => r.status).sort()).toEqual([201, 403]);
  });

  it('another caller, another route or body: decided on its own (the key is no secret between callers)', async () => {
    const id = await submitted();
    const other = await submitted();
    const [mine, theirs] = [await county('360702'), await county('360703')];
    expect((await post(id, 'recommend-platform', mine, 'k-both', recommendation())).status).toBe(201);
    expect((await post(other, 'recommend-platform', theirs, 'k-both', otherRecommendation())).status).toBe(403);
    expect((await post(other, 'recommend-platform', mine, 'k-both-2', otherRecommendation())).status).toBe(201);
  });

  it('without a key, the same request twice is two commands: the second is refused by the workflow, not replayed', async () => {
    const id = await submitted();
    const token = await county();
    expect((await post(id, 'recommend-platform', token, undefined, recommendation())).status).toBe(201);
    const second = await post(id, 'recommend-platform', token, undefined, recommendation());
    expect(second.status).toBe(409);
  });

  it('submit answers with its rule evaluation, and so does its replay', async () => {
    const id = `gz-idem-eval-${++serial}`;
    const applicant = await t.token('applicant', { platformId: id });
    const body = { cycleYear: 2027, application: applicationContent({ figures: { totalAssetsCny: 1_999_999 } }) };
    const first = await post(id, 'submit-application', applicant, 'k-eval', body);
    expect(first.status).toBe(201);
    expect(first.body.evaluation).toMatchObject({ failed: ['6(3) total assets'] });
    const again = await post(id, 'submit-application', applicant, 'k-eval', body);
    expect(again.body).toEqual(first.body);
  });
});
