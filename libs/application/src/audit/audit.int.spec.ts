import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GANZHOU_2013, type RuleEvaluation, type Ruleset } from '@certflow/domain';
import { canonicalBody, chainHash, SqliteEventStore, type RecordedEvent } from '@certflow/event-store';
import { recordScenario } from '@certflow/testing';
import { demoScenario, instantOf } from '../../../../apps/cli/src/demo/scenario.js';
import { explainDecision } from './explain-decision.js';
import { replayStream } from './replay-stream.js';
import { checkStreamEvaluations, type RulesetLookup } from './rule-evaluations.js';

/** The demo's log written to a real SQLite store, one event a second of recorded time from 2026-12-01 (business time is the demo's, years later). */
const START = Date.parse('2026-12-01T00:00:00.000Z');
let folder: string;
let filename: string;
let store: SqliteEventStore;
let demo: RecordedEvent[];
let tick = 0;

const certificationOf = (platformId: string) => demo.find((e) => e.streamId === `platform-${platformId}` && e.type === 'PlatformCertified')!;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'certflow-audit-'));
  filename = join(folder, 'events.sqlite');
  store = new SqliteEventStore({ filename, clock: () => new Date(START + tick * 1000) });
  for (const event of recordScenario(demoScenario(), instantOf)) {
    tick += 1;
    await store.append(event.streamId, [{ type: event.type, data: event.data, eventId: event.eventId, metadata: event.metadata }]);
  }
  demo = await store.readAll({ limit: 10_000 });
});

