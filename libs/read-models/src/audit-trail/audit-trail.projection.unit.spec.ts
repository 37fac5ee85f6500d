import { describe, expect, it } from '@jest/globals';
import { CERTIFIED_TITLE, type RuleEvaluation } from '@certflow/domain';
import type { RecordedEvent } from '@certflow/event-store';
import { applyEachTwice, EventRecorder, foldProjection, interleaveStreams, secondRoundSteps } from '@certflow/testing';
import { demoScenario, instantOf } from '../../../../apps/cli/src/demo/scenario.js';
import type { AuditEntry } from '../documents.js';
import { applyEvent } from '../projection.js';
import { auditTrail } from './audit-trail.projection.js';

const recorder = new EventRecorder();
const steps = demoScenario();
for (const step of steps) recorder.run(step, instantOf);
const demoEvents = [...recorder.events];
for (const step of secondRoundSteps()) recorder.run(step, instantOf);
const allEvents = [...recorder.events];

const REVIEWERS = ['市局评审组 王组长', '市局评审组 李委员', '市局评审组 赵委员'];
const trailOf = (events: readonly RecordedEvent[]) => foldProjection(auditTrail, events);
const find = (events: readonly RecordedEvent[], predicate: (e: RecordedEvent) => boolean) => {
  const found = events.find(predicate);
  if (!found) throw new Error('no such event');
  return found;
};
const ofPlatform = (platformId: string, type: string) => (e: RecordedEvent) => e.streamId === `platform-${platformId}` && e.type === type;

function clockMove(position: number): RecordedEvent {
  return {
    eventId: `01900000-0000-7000-8000-${String(position).padStart(12, '0')}`,
    type: 'BusinessClockMoved',
    schemaVersion: 1,
    data: { from: '2027-03-01T00:00:00.000Z', to: '2027-06-01T00:00:00.000Z' },
    metadata: { actorId: 'city-trainer', role: 'city', occurredAt: '2027-03-01T00:00:00.000Z', businessTimeSimulated: true, command: 'MoveBusinessClock' },
    streamId: 'simulation-clock',
    streamVersion: 1,
    globalPosition: position,
    recordedAt: '2026-12-01T10:00:00.000Z',
    hash: 'c'.repeat(64),
  };
}

/** Results published in one event, as before pages (still in older logs). */
function legacyResults(position: number): RecordedEvent {
  return {
    eventId: `01900000-0000-7000-8000-${String(position).padStart(12, '0')}`,
    type: 'ResultsPublished',
    schemaVersion: 1,
    data: { year: 2025, publishedOn: '2025-07-05', certified: [{ platformId: 'gz-old-001', name: '旧平台' }], revoked: [] },
    metadata: { actorId: 'city-1', role: 'city', occurredAt: '2025-07-05T02:00:00.000Z', command: 'PublishResults' },
    streamId: 'cycle-2025',
    streamVersion: 4,
    globalPosition: position,
    recordedAt: '2025-07-05T02:00:00.000Z',
    hash: 'd'.repeat(64),
  };
}

