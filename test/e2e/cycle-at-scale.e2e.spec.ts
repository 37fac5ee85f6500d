import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { CommandBus } from '@nestjs/cqrs';
import { ExecuteCycleCommand, ExecutePlatformCommand, type CommandMeta, type SettableClock } from '@certflow/application';
import { loadOrCreateSigningKey, mintToken, startServer, type RunningServer } from '@certflow/composition';
import { loadConfig } from '@certflow/config';
import { cycleStreamId, RESULTS_PAGE_SIZE, resultsListSha256, verifyPublishedResults, type Actor, type CycleEvent } from '@certflow/domain';
import { openEventStore, type EventStore } from '@certflow/event-store';
import { ALL_PROJECTIONS, MemoryReadModelStore, rebuild } from '@certflow/read-models';
import { testLogger } from '@certflow/testing';
import { instantOf } from '../../apps/cli/src/demo/scenario.js';
import { benchDocuments, lifeOf, OPEN_2027 } from '../bench/commands.js';

/**
 * A cycle of 2,000 platforms on the embedded default (SQLite, compact memory read models): the
 * commands go through the app's command bus (the HTTP path has its own suites), the publication
 * over HTTP. Art. 13: the published list is read back from the log alone and checked against
 * what the log decided; no event grows with the number of platforms.
 */
const PLATFORMS = Number(process.env.SCALE_TEST_PLATFORMS ?? 2_000);
const CONCURRENCY = 16;
const city: Actor = { id: 'scale-city', role: 'city' };

