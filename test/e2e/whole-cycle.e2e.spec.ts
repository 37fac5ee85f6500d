import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runDemo, type DemoResult } from '../../apps/cli/src/demo/run-demo.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The demo's scenario (2027 cycle through the 2029 recheck and a revocation) played over HTTP,
// once per store: every route, token, refusal and answer the bureaus would see.
describe.each(['sqlite', 'postgres'] as const)('the whole cycle over HTTP on %s', (kind) => {
  let t: TestApp;
  let result: DemoResult;

  beforeAll(async () => {
    t = await startTestApp(kind, undefined, { scheduler: true });
    const url = await t.listen();
    result = await runDemo({ url, dataDir: t.dataDir, json: true, log: () => undefined });
  }, 120_000);
  afterAll(async () => t?.close());

  it('ends with the registry the measures lead to', () => {
    expect(result.certified.map((p) => p.platformId)).toEqual(['gz-info-001', 'nk-tech-002', 'rj-startup-003', 'ln-tech-007']);
    expect(result.revoked.map((p) => p.platformId)).toEqual(['zg-hub-006']);
    expect(result.rejected.map((p) => p.platformId)).toEqual(['gx-finance-005']);
    expect(result.notRecommended.map((p) => p.platformId)).toEqual(['yd-training-004']);
  });

  it('stored every decision with who, when, the rule evaluation and the ruleset', async () => {
    const auditor = await t.token('auditor');
    const { body } = await t.http.get('/api/v1/platforms/gx-finance-005').set('Authorization', `Bearer ${auditor}`).expect(200);
    const rejected = body.history.find((e: { type: string }) => e.type === 'ApplicationRejected');
    expect(rejected.metadata).toMatchObject({ role: 'city', command: 'RejectApplication', occurredAt: '2027-06-16T01:30:00.000Z' });
    expect(rejected.data.evaluation).toMatchObject({ rulesetId: 'ganzhou-2013', rulesetVersion: 1, failed: ['6(3) total assets'] });
    expect(rejected.data.evaluation.criteria).toContainEqual(
      expect.objectContaining({ criterion: '6(3) total assets', input: 1_800_000, threshold: 2_000_000, result: 'fail', overridable: true }),
    );
  });

  it('published each cycle with its certified and revoked platforms (Art. 13)', async () => {
    const city = await t.token('city');
    const { body } = await t.http.get('/api/v1/cycles/2029').set('Authorization', `Bearer ${city}`).expect(200);
    const published = body.history.find((e: { type: string }) => e.type === 'ResultsPagePublished');
    expect(body.history.find((e: { type: string }) => e.type === 'CycleResultsPublished')).toMatchObject({ type: 'CycleResultsPublished', data: { certifiedCount: 4, revokedCount: 1, pages: 1 } });
    expect(published.data.certified.map((p: { platformId: string }) => p.platformId).sort()).toEqual(
      ['gz-info-001', 'ln-tech-007', 'nk-tech-002', 'rj-startup-003'],
    );
    expect(published.data.revoked).toEqual([{ platformId: 'zg-hub-006', name: '章贡区中小企业综合服务平台' }]);
  });

  it('kept every hash chain intact', async () => {
    const report = await t.store.verifyChains();
    expect(report.breaks).toEqual([]);
    expect(report.events).toBe(result.events);
    expect(report.simulated).toBe(report.events);
    // 7 platforms, 2 cycles, the simulation-clock stream (every move of the business clock is
    // recorded) and the reminders the scheduler sent (the 2027 application deadline).
    expect(report.streams).toBe(11);
  });
});
