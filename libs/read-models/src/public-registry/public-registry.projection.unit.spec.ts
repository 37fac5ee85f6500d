import { describe, expect, it } from '@jest/globals';
import type { RecordedEvent } from '@certflow/event-store';
import { applyEachTwice, EventRecorder, foldProjection, interleaveStreams, secondRoundSteps } from '@certflow/testing';
import { application, demoScenario, instantOf, PLATFORMS } from '../../../../apps/cli/src/demo/scenario.js';
import type { RegistryEntry } from '../documents.js';
import { applyEvent } from '../projection.js';
import { publicRegistry } from './public-registry.projection.js';

const recorder = new EventRecorder();
for (const step of demoScenario()) recorder.run(step, instantOf);
const demoEvents = [...recorder.events];
for (const step of secondRoundSteps()) recorder.run(step, instantOf);
const allEvents = [...recorder.events];
const end2030 = allEvents.findIndex((e) => e.type === 'CycleResultsPublished' && (e.data as { year: number }).year === 2030) + 1;

const registryOf = (events: readonly RecordedEvent[]) => foldProjection(publicRegistry, events);
const platform = (id: string) => PLATFORMS.find((p) => p.id === id)!;
const creditCodeOf = (id: string) => application(platform(id), PLATFORMS.indexOf(platform(id)) + 1).profile.operator.creditCode;
/** Position of the last event of the platform the registry reads. */
const lastPositionOf = (events: readonly RecordedEvent[], platformId: string) =>
  events.filter((e) => e.streamId === `platform-${platformId}` && publicRegistry.eventTypes.includes(e.type)).at(-1)!.globalPosition;
const withoutPosition = (documents: Map<string, RegistryEntry>) =>
  new Map([...documents].map(([key, { lastPosition: _lastPosition, ...rest }]) => [key, rest]));

