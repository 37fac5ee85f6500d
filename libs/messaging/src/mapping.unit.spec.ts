import { describe, expect, it } from '@jest/globals';
import { CloudEvent } from 'cloudevents';
import type { RecordedEvent } from '@certflow/event-store';
import { PLATFORMS } from '../../../apps/cli/src/demo/scenario.js';
import { demoLogWithScheduler } from './demo-log.spec.js';
import { resultsListSha256 } from '@certflow/domain';
import { INTEGRATION_EVENT_TYPES, type IntegrationEvent, type ResultsPageData, type ResultsPublishedData } from './contract.js';
import { IntegrationMapper } from './integration-mapper.js';
import { MAPPED_DOMAIN_TYPES, MissingPlatformProfile, toIntegrationEvent } from './mapping.js';

const log = demoLogWithScheduler();

/** The store's readStream over the recorded log, counting reads to show when the mapper reads back. */
function storeOver(events: readonly RecordedEvent[]) {
  const reads: string[] = [];
  return {
    reads,
    async readStream(streamId: string, options: { toVersion?: number } = {}) {
      reads.push(streamId);
      return events.filter((e) => e.streamId === streamId && e.streamVersion <= (options.toVersion ?? Infinity));
    },
  };
}

async function mapAll(events: readonly RecordedEvent[] = log): Promise<IntegrationEvent[]> {
  return new IntegrationMapper(storeOver(log), { contract: 2 }).map(events);
}

/** The public types the log's events map to (tree heads come from the log's signed heads, not from events). */
const EVENT_MAPPED_TYPES = INTEGRATION_EVENT_TYPES.filter((type) => type !== 'log.tree-head');