describe('a cycle of 2,000 platforms on the embedded default (issue 15)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'certflow-cycle-scale-'));
  let server: RunningServer;
  let store: EventStore;
  let published: request.Response;

  beforeAll(async () => {
    await benchDocuments(folder);
    server = await startServer(loadConfig({ CERTFLOW_DATA_DIR: folder, CERTFLOW_SIMULATED_CLOCK: '1', CERTFLOW_RATE_LIMIT_AUTHENTICATED: '0' }), 'all', testLogger());
    (server.clock as SettableClock).set(instantOf('2027-03-01'));
    const bus = server.app.get(CommandBus);
    const meta = (actor: Actor): CommandMeta => ({ actor, commandId: crypto.randomUUID(), correlationId: 'scale' });
    await bus.execute(new ExecuteCycleCommand(OPEN_2027, meta(city)));
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let i = next++; i < PLATFORMS; i = next++) {
          const id = `scale-${String(i).padStart(5, '0')}`;
          // Every 40th platform is left at recommended: decided by no one, it is not published.
          const steps = lifeOf(id, i).slice(0, i % 40 === 7 ? 2 : 3);
          for (const step of steps) await bus.execute(new ExecutePlatformCommand(id, step.command, meta(step.actor)));
        }
      }),
    );
    await bus.execute(new ExecuteCycleCommand({ type: 'CloseReview', data: { year: 2027 } }, meta(city)));
    const token = await mintToken(loadOrCreateSigningKey(folder), { role: 'city' });
    published = await request(server.app.getHttpServer()).post('/api/v1/cycles/2027/publish-results').set('Authorization', `Bearer ${token}`).send({});
    store = await openEventStore({ store: 'sqlite', dataDir: folder });
  }, 240_000);

  afterAll(async () => {
    await store?.close();
    if (server) {
      await server.stopBackground();
      await server.app.close();
    }
    rmSync(folder, { recursive: true, force: true });
  });

  it('Art. 13: publishes in pages of at most RESULTS_PAGE_SIZE and a summary, whose list the cycle stream alone reproduces, hash and all', async () => {
    expect(published.status).toBe(201);
    const certified = PLATFORMS - PLATFORMS / 40;
    const pages = Math.ceil(certified / RESULTS_PAGE_SIZE);
    expect(published.body.events).toEqual([...Array(pages).fill('ResultsPagePublished'), 'CycleResultsPublished']);
    const stream = await store.readStream(cycleStreamId(2027));
    for (const event of stream) expect(JSON.stringify(event.data).length).toBeLessThan(100_000);
    const check = verifyPublishedResults(stream.map((e) => ({ type: e.type, data: e.data }) as CycleEvent));
    expect(check).toMatchObject({ ok: true, year: 2027 });
    const summary = stream.at(-1)!.data as Extract<CycleEvent, { type: 'CycleResultsPublished' }>['data'];
    expect(summary).toMatchObject({ certifiedCount: certified, revokedCount: 0, pages });
    expect(check!.ok && resultsListSha256(2027, check!.certified, check!.revoked)).toBe(summary.listSha256);
  });

  it('Art. 13: the published list is exactly what the whole log decided in 2027, names from the applications', async () => {
    const names = new Map<string, string>();
    const decided = new Set<string>();
    for (let after = 0; ; ) {
      const page = await store.readAll({ after, limit: 5_000 });
      if (page.length === 0) break;
      for (const event of page) {
        const id = event.streamId.replace(/^platform-/, '');
        if (event.type === 'ApplicationSubmitted') names.set(id, (event.data as { application: { profile: { name: string } } }).application.profile.name);
        if (event.type === 'PlatformCertified' && (event.data as { cycleYear: number }).cycleYear === 2027) decided.add(id);
      }
      after = page.at(-1)!.globalPosition;
    }
    const expected = [...decided].sort().map((platformId) => ({ platformId, name: names.get(platformId)! }));
    const check = verifyPublishedResults((await store.readStream(cycleStreamId(2027))).map((e) => ({ type: e.type, data: e.data }) as CycleEvent));
    expect(check!.ok && check!.certified).toEqual(expected);
    expect(expected).toHaveLength(PLATFORMS - PLATFORMS / 40);
  });

  it('the compact memory store answers the audit trail and review histories as the whole documents do', async () => {
    const whole = new MemoryReadModelStore();
    await rebuild(store, whole, ALL_PROJECTIONS);
    const compact = new MemoryReadModelStore(store);
    await rebuild(store, compact, ALL_PROJECTIONS);
    for (const query of [
      { platformId: 'scale-00007', page: 1, pageSize: 10 },
      { type: 'PlatformCertified', page: 7, pageSize: 50 },
      { type: 'CycleResultsPublished', page: 1, pageSize: 5 },
      { actorId: 'bench-county', county: '360702', page: 30, pageSize: 20 },
    ]) {
      expect(await compact.searchAudit(query)).toEqual(await whole.searchAudit(query));
    }
    for (const id of ['scale-00000', 'scale-00007', 'scale-01999', 'nobody']) expect(await compact.reviewHistory(id)).toEqual(await whole.reviewHistory(id));
    expect(await compact.searchRegistry({ year: 2027, page: 3, pageSize: 20 })).toEqual(await whole.searchRegistry({ year: 2027, page: 3, pageSize: 20 }));
    // What the compact store holds per audit entry is its index, not the event's data.
    expect(Object.keys([...compact.documents('audit_trail')][0]!)).not.toContain('inputs');
    expect([...compact.documents('review_history')]).toHaveLength(0);
  }, 60_000);

  it('the server answers the audit trail and a review history over HTTP from the compact store', async () => {
    const token = await mintToken(loadOrCreateSigningKey(folder), { role: 'auditor' });
    const http = request(server.app.getHttpServer());
    const trail = await http.get('/api/v1/audit/trail?platformId=scale-00042').set('Authorization', `Bearer ${token}`).expect(200);
    expect(trail.body.items.map((e: { type: string }) => e.type)).toEqual(['ApplicationSubmitted', 'PlatformRecommended', 'PlatformCertified']);
    expect(trail.body.items[2]).toMatchObject({ inputs: { reviewers: ['评审组'] }, ruleEvaluation: { rulesetId: 'ganzhou-2013' } });
    const history = await http.get('/api/v1/platforms/scale-00042/review-history').set('Authorization', `Bearer ${token}`).expect(200);
    expect(history.body.applications[0]).toMatchObject({ cycleYear: 2027, city: { decision: 'certified' } });
  });

  it("Arts. 8-11: the bureaus' work queue lists every application of the cycle with its latest step, a county its own only", async () => {
    const http = request(server.app.getHttpServer());
    const cityToken = await mintToken(loadOrCreateSigningKey(folder), { role: 'city' });
    const queue = await http.get('/api/v1/applications?cycle=2027').set('Authorization', `Bearer ${cityToken}`).expect(200);
    const items = queue.body.items as { platformId: string; county: string; last: string; position: number }[];
    expect(items).toHaveLength(PLATFORMS);
    const left = items.filter((item) => item.last === 'PlatformRecommended').map((item) => Number(item.platformId.slice('scale-'.length)));
    expect(left.every((i) => i % 40 === 7)).toBe(true);
    expect(left).toHaveLength(PLATFORMS / 40);
    expect(items.filter((item) => item.last === 'PlatformCertified')).toHaveLength(PLATFORMS - PLATFORMS / 40);
    const positions = items.map((item) => item.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const county = items[0]!.county;
    const countyToken = await mintToken(loadOrCreateSigningKey(folder), { role: 'county', county });
    // A county bureau asking for another county still gets its own (Art. 8).
    const own = await http.get(`/api/v1/applications?cycle=2027&county=${county === '360781' ? '360702' : '360781'}`).set('Authorization', `Bearer ${countyToken}`).expect(200);
    expect(own.body.items.length).toBeGreaterThan(0);
    expect(own.body.items).toEqual(items.filter((item) => item.county === county));
  });
});
