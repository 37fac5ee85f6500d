import { describe, expect, it } from '@jest/globals';
import { verifyPublishedResults, type CycleEvent } from '@certflow/domain';
import { applyEachTwice, EventRecorder, foldProjection, secondRoundSteps } from '@certflow/testing';
import { demoScenario, instantOf } from '../../../../apps/cli/src/demo/scenario.js';
import { MemoryReadModelStore } from '../memory/memory-store.js';
import { decisionsOf } from '../store.js';
import { cycleResults } from './cycle-results.projection.js';

const recorder = new EventRecorder();
for (const step of demoScenario()) recorder.run(step, instantOf);
for (const step of secondRoundSteps()) recorder.run(step, instantOf);
const events = [...recorder.events];

describe('cycle results projection (Art. 13)', () => {
  it('applying an event a second time changes nothing, for every event type it reads', () => {
    const runs = applyEachTwice(cycleResults, events);
    for (const type of cycleResults.eventTypes) expect(runs.filter((run) => run.event.type === type).length).toBeGreaterThan(0);
    for (const run of runs) expect(run.againThroughApplyEvent).toBeUndefined();
  });

  it('gives each cycle year the list the demo published for it (names as they stood then): certifications, confirmed rechecks and revocations of that year', () => {
    const documents = [...foldProjection(cycleResults, events).values()];
    for (const year of [2027, 2029, 2030]) {
      const publishedAt = events.findIndex((e) => e.type === 'CycleResultsPublished' && e.streamId === `cycle-${year}`);
      const then = [...foldProjection(cycleResults, events.slice(0, publishedAt)).values()];
      const stream = events.filter((e) => e.streamId === `cycle-${year}`).map((e) => ({ type: e.type, data: e.data }) as CycleEvent);
      const published = verifyPublishedResults(stream);
      expect(published?.ok).toBe(true);
      const byId = (list: readonly { platformId: string }[]) => [...list].sort((a, b) => (a.platformId < b.platformId ? -1 : 1));
      const decided = decisionsOf(year, then);
      expect(decided.certified).toEqual(byId(published!.ok ? published!.certified : []));
      expect(decided.revoked).toEqual(byId(published!.ok ? published!.revoked : []));
    }
    // Asked later, a year's list carries the names as they are now (a renamed platform's new name).
    expect(decisionsOf(2029, documents).revoked).toEqual([{ platformId: 'zg-hub-006', name: '章贡区中小企业综合服务平台（整改后）' }]);
    expect(decisionsOf(2028, documents)).toEqual({ certified: [], revoked: [] });
  });

  it('the memory store answers a year from its documents', async () => {
    const store = new MemoryReadModelStore();
    const documents = foldProjection(cycleResults, events);
    await store.write(cycleResults.collection, [...documents].map(([key, document]) => ({ key, change: { put: document } })));
    expect(await store.cycleDecisions(2027)).toEqual(decisionsOf(2027, documents.values()));
    expect((await store.cycleDecisions(2027)).certified.length).toBeGreaterThan(0);
  });
});