describe('public registry projection', () => {
  it('declares its collection, the events it reads and the indexes of the registry search', () => {
    expect(publicRegistry.collection).toBe('registry');
    expect(publicRegistry.indexes).toEqual([{ county: 1, status: 1 }, { categories: 1 }, { certifiedIn: 1 }, { listed: 1, name: 1 }]);
    const types = new Set(allEvents.map((e) => e.type));
    for (const type of publicRegistry.eventTypes) expect(types).toContain(type);
  });

  it('keys platform events by platform id and ignores cycle events and events it does not read', () => {
    const submitted = demoEvents.find((e) => e.type === 'ApplicationSubmitted')!;
    expect(publicRegistry.keys(submitted)).toEqual(['gz-info-001']);
    expect(publicRegistry.keys(demoEvents.find((e) => e.type === 'CycleOpened')!)).toEqual([]);
    expect(publicRegistry.keys(demoEvents.find((e) => e.type === 'RecheckMaterialsSubmitted')!)).toEqual([]);
  });

  it('Art. 14: a yearly summary recorded overdue shows until it is sent late, and only where the ruleset makes it public', () => {
    const overdueAt = allEvents.findIndex((e) => e.type === 'AnnualSummaryOverdue') + 1;
    const sentLateAt = allEvents.findIndex((e, i) => i >= overdueAt && e.type === 'AnnualSummarySubmitted' && e.streamId === 'platform-gz-info-001') + 1;
    expect(registryOf(allEvents.slice(0, overdueAt)).get('gz-info-001')).toMatchObject({ summariesOverdue: [2029] });
    expect(registryOf(allEvents.slice(0, sentLateAt)).get('gz-info-001')).not.toHaveProperty('summariesOverdue');
    const notPublic = allEvents.slice(0, overdueAt).map((e) => (e.type === 'AnnualSummaryOverdue' ? { ...e, data: { ...(e.data as object), public: false } } : e));
    expect(registryOf(notPublic).get('gz-info-001')).not.toHaveProperty('summariesOverdue');
  });

  describe('applying an event a second time changes nothing', () => {
    const runs = applyEachTwice(publicRegistry, allEvents);
    it.each([...publicRegistry.eventTypes])('%s', (type) => {
      const ofType = runs.filter((run) => run.event.type === type);
      expect(ofType.length).toBeGreaterThan(0);
      for (const run of ofType) {
        expect(run.first).toEqual({ put: expect.objectContaining({ _id: run.key, lastPosition: run.event.globalPosition }) });
        expect(run.againThroughApplyEvent).toBeUndefined();
        // `apply` alone (no position check by the caller) leaves the document as it is too.
        if (run.againThroughApply !== undefined) expect(run.againThroughApply).toEqual({ put: run.document });
        // Even with the position rule out of the way, the event's content sets values and never adds to them.
        const stale = { ...run.document!, lastPosition: run.event.globalPosition - 1 };
        expect(publicRegistry.apply(stale, run.event, run.key)).toEqual({ put: run.document });
      }
    });

    it('an older event delivered late changes nothing either', () => {
      const registry = registryOf(demoEvents);
      const hub = registry.get('zg-hub-006')!;
      const certified = demoEvents.find((e) => e.streamId === 'platform-zg-hub-006' && e.type === 'PlatformCertified')!;
      expect(applyEvent(publicRegistry, hub, certified, 'zg-hub-006')).toBeUndefined();
      expect(publicRegistry.apply(hub, certified, 'zg-hub-006')).toBeUndefined();
    });
  });

  describe('after the demo scenario', () => {
    const registry = registryOf(demoEvents);

    it('lists the four certified platforms, rechecked and confirmed in 2029', () => {
      const certified = [...registry.values()].filter((e) => e.status === 'certified');
      expect(certified.map((e) => e.platformId).sort()).toEqual(['gz-info-001', 'ln-tech-007', 'nk-tech-002', 'rj-startup-003']);
      expect(registry.get('rj-startup-003')).toEqual({
        _id: 'rj-startup-003',
        lastPosition: lastPositionOf(demoEvents, 'rj-startup-003'),
        platformId: 'rj-startup-003',
        name: '瑞金市创业孵化服务平台',
        operator: { name: '瑞金市创新创业服务有限公司', creditCode: creditCodeOf('rj-startup-003') },
        county: '360781',
        countyName: '瑞金市',
        categories: ['entrepreneurship'],
        comprehensive: false,
        listed: true,
        status: 'certified',
        certifiedIn: 2027,
        certifiedOn: '2027-06-15',
        nextRecheckYear: 2031,
        lastRecheck: { cycleYear: 2029, result: 'confirmed', on: '2029-06-10' },
      });
      for (const entry of certified) {
        expect(entry).toMatchObject({ listed: true, certifiedIn: 2027, certifiedOn: '2027-06-15', nextRecheckYear: 2031 });
      }
      expect(registry.get('ln-tech-007')).toMatchObject({ countyName: '龙南市', categories: ['technology', 'training'] });
    });

    it('keeps the revoked platform listed with its whole public record', () => {
      expect(registry.get('zg-hub-006')).toEqual({
        _id: 'zg-hub-006',
        lastPosition: lastPositionOf(demoEvents, 'zg-hub-006'),
        platformId: 'zg-hub-006',
        name: '章贡区中小企业综合服务平台',
        operator: { name: '章贡区企业服务中心有限公司', creditCode: creditCodeOf('zg-hub-006') },
        county: '360702',
        countyName: '章贡区',
        categories: ['information', 'training', 'financing'],
        comprehensive: true,
        listed: true,
        status: 'revoked',
        certifiedIn: 2027,
        certifiedOn: '2027-06-15',
        lastRecheck: { cycleYear: 2029, result: 'failed', on: '2029-06-10' },
        revocationAnnouncedOn: '2029-06-12',
        revokedOn: '2029-07-12',
      });
    });

    it('leaves the declined and the rejected platforms off the list', () => {
      for (const id of ['yd-training-004', 'gx-finance-005']) {
        const entry = registry.get(id)!;
        expect(entry).toMatchObject({ listed: false, status: 'not-certified' });
        expect(entry).not.toHaveProperty('certifiedIn');
        expect(entry).not.toHaveProperty('certifiedOn');
      }
      expect(registry.get('gx-finance-005')).toMatchObject({ name: '赣县区中小企业融资服务平台', countyName: '赣县区', categories: ['financing'] });
      expect([...registry.values()].filter((e) => e.listed)).toHaveLength(5);
      expect(registry.size).toBe(7);
    });

    it('shows the steps in between: applying, under recheck, revocation announced', () => {
      const at = (predicate: (e: RecordedEvent) => boolean) => registryOf(demoEvents.slice(0, demoEvents.findIndex(predicate) + 1));
      const stream = (id: string, type: string) => (e: RecordedEvent) => e.streamId === `platform-${id}` && e.type === type;
      expect(at(stream('rj-startup-003', 'ApplicationResubmitted')).get('rj-startup-003')).toMatchObject({ status: 'applying', listed: false });
      expect(at(stream('rj-startup-003', 'RecheckOpened')).get('rj-startup-003')).toMatchObject({ status: 'under-recheck', listed: true });
      const failed = at(stream('zg-hub-006', 'RecheckFailed')).get('zg-hub-006')!;
      expect(failed).toMatchObject({ status: 'under-recheck', lastRecheck: { cycleYear: 2029, result: 'failed', on: '2029-06-10' } });
      expect(at(stream('zg-hub-006', 'RevocationAnnounced')).get('zg-hub-006')).toMatchObject({
        status: 'revocation-announced',
        revocationAnnouncedOn: '2029-06-12',
        nextRecheckYear: 2029,
      });
    });
  });

  describe('re-applications after the demo', () => {
    it('a revoked platform applying again and rejected keeps its record (the profile follows the application)', () => {
      const hub = registryOf(allEvents.slice(0, end2030)).get('zg-hub-006')!;
      expect(hub).toMatchObject({
        name: '章贡区中小企业综合服务平台（整改后）',
        listed: true,
        status: 'revoked',
        certifiedIn: 2027,
        certifiedOn: '2027-06-15',
        lastRecheck: { cycleYear: 2029, result: 'failed', on: '2029-06-10' },
        revocationAnnouncedOn: '2029-06-12',
        revokedOn: '2029-07-12',
      });
    });

    it('a platform declined or rejected before is certified, or stays off the list after withdrawing', () => {
      const registry = registryOf(allEvents.slice(0, end2030));
      expect(registry.get('yd-training-004')).toMatchObject({ listed: true, status: 'certified', certifiedIn: 2030, certifiedOn: '2030-06-15', nextRecheckYear: 2032 });
      expect(registry.get('gx-finance-005')).toMatchObject({ listed: false, status: 'not-certified' });
      expect(registryOf(allEvents.slice(0, allEvents.findIndex((e) => e.type === 'ApplicationWithdrawn'))).get('gx-finance-005')).toMatchObject({
        status: 'applying',
      });
    });

    it('a new certification starts a fresh term; a recheck failed for missing materials stays under recheck', () => {
      const registry = registryOf(allEvents);
      const hub = registry.get('zg-hub-006')!;
      expect(hub).toMatchObject({ listed: true, status: 'certified', certifiedIn: 2031, certifiedOn: '2031-06-15', nextRecheckYear: 2033 });
      expect(hub).not.toHaveProperty('revokedOn');
      expect(hub).not.toHaveProperty('revocationAnnouncedOn');
      expect(hub).not.toHaveProperty('lastRecheck');
      expect(registry.get('gz-info-001')).toMatchObject({
        status: 'under-recheck',
        listed: true,
        lastRecheck: { cycleYear: 2031, result: 'failed', on: '2031-06-10' },
      });
    });
  });

  describe('does not depend on the order of events across platforms', () => {
    const expected = registryOf(allEvents);
    it.each([1, 2, 3, 42, 2027])('delivered interleaved differently (seed %i)', (seed) => {
      const shuffled = interleaveStreams(allEvents, seed);
      expect(shuffled).not.toEqual(allEvents);
      expect(registryOf(shuffled)).toEqual(expected);
    });

    it('recorded interleaved differently (other global positions)', () => {
      const renumbered = interleaveStreams(allEvents, 7).map((e, i) => ({ ...e, globalPosition: i + 1 }));
      expect(withoutPosition(registryOf(renumbered))).toEqual(withoutPosition(expected));
    });
  });
});