describe('the public contract (issue 11)', () => {
  it('maps exactly the public types, and every public type has a domain source', () => {
    expect(new Set(Object.values(MAPPED_DOMAIN_TYPES))).toEqual(new Set(EVENT_MAPPED_TYPES));
  });

  it('the demo publishes each public type, in log order, one message per mapped domain event and none for the rest', async () => {
    const published = await mapAll();
    // An overdue summary the ruleset keeps private (Art. 13 publishes decisions) is mapped to nothing.
    const kept = log.filter((e) => e.type === 'AnnualSummaryOverdue' && (e.data as { public: boolean }).public === false);
    expect(kept).toHaveLength(1);
    const mapped = log.filter((e) => e.type in MAPPED_DOMAIN_TYPES && !kept.includes(e));
    expect(published.map((e) => e.id)).toEqual(mapped.map((e) => e.eventId));
    expect(new Set(published.map((e) => e.type))).toEqual(new Set(EVENT_MAPPED_TYPES));
    const internal = log.filter((e) => !(e.type in MAPPED_DOMAIN_TYPES));
    expect(internal.length).toBeGreaterThan(0);
    for (const event of internal) expect(toIntegrationEvent(event, undefined)).toBeUndefined();
  });

  it("carries the scheduler's facts (issue 13): the recheck opened, an overdue summary, reminders keyed by platform or cycle", async () => {
    const published = await mapAll();
    const opened = published.find((e) => e.type === 'platform.recheck-opened' && e.subject === 'gz-info-001')!;
    expect(opened.data).toMatchObject({ cycleYear: 2029, article: '15', certifiedIn: 2027, platform: { id: 'gz-info-001' } });
    expect(opened.data).toHaveProperty('materialsDueOn', expect.stringMatching(/^2029-\d\d-\d\d$/));
    const overdue = published.filter((e) => e.type === 'platform.summary-overdue');
    expect(overdue.map((e) => [e.subject, e.data])).toEqual([
      ['gz-info-001', expect.objectContaining({ summaryYear: 2029, dueOn: '2030-03-31', article: '14', platform: expect.objectContaining({ name: PLATFORMS[0]!.name }) })],
    ]);
    const reminders = published.filter((e) => e.type === 'deadline.reminder');
    expect(reminders.map((e) => [e.subject, e.data])).toEqual([
      ['gz-info-001', expect.objectContaining({ rule: 'fail-recheck', article: '15', deadline: '2029-05-31', platformId: 'gz-info-001', county: '360702' })],
      ['cycle-2029', expect.not.objectContaining({ platformId: expect.anything() })],
    ]);
    // A reminder anywhere but the scheduler's own stream is not certflow's and is not relayed.
    const forged = { ...log.find((e) => e.type === 'DeadlineReminderSent')!, streamId: 'platform-gz-info-001' };
    expect(toIntegrationEvent(forged, undefined)).toBeUndefined();
  });

  it('every message is a valid CloudEvents 1.0 event: id is the event id, subject the platform, time the business time', async () => {
    const published = await mapAll();
    for (const message of published) {
      const source = log.find((e) => e.eventId === message.id)!;
      expect(new CloudEvent({ ...message }, true).validate()).toBe(true);
      expect(message).toMatchObject({ specversion: '1.0', source: 'urn:certflow:ganzhou:sme-platform-certification', datacontenttype: 'application/json' });
      expect(message.dataschema).toBe(`urn:certflow:integration:v2:${message.type}`);
      expect(message.time).toBe(new Date(source.metadata.occurredAt!).toISOString());
      // A reminder is keyed by the platform it concerns, or by its cycle; the rest by their own stream.
      const reminder = source.data as { platformId?: string; year?: number };
      const subject = source.type === 'DeadlineReminderSent' ? (reminder.platformId ?? `cycle-${reminder.year}`) : source.streamId.replace(/^platform-/, '');
      expect(message.subject).toBe(subject);
    }
  });

  it('platform.certified carries the public profile of Art. 13 (name, operator, credit code, county, categories) and the Art. 11 decision', async () => {
    const certified = (await mapAll()).filter((e) => e.type === 'platform.certified');
    const info = PLATFORMS[0]!;
    const first = certified.find((e) => e.subject === info.id)!;
    expect(first.data).toMatchObject({
      platform: {
        id: info.id,
        name: info.name,
        operator: { name: info.operator },
        county: { code: info.county, name: '章贡区' },
        categories: info.categories,
        comprehensive: false,
      },
      cycleYear: 2027,
      article: '11',
      title: '赣州市市级中小企业公共服务示范平台',
      nextRecheckYear: 2029,
    });
    expect((first.data as { platform: { operator: { creditCode: string } } }).platform.operator.creditCode).toMatch(/^[0-9A-HJ-NPQRTUWXY]{18}$/);
  });

  it('no personal data leaves: no reviewer, evaluator, actor id, figures or materials in any message', async () => {
    const text = JSON.stringify(await mapAll());
    for (const event of log) {
      const data = event.data as { reviewers?: string[] };
      for (const reviewer of data.reviewers ?? []) expect(text).not.toContain(reviewer);
      if (event.metadata.actorId) expect(text).not.toContain(`"${event.metadata.actorId}"`);
    }
    for (const field of ['reviewers', 'evaluators', 'figures', 'materials', 'declarations', 'actorId', 'evaluation']) expect(text).not.toContain(`"${field}"`);
  });

  it('recheck, announcement and revocation carry the reasons and Art. 15; results carry the Art. 13 lists', async () => {
    const published = await mapAll();
    const byType = (type: string) => published.filter((e) => e.type === type);
    expect(byType('platform.recheck-confirmed')[0]!.data).toMatchObject({ article: '15', cycleYear: 2029, nextRecheckYear: 2031 });
    expect(byType('platform.recheck-confirmed')[0]!.data).toHaveProperty('confirmedOn', expect.stringMatching(/^2029-\d\d-\d\d$/));
    for (const type of ['platform.recheck-failed', 'platform.revocation-announced', 'platform.revoked']) {
      for (const message of byType(type)) {
        expect(message.data).toMatchObject({ article: '15', reasons: expect.arrayContaining([expect.any(String)]) });
      }
    }
    const results = byType('cycle.results-published');
    expect(results.map((e) => e.subject)).toEqual(['cycle-2027', 'cycle-2029']);
    expect(results[0]!.data).toMatchObject({ cycleYear: 2027, article: '13', pages: 1, listSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(results[0]!.data).not.toHaveProperty('certified');
    // The list comes in pages just before, on the same key, and hashes to what the summary says.
    const pages = byType('cycle.results-page').filter((e) => e.subject === 'cycle-2027');
    expect(pages.map((e) => e.data)).toMatchObject([{ cycleYear: 2027, page: 1, article: '13', certified: expect.arrayContaining([{ platformId: PLATFORMS[0]!.id, name: PLATFORMS[0]!.name }]) }]);
    const page = pages[0]!.data as ResultsPageData;
    expect(resultsListSha256(2027, page.certified, page.revoked)).toBe((results[0]!.data as ResultsPublishedData).listSha256);
    expect((results[0]!.data as ResultsPublishedData).certifiedCount).toBe(page.certified.length);
    expect(published.indexOf(pages[0]!)).toBeLessThan(published.indexOf(results[0]!));
  });

  it('a cycle published in one event before pages keeps its lists in cycle.results-published, with counts and hash', () => {
    const list = [{ platformId: 'gz-old-001', name: '旧平台' }];
    const legacy: RecordedEvent = { ...log.find((e) => e.type === 'CycleResultsPublished')!, type: 'ResultsPublished', data: { year: 2025, publishedOn: '2025-07-05', certified: list, revoked: [] } };
    expect(toIntegrationEvent(legacy, undefined)!.data).toEqual({
      cycleYear: 2025,
      publishedOn: expect.any(String),
      article: '13',
      certifiedCount: 1,
      revokedCount: 0,
      pages: 0,
      listSha256: resultsListSha256(2025, list, []),
      certified: list,
      revoked: [],
    });
  });

  it('the profile is the one the stream held at the event: a resubmitted profile replaces the first', async () => {
    const at = log.findIndex((e) => e.type === 'ApplicationResubmitted');
    const resubmitted = log[at]!;
    const data = resubmitted.data as { application: { profile: { name: string } } };
    const renamed: RecordedEvent = {
      ...resubmitted,
      data: { ...data, application: { ...data.application, profile: { ...data.application.profile, name: '更名后的平台' } } },
    };
    const edited = log.map((e, i) => (i === at ? renamed : e));
    const later = (await new IntegrationMapper(storeOver(edited), { contract: 2 }).map(edited)).filter(
      (e) => `platform-${e.subject}` === resubmitted.streamId,
    );
    expect(later.length).toBeGreaterThan(0);
    for (const message of later) expect((message.data as { platform: { name: string } }).platform.name).toBe('更名后的平台');
  });

  it('started from a checkpoint, it reads the platform back from its stream and maps the same as from the start', async () => {
    const whole = await mapAll();
    const firstCertified = log.findIndex((e) => e.type === 'PlatformCertified');
    const store = storeOver(log);
    const resumed = await new IntegrationMapper(store, { contract: 2 }).map(log.slice(firstCertified));
    expect(resumed).toEqual(whole.filter((e) => log.findIndex((l) => l.eventId === e.id) >= firstCertified));
    expect(store.reads.length).toBeGreaterThan(0);
    // Following the log from the start, every profile passes by: no stream is read back.
    const fromStart = storeOver(log);
    await new IntegrationMapper(fromStart, { contract: 2 }).map(log);
    expect(fromStart.reads).toEqual([]);
  });

  it('a platform event with no application before it is refused, never published without its profile', () => {
    const certified = log.find((e) => e.type === 'PlatformCertified')!;
    expect(() => toIntegrationEvent(certified, undefined)).toThrow(MissingPlatformProfile);
  });

  it('contract v1 keeps its first shape for its consumers: no pages, no tree heads, and the results carry the whole lists, put together from the pages (Art. 13)', async () => {
    const v2 = await mapAll();
    const v1 = await new IntegrationMapper(storeOver(log)).map(log);
    expect(v1.map((e) => e.id)).toEqual(v2.filter((e) => e.type !== 'cycle.results-page').map((e) => e.id));
    for (const message of v1) expect(message.dataschema).toBe(`urn:certflow:integration:v1:${message.type}`);
    const results = v1.filter((e) => e.type === 'cycle.results-published');
    const pages = v2.filter((e) => e.type === 'cycle.results-page' && e.subject === 'cycle-2027').map((e) => e.data as ResultsPageData);
    expect(results[0]!.data).toEqual({
      cycleYear: 2027,
      publishedOn: (v2.find((e) => e.id === results[0]!.id)!.data as ResultsPublishedData).publishedOn,
      article: '13',
      certified: pages.flatMap((page) => page.certified),
      revoked: pages.flatMap((page) => page.revoked),
    });
    expect(pages.flatMap((page) => page.certified).length).toBeGreaterThan(0);
    // Everything else is the same event in both versions.
    const others = (events: IntegrationEvent[]) => events.filter((e) => !e.type.startsWith('cycle.results')).map(({ dataschema: _schema, ...rest }) => rest);
    expect(others(v1)).toEqual(others(v2));
  });
});