describe('audit trail projection', () => {
  it('reads every event type of the platform and cycle streams and declares the audit search indexes', () => {
    expect(auditTrail.collection).toBe('audit_trail');
    expect(auditTrail.indexes).toEqual([{ platformId: 1, position: 1 }, { actorId: 1 }, { county: 1 }, { type: 1 }, { occurredAt: 1 }, { recordedAt: 1 }]);
    expect(new Set(auditTrail.eventTypes)).toEqual(new Set([...allEvents.map((e) => e.type), 'BusinessClockMoved', 'ResultsPublished']));
    expect(auditTrail.eventTypes).toHaveLength(24);
  });

  it('lists a move of the simulated business clock with who moved it, from where to where, and both times', () => {
    const move = clockMove(90);
    const change = auditTrail.apply(undefined, move, move.eventId);
    expect(change).toEqual({
      put: expect.objectContaining({
        type: 'BusinessClockMoved',
        streamId: 'simulation-clock',
        actorId: 'city-trainer',
        role: 'city',
        occurredAt: '2027-03-01T00:00:00.000Z',
        recordedAt: '2026-12-01T10:00:00.000Z',
        inputs: { from: '2027-03-01T00:00:00.000Z', to: '2027-06-01T00:00:00.000Z' },
      }),
    });
    expect(change).not.toHaveProperty('put.platformId');
  });

  it('keys each event by its id', () => {
    for (const event of demoEvents.slice(0, 5)) expect(auditTrail.keys(event)).toEqual([event.eventId]);
  });

  describe('applying an event a second time changes nothing', () => {
    const runs = applyEachTwice(auditTrail, [...allEvents, clockMove(allEvents.length + 1), legacyResults(allEvents.length + 2)]);
    it.each([...auditTrail.eventTypes])('%s', (type) => {
      const ofType = runs.filter((run) => run.event.type === type);
      expect(ofType.length).toBeGreaterThan(0);
      for (const run of ofType) {
        expect(run.first).toEqual({ put: expect.objectContaining({ _id: run.event.eventId, position: run.event.globalPosition }) });
        expect(run.againThroughApplyEvent).toBeUndefined();
        // An entry, once written, is never rewritten, whatever its position says.
        expect(run.againThroughApply).toBeUndefined();
        expect(auditTrail.apply({ ...run.document!, lastPosition: 0 }, run.event, run.key)).toBeUndefined();
      }
    });
  });

  describe('after the demo scenario', () => {
    const trail = trailOf(demoEvents);

    it('holds one entry per event, at its position', () => {
      expect(trail.size).toBe(demoEvents.length);
      // Every accepted step of the demo records exactly one event, but publishing: a page and the summary.
      const publishing = steps.filter((s) => !s.expectRefusal && 'cycle' in s && s.cycle.type === 'PublishResults').length;
      expect(demoEvents.length).toBe(steps.filter((s) => !s.expectRefusal).length + publishing);
      for (const event of demoEvents) {
        expect(trail.get(event.eventId)).toMatchObject({
          eventId: event.eventId,
          position: event.globalPosition,
          lastPosition: event.globalPosition,
          streamId: event.streamId,
          streamVersion: event.streamVersion,
          type: event.type,
          hash: event.hash,
          recordedAt: event.recordedAt,
          occurredAt: event.metadata.occurredAt,
          commandId: event.metadata.commandId,
          correlationId: event.metadata.correlationId,
        });
      }
    });

    it('a certification names the actor, time, inputs with the reviewers, rule evaluation, ruleset and reasons', () => {
      const event = find(demoEvents, ofPlatform('rj-startup-003', 'PlatformCertified'));
      const evaluation = (event.data as { evaluation: RuleEvaluation }).evaluation;
      expect(trail.get(event.eventId)).toEqual({
        _id: event.eventId,
        lastPosition: event.globalPosition,
        eventId: event.eventId,
        position: event.globalPosition,
        streamId: 'platform-rj-startup-003',
        streamVersion: event.streamVersion,
        type: 'PlatformCertified',
        platformId: 'rj-startup-003',
        cycleYear: 2027,
        county: '360781',
        actorId: 'city-reviewer-wang',
        role: 'city',
        occurredAt: instantOf('2027-06-15'),
        recordedAt: event.recordedAt,
        commandId: event.metadata.commandId,
        correlationId: event.metadata.correlationId,
        command: 'CertifyPlatform',
        inputs: {
          cycleYear: 2027,
          title: CERTIFIED_TITLE,
          reviewers: REVIEWERS,
          reasons: ['符合第六条基本条件和第七条类别要求'],
          overrides: [],
          certifiedOn: '2027-06-15',
          nextRecheckYear: 2029,
        },
        ruleEvaluation: evaluation,
        rulesetId: 'ganzhou-2013',
        rulesetVersion: 1,
        reasons: ['符合第六条基本条件和第七条类别要求'],
        hash: event.hash,
      });
      expect(evaluation).toMatchObject({ rulesetId: 'ganzhou-2013', rulesetVersion: 1, failed: [] });
    });

    it('a county decision names the county actor and the platform’s county', () => {
      const event = find(demoEvents, ofPlatform('rj-startup-003', 'PlatformRecommended'));
      const entry = trail.get(event.eventId)!;
      expect(entry).toMatchObject({
        actorId: 'county-360781-officer',
        role: 'county',
        actorCounty: '360781',
        county: '360781',
        command: 'RecommendPlatform',
        rulesetId: 'ganzhou-2013',
        rulesetVersion: 1,
        inputs: { cycleYear: 2027, county: '360781', countyEvaluation: expect.any(Object), recommendationForm: expect.any(Object) },
      });
      expect(entry.inputs).not.toHaveProperty('evaluation');
      expect(entry.ruleEvaluation).toEqual((event.data as { evaluation: unknown }).evaluation);
      expect(entry).not.toHaveProperty('reasons');
    });

    it('an application keeps the application as input and the applicant as actor', () => {
      const event = find(demoEvents, ofPlatform('gx-finance-005', 'ApplicationSubmitted'));
      const entry = trail.get(event.eventId)!;
      expect(entry).toMatchObject({ actorId: 'operator-gx-finance-005', role: 'applicant', county: '360704', platformId: 'gx-finance-005', cycleYear: 2027 });
      expect(entry).not.toHaveProperty('actorCounty');
      expect(entry.inputs).toEqual({
        platformId: 'gx-finance-005',
        cycleYear: 2027,
        application: (event.data as { application: unknown }).application,
        submittedOn: '2027-03-18',
      });
      expect(entry.ruleEvaluation?.failed).toContain('6(3) total assets');
    });

    it('cycle events have a year and, when opened, the ruleset, but no platform or county', () => {
      const opened = trail.get(find(demoEvents, (e) => e.type === 'CycleOpened').eventId)!;
      expect(opened).toMatchObject({ streamId: 'cycle-2027', cycleYear: 2027, rulesetId: 'ganzhou-2013', rulesetVersion: 1, command: 'OpenCycle', role: 'city' });
      expect(opened.inputs).toMatchObject({ year: 2027, rulesetId: 'ganzhou-2013', applicationDeadline: '2027-04-30' });
      for (const field of ['platformId', 'county', 'ruleEvaluation', 'reasons']) expect(opened).not.toHaveProperty(field);
      const published = [...trail.values()].filter((e) => e.type === 'CycleResultsPublished');
      expect(published.map((e) => e.cycleYear)).toEqual([2027, 2029]);
      expect(published[1]!.inputs).toMatchObject({ revokedCount: 1, pages: 1, listSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
      const pages = [...trail.values()].filter((e) => e.type === 'ResultsPagePublished' && e.cycleYear === 2029);
      expect(pages.map((e) => e.inputs)).toMatchObject([{ page: 1, revoked: [{ platformId: 'zg-hub-006', name: '章贡区中小企业综合服务平台' }] }]);
    });

    it('a revocation announcement carries the ruleset it used and its reasons', () => {
      const event = find(demoEvents, ofPlatform('zg-hub-006', 'RevocationAnnounced'));
      expect(trail.get(event.eventId)).toMatchObject({
        rulesetId: 'ganzhou-2013',
        rulesetVersion: 1,
        reasons: ['复核不合格，拟撤销“赣州市市级中小企业公共服务示范平台”称号'],
        county: '360702',
        cycleYear: 2029,
        occurredAt: instantOf('2029-06-12'),
      });
      expect(trail.get(event.eventId)).not.toHaveProperty('ruleEvaluation');
    });

    it('every platform event names the platform and its county; filters by platform, actor, county and type find them', () => {
      const entries = [...trail.values()];
      for (const entry of entries.filter((e) => e.streamId.startsWith('platform-'))) {
        expect(entry.platformId).toBe(entry.streamId.slice('platform-'.length));
        expect(entry.county).toMatch(/^3607\d\d$/);
      }
      const hub = entries.filter((e) => e.platformId === 'zg-hub-006').sort((a, b) => a.position - b.position);
      expect(hub.map((e) => e.eventId)).toEqual(demoEvents.filter((e) => e.streamId === 'platform-zg-hub-006').map((e) => e.eventId));
      expect(hub.at(-1)!.type).toBe('PlatformRevoked');
      const zhanggong = entries.filter((e) => e.county === '360702');
      expect(new Set(zhanggong.map((e) => e.platformId))).toEqual(new Set(['gz-info-001', 'zg-hub-006']));
      expect(entries.filter((e) => e.actorId === 'city-reviewer-wang' && e.type === 'PlatformCertified')).toHaveLength(5);
    });
  });

  it('a withdrawal’s single reason is its reasons', () => {
    const event = find(allEvents, (e) => e.type === 'ApplicationWithdrawn');
    expect(trailOf(allEvents).get(event.eventId)).toMatchObject({
      platformId: 'gx-finance-005',
      reasons: ['拟充实资产后下年度再申报'],
      inputs: { cycleYear: 2030, reason: '拟充实资产后下年度再申报' },
    });
  });

  it('an entry is the same whichever stream was delivered first', () => {
    const expected = trailOf(allEvents);
    for (const seed of [1, 2, 3, 42, 2027]) {
      const shuffled = interleaveStreams(allEvents, seed);
      expect(shuffled).not.toEqual(allEvents);
      expect(trailOf(shuffled)).toEqual(expected);
    }
  });

  it('stays usable on an event with sparse metadata', () => {
    const event: RecordedEvent = {
      eventId: 'e-1',
      type: 'ReviewClosed',
      schemaVersion: 1,
      data: { year: 2040, closedOn: '2040-07-01' },
      metadata: {},
      streamId: 'cycle-2040',
      streamVersion: 3,
      globalPosition: 99,
      recordedAt: '2040-07-01T02:00:00.000Z',
      hash: 'h',
    };
    const change = applyEvent(auditTrail, undefined, event, 'e-1') as { put: AuditEntry };
    expect(change.put).toEqual({
      _id: 'e-1',
      lastPosition: 99,
      eventId: 'e-1',
      position: 99,
      streamId: 'cycle-2040',
      streamVersion: 3,
      type: 'ReviewClosed',
      cycleYear: 2040,
      actorId: 'unknown',
      role: 'unknown',
      occurredAt: '2040-07-01T02:00:00.000Z',
      recordedAt: '2040-07-01T02:00:00.000Z',
      inputs: { year: 2040, closedOn: '2040-07-01' },
      hash: 'h',
    });
  });
});