afterAll(async () => {
  await store.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('replay', () => {
  it('at exactly a recorded instant includes the event recorded then; one millisecond before, not', async () => {
    const certified = certificationOf('zg-hub-006');
    const at = await replayStream(store, certified.streamId, { asOf: certified.recordedAt });
    expect(at!.streamVersion).toBe(certified.streamVersion);
    expect(at!.state).toMatchObject({ status: 'certified', certifiedIn: 2027 });
    expect(at!.events.at(-1)).toMatchObject({ eventId: certified.eventId, type: 'PlatformCertified', recordedAt: certified.recordedAt });
    const before = await replayStream(store, certified.streamId, { asOf: new Date(Date.parse(certified.recordedAt) - 1).toISOString() });
    expect(before!.streamVersion).toBe(certified.streamVersion - 1);
    expect(before!.state).toMatchObject({ status: 'recommended' });
    expect(before!.currentVersion).toBe(11);
  });

  it('answers the same for the same instant written in Asia/Shanghai time and in UTC', async () => {
    const certified = certificationOf('zg-hub-006');
    const shanghai = new Date(Date.parse(certified.recordedAt) + 8 * 3_600_000).toISOString().replace('Z', '+08:00');
    expect(await replayStream(store, certified.streamId, { asOf: shanghai })).toEqual({
      ...(await replayStream(store, certified.streamId, { asOf: certified.recordedAt })),
    });
  });

  it('cuts on recorded time, never on business time, and shows both apart', async () => {
    const [first] = await store.readStream('platform-zg-hub-006');
    // Business time 2027 (simulated), recorded time December 2026: an as-of in 2028 holds the whole stream.
    const all = await replayStream(store, 'platform-zg-hub-006', { asOf: '2028-03-01T00:00:00+08:00' });
    expect(all!.streamVersion).toBe(11);
    expect(all!.state).toMatchObject({ status: 'revoked' });
    expect(all!.events[0]).toMatchObject({ occurredAt: first!.metadata.occurredAt, recordedAt: first!.recordedAt });
    expect(all!.events[0]!.occurredAt.startsWith('2027-')).toBe(true);
    const none = await replayStream(store, 'platform-zg-hub-006', { asOf: '2026-11-30T23:59:59.999Z' });
    expect(none).toMatchObject({ streamVersion: 0, events: [], state: { status: 'new' } });
  });

  it('replays to a version, and a cycle stream to its state', async () => {
    expect(await replayStream(store, 'platform-zg-hub-006', { version: 9 })).toMatchObject({ streamVersion: 9, version: 9, state: { status: 'recheck-failed' } });
    expect(await replayStream(store, 'cycle-2027', { version: 1 })).toMatchObject({ kind: 'cycle', state: { status: 'open', rulesetId: 'ganzhou-2013', rulesetVersion: 1 } });
    expect(await replayStream(store, 'platform-never-seen')).toBeUndefined();
  });
});

describe('explain', () => {
  it('explains a certification criterion by criterion under its ruleset version, with actor, reasons and materials, and reproduces it', async () => {
    const certified = certificationOf('gz-info-001');
    const explanation = await explainDecision(store, certified.eventId);
    expect(explanation).toMatchObject({
      what: { article: '11' },
      platformId: 'gz-info-001',
      cycleYear: 2027,
      actor: { id: 'city-reviewer-wang', role: 'city' },
      ruleset: { id: 'ganzhou-2013', version: 1, available: true },
      reproduction: { outcome: 'reproduced' },
    });
    expect(explanation!.reasons.length).toBeGreaterThan(0);
    expect(explanation!.reviewers.length).toBeGreaterThan(0);
    expect(explanation!.materials.map((m) => m.code)).toEqual(expect.arrayContaining(['application-report', 'special-audit-report']));
    expect(explanation!.criteria.find((c) => c.criterion === '6(3) total assets')).toMatchObject({ article: '6(3)', articleZh: '第六条第（三）项', threshold: 2_000_000, result: 'pass' });
    expect(explanation!.basedOn.map((b) => b.type)).toEqual(['ApplicationSubmitted', 'PlatformRecommended']);
    expect(explanation!.decision.occurredAt).not.toBe(explanation!.decision.recordedAt);
  });

  it('explains a revocation with the ruleset its cycle ran under, and names no event that decides nothing', async () => {
    const revoked = demo.find((e) => e.type === 'PlatformRevoked')!;
    expect(await explainDecision(store, revoked.eventId)).toMatchObject({ what: { article: '15' }, ruleset: { id: 'ganzhou-2013', version: 1 } });
    const submitted = demo.find((e) => e.type === 'ApplicationSubmitted')!;
    expect(await explainDecision(store, submitted.eventId)).toBeUndefined();
    expect(await explainDecision(store, '01900000-0000-7000-8000-000000000000')).toBeUndefined();
  });

  it('after the ruleset changed, still explains and re-decides a decision under the version of its day', async () => {
    // Version 2 raises total assets to 5,000,000: gz-info-001 (3,500,000 declared) would fail it.
    const v2: Ruleset = { ...GANZHOU_2013, version: 2, thresholds: { ...GANZHOU_2013.thresholds, minTotalAssetsCny: 5_000_000 } };
    const lookup: RulesetLookup = (id, version) => [GANZHOU_2013, v2].find((r) => r.id === id && r.version === version);
    const explanation = await explainDecision(store, certificationOf('gz-info-001').eventId, lookup);
    expect(explanation!.ruleset).toMatchObject({ version: 1 });
    expect(explanation!.criteria.find((c) => c.criterion === '6(3) total assets')).toMatchObject({ threshold: 2_000_000, result: 'pass' });
    expect(explanation!.reproduction).toEqual({ outcome: 'reproduced' });
    const onlyV2: RulesetLookup = (_id, version) => (version === 2 ? v2 : undefined);
    expect((await explainDecision(store, certificationOf('gz-info-001').eventId, onlyV2))!.reproduction).toEqual({ outcome: 'ruleset-unavailable', rulesetId: 'ganzhou-2013', rulesetVersion: 1 });
  });

  it('a rule evaluation edited from fail to pass, with every hash recomputed, is not reproduced and is named', async () => {
    const rejected = demo.find((e) => e.type !== 'ApplicationSubmitted' && ((e.data as { evaluation?: RuleEvaluation }).evaluation?.failed.length ?? 0) > 0)!;
    const evaluation = (rejected.data as { evaluation: RuleEvaluation }).evaluation;
    const failing = evaluation.criteria.find((c) => c.result === 'fail')!;
    const forged: RuleEvaluation = {
      ...evaluation,
      criteria: evaluation.criteria.map((c) => (c === failing ? { ...c, result: 'pass' as const } : c)),
      failed: evaluation.failed.filter((f) => f !== failing.criterion),
    };
    rewriteWithHashes(filename, rejected, { ...(rejected.data as object), evaluation: forged });
    const events = await store.readStream(rejected.streamId);
    expect(await store.verifyChains({ streamId: rejected.streamId })).toMatchObject({ breaks: [] });
    const checks = checkStreamEvaluations(events).filter((c) => c.reproduction.outcome !== 'reproduced');
    expect(checks).toEqual([
      expect.objectContaining({
        streamVersion: rejected.streamVersion,
        reproduction: { outcome: 'differs', differences: expect.arrayContaining([`${failing.criterion} result: stored "pass", recomputed "fail"`]) },
      }),
    ]);
    expect((await explainDecision(store, rejected.eventId))!.reproduction).toMatchObject({ outcome: 'differs' });
  });
});

/** What a tamperer with database access does: edits an event and recomputes its hash and every later one of its stream, and the stream head. */
function rewriteWithHashes(file: string, target: RecordedEvent, data: unknown): void {
  const db = new Database(file);
  try {
    db.prepare('UPDATE events SET data = ? WHERE event_id = ?').run(JSON.stringify(data), target.eventId);
    const rows = db.prepare('SELECT * FROM events WHERE stream_id = ? ORDER BY stream_version').all(target.streamId) as {
      event_id: string; stream_id: string; stream_version: number; type: string; schema_version: number; data: string; metadata: string; recorded_at: string;
    }[];
    let previous = '';
    for (const row of rows) {
      const body = canonicalBody({ eventId: row.event_id, streamId: row.stream_id, type: row.type, schemaVersion: row.schema_version, data: JSON.parse(row.data), metadata: JSON.parse(row.metadata) });
      previous = chainHash(previous, row.stream_version, row.recorded_at, body);
      db.prepare('UPDATE events SET hash = ? WHERE event_id = ?').run(previous, row.event_id);
    }
    db.prepare('UPDATE streams SET last_hash = ? WHERE stream_id = ?').run(previous, target.streamId);
  } finally {
    db.close();
  }
}
