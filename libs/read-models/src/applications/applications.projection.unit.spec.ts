import { describe, expect, it } from '@jest/globals';
import { applyEachTwice, EventRecorder, foldProjection, secondRoundSteps } from '@certflow/testing';
import { demoScenario, instantOf } from '../../../../apps/cli/src/demo/scenario.js';
import { APPLICATION_STEPS, type ApplicationEntry } from '../documents.js';
import { MemoryReadModelStore } from '../memory/memory-store.js';
import { applicationKey, applications } from './applications.projection.js';

const recorder = new EventRecorder();
for (const step of demoScenario()) recorder.run(step, instantOf);
for (const step of secondRoundSteps()) recorder.run(step, instantOf);
const events = [...recorder.events];

/** The answer straight from the log: per platform and cycle, its last event of an application step. */
function fromLog(year: number): string[] {
  const latest = new Map<string, string>();
  for (const event of events) {
    const data = event.data as { cycleYear?: number };
    if (!(APPLICATION_STEPS as readonly string[]).includes(event.type) || data.cycleYear !== year) continue;
    latest.set(event.streamId.slice('platform-'.length), `${event.type}@${event.globalPosition}/${String(event.metadata.platformCounty)}`);
  }
  return [...latest.entries()].map(([id, step]) => `${id}:${step}`).sort();
}

describe('applications projection (Arts. 8-11)', () => {
  it('applying an event a second time changes nothing, for every step it reads', () => {
    const runs = applyEachTwice(applications, events);
    const seen = new Set(runs.map((run) => run.event.type));
    // The demo has no withdrawal: every other step must have been exercised.
    for (const type of APPLICATION_STEPS.filter((t) => t !== 'ApplicationWithdrawn')) expect(seen).toContain(type);
    for (const run of runs) expect(run.againThroughApplyEvent).toBeUndefined();
  });

  it("holds, per platform and cycle, the last decision on its application as the log has it, with the platform's county", () => {
    const documents = [...foldProjection(applications, events).values()];
    const years = new Set(documents.map((d) => d.cycleYear));
    expect([...years].sort()).toEqual([2027, 2030, 2031]);
    for (const year of years) {
      const folded = documents.filter((d) => d.cycleYear === year).map((d) => `${d.platformId}:${d.last}@${d.position}/${d.county}`).sort();
      expect(folded.length).toBeGreaterThan(0);
      expect(folded).toEqual(fromLog(year));
    }
  });

  it('ignores events of other kinds and events without a cycle year', () => {
    const certified = events.find((e) => e.type === 'PlatformCertified')!;
    expect(applications.keys(certified)).toEqual([applicationKey((certified.data as { cycleYear: number }).cycleYear, certified.streamId.slice('platform-'.length))]);
    expect(applications.keys({ ...certified, type: 'RecheckOpened' })).toEqual([]);
    expect(applications.keys({ ...certified, data: { ...(certified.data as object), cycleYear: undefined } })).toEqual([]);
    expect(applications.keys({ ...certified, streamId: 'cycle-2027' })).toEqual([]);
  });

  it('the memory store answers a cycle, and a county of it, from its documents in log order', async () => {
    const store = new MemoryReadModelStore();
    const documents = foldProjection(applications, events);
    await store.write(applications.collection, [...documents].map(([key, document]) => ({ key, change: { put: document } })));
    const all = await store.applications(2027);
    expect(all.length).toBe([...documents.values()].filter((d) => d.cycleYear === 2027).length);
    expect(all.map((d) => d.position)).toEqual([...all.map((d) => d.position)].sort((a, b) => a - b));
    const county = all[0]!.county;
    const own: ApplicationEntry[] = await store.applications(2027, county);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((d) => d.county === county)).toBe(true);
    expect(own).toEqual(all.filter((d) => d.county === county));
  });
});
