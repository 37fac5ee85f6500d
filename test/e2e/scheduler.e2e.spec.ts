// The scheduler of the time rules (Arts. 12, 15) beside the API, driven over HTTP by a training
// server's simulated clock: each rule fires once, at its instant in Asia/Shanghai, in order, and
// neither a restart nor a second scheduler issues anything twice.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { RecordedEvent } from '@certflow/event-store';
import { CommandBus } from '@nestjs/cqrs';
import { Scheduler, type ScheduledCommand } from '@certflow/composition';
import { ExecuteCycleCommand, type CommandOutcome } from '@certflow/application';
import { applicationContent, testLogger } from '@certflow/testing';
import { api, given } from '../support/journey.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const A = 'gz-sched-a'; // certified 2027, sends nothing for its 2029 recheck
const B = 'gz-sched-b'; // certified 2027, sends its recheck materials
const C = 'gz-sched-c'; // certified 2027, fails its recheck, revocation announced

describe('scheduler: deadlines and the biennial recheck as commands (Arts. 12, 15)', () => {
  let t: TestApp;
  let setup: ReturnType<typeof given>;
  let http: ReturnType<typeof api>;

  const all = async (): Promise<RecordedEvent[]> => t.store.readAll({ after: 0, limit: 10_000 });
  const byScheduler = async () => (await all()).filter((event) => String(event.metadata.commandId ?? '').startsWith('scheduler:'));
  /** The scheduler's commands; its reminders are looked at apart. */
  const scheduled = async () => (await byScheduler()).filter((event) => event.type !== 'DeadlineReminderSent');
  const reminders = async () => (await byScheduler()).filter((event) => event.type === 'DeadlineReminderSent');
  const moveClock = async (now: string) => {
    const answer = await t.http.put('/api/v1/simulation/clock').set('Authorization', `Bearer ${await t.token('city')}`).send({ now });
    expect(answer.status).toBe(200);
  };
  const freshScheduler = () =>
    new Scheduler({
      store: t.store,
      clock: t.clock,
      execute: (command: ScheduledCommand) => t.app.get(CommandBus).execute<ScheduledCommand, CommandOutcome>(command),
      logger: testLogger(),
      tickMs: 50,
    });

  beforeAll(async () => {
    t = await startTestApp('sqlite', '2027-03-01T01:00:00.000Z', { scheduler: true, readModels: 'memory' });
    setup = given(t);
    http = api(t);
    await setup.openCycle(2027); // applications by 2027-04-30, recheck materials by 05-31
    for (const id of [A, B, C]) await setup.certified(id, 2027);
  });
  afterAll(() => t?.close());

  it('GET /api/v1/deadlines: what falls due, when in Asia/Shanghai, and what will happen; a county sees its own, an operator its own', async () => {
    const city = await http.get('/api/v1/deadlines', { role: 'city' });
    expect(city.status).toBe(200);
    expect(city.body.businessTime).toBe('2027-03-01T01:00:00.000Z');
    expect(city.body.items.map((item: { id: string }) => item.id)).toEqual([
      'reminder/close-application-window/2027',
      'close-application-window/2027',
      ...[A, B, C].map((id) => `reminder/summary-overdue/2027/${id}`),
      ...[A, B, C].map((id) => `summary-overdue/2027/${id}`),
    ]);
    expect(city.body.items[0]).toMatchObject({ rule: 'reminder', dueAtShanghai: '2027-04-23T00:00:00+08:00', action: 'certflow-issues' });
    expect(city.body.items[1]).toEqual({
      id: 'close-application-window/2027',
      rule: 'close-application-window',
      article: '12',
      dueAt: '2027-04-30T16:00:00.000Z',
      dueAtShanghai: '2027-05-01T00:00:00+08:00',
      dueOn: '2027-05-01',
      year: 2027,
      action: 'certflow-issues',
      command: 'CloseApplicationWindow',
      due: false,
      what: expect.objectContaining({ zh: expect.stringContaining('第十二条') }),
    });
    expect(city.body.items[5]).toMatchObject({ platformId: A, county: '360702', dueAtShanghai: '2028-04-01T00:00:00+08:00', command: 'RecordSummaryOverdue', article: '14' });

    const otherCounty = await http.get('/api/v1/deadlines', { role: 'county', county: '360781' });
    expect(otherCounty.body.items.map((item: { id: string }) => item.id)).toEqual(['reminder/close-application-window/2027', 'close-application-window/2027']);
    const ownCounty = await http.get('/api/v1/deadlines', { role: 'county', county: '360702' });
    expect(ownCounty.body.items).toHaveLength(8);
    const operator = await http.get('/api/v1/deadlines', { role: 'applicant', platformId: B });
    expect(operator.body.items.map((item: { id: string }) => item.id)).toEqual([
      'reminder/close-application-window/2027',
      'close-application-window/2027',
      `reminder/summary-overdue/2027/${B}`,
      `summary-overdue/2027/${B}`,
    ]);
    expect((await t.http.get('/api/v1/deadlines')).status).toBe(401);
  });

  it('Art. 12: 23:59:59.999 on the deadline day (Asia/Shanghai) closes nothing; 00:00 the next day closes the window once', async () => {
    await moveClock('2027-04-30T23:59:59.999+08:00');
    await t.scheduler!.settled();
    expect(await scheduled()).toEqual([]);
    // Reminded 7 days (ganzhou-2013) before the deadline day, once, for the relay to carry.
    const [reminder, ...more] = await reminders();
    expect(more).toEqual([]);
    expect([reminder!.streamId, reminder!.metadata.commandId, reminder!.metadata.occurredAt]).toEqual([
      'deadline-reminders',
      'scheduler:reminder/close-application-window/2027',
      '2027-04-22T16:00:00.000Z',
    ]);
    expect(reminder!.data).toMatchObject({ item: 'close-application-window/2027', rule: 'close-application-window', deadline: '2027-04-30', article: '12' });

    await moveClock('2027-05-01T00:00:00+08:00');
    await t.scheduler!.settled();
    await t.scheduler!.settled();
    const events = await scheduled();
    expect(events.map((event) => [event.streamId, event.type, event.metadata.commandId, event.metadata.occurredAt, event.metadata.actorId])).toEqual([
      ['cycle-2027', 'ApplicationWindowClosed', 'scheduler:close-application-window/2027', '2027-04-30T16:00:00.000Z', 'certflow-scheduler'],
    ]);
    expect(events[0]!.data).toEqual({ year: 2027, closedOn: '2027-05-01' });

    const health = await t.http.get('/health');
    expect(health.body.scheduler).toMatchObject({ status: 'running', lagSeconds: 0, businessTime: '2027-04-30T16:00:00.000Z' });
    const metrics = (await t.http.get('/metrics')).text;
    expect(metrics).toContain('certflow_scheduler_commands_total{rule="close-application-window",outcome="accepted"} 1');
    expect(metrics).toMatch(/^certflow_scheduler_lag_seconds 0$/m);
  });

  it('Art. 12: a late submission is refused once the window closed', async () => {
    const late = await http.post(`/api/v1/platforms/gz-sched-late/submit-application`, { role: 'applicant', platformId: 'gz-sched-late' }, {
      cycleYear: 2027,
      application: applicationContent(),
    });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'application.cycle-closed', article: '12' });
  });

  it('Art. 15: opening the 2029 cycle puts every platform certified in 2027 under recheck, once each, and tells it (RecheckOpened on its stream)', async () => {
    await setup.closeReview(2027);
    await moveClock('2029-03-01T09:30:00+08:00');
    const opened = await setup.openCycle(2029);
    await t.scheduler!.settled();
    const rechecks = (await scheduled()).filter((event) => event.type === 'RecheckOpened');
    expect(rechecks.map((event) => [event.streamId, event.metadata.commandId, event.metadata.occurredAt])).toEqual(
      [A, B, C].map((id) => [`platform-${id}`, `scheduler:open-recheck/2029/${id}`, '2029-03-01T01:30:00.000Z']),
    );
    expect(rechecks.every((event) => event.globalPosition > opened.globalPosition)).toBe(true);
    expect(rechecks[0]!.data).toEqual({ cycleYear: 2029, materialsDueOn: '2029-05-31', certifiedIn: 2027 });
  });

  it('Art. 14: the 2027 summaries nobody sent were recorded overdue on 2028-04-01 00:00 Asia/Shanghai, once each, and show in the review history and the registry', async () => {
    const overdue = (await scheduled()).filter((event) => event.type === 'AnnualSummaryOverdue');
    expect(overdue.map((event) => [event.streamId, event.metadata.commandId, event.metadata.occurredAt])).toEqual(
      [A, B, C].map((id) => [`platform-${id}`, `scheduler:summary-overdue/2027/${id}`, '2028-03-31T16:00:00.000Z']),
    );
    expect(overdue[0]!.data).toEqual({ year: 2027, dueOn: '2028-03-31', public: true });
    const minPosition = overdue.at(-1)!.globalPosition;
    const history = await http.get(`/api/v1/platforms/${A}/review-history?minPosition=${minPosition}`, { role: 'city' });
    expect(history.body.overdueSummaries).toEqual([{ year: 2027, dueOn: '2028-03-31', recordedOn: '2028-04-01' }]);
    const registry = await t.http.get(`/api/v1/registry?minPosition=${minPosition}&pageSize=50`).expect(200); // public (Art. 13)
    const entry = registry.body.items.find((item: { platformId: string }) => item.platformId === A);
    expect(entry).toMatchObject({ status: 'under-recheck', summariesOverdue: [2027] });
  });

  it('one clock move past several deadlines fires each at its own instant, in that order, exactly once; a restart in between issues each once', async () => {
    await setup.recheckSubmitted(B);
    await setup.recheckSubmitted(C);
    await setup.opinionGiven(C, 'fail');
    await setup.recheckFailed(C);
    await moveClock('2029-04-10T10:00:00+08:00');
    await t.scheduler!.settled();
    // Art. 14: the 2028 summaries were due by 2029-03-31; the scheduler recorded them when the clock passed.
    expect((await scheduled()).filter((event) => event.type === 'AnnualSummaryOverdue').map((event) => event.metadata.commandId)).toEqual([
      ...[A, B, C].map((id) => `scheduler:summary-overdue/2027/${id}`),
      ...[A, B, C].map((id) => `scheduler:summary-overdue/2028/${id}`),
    ]);
    await setup.revocationAnnounced(C); // 30 days (ganzhou-2013): the notice ends on 2029-05-10
    await t.scheduler!.settled();
    const before = (await scheduled()).length;

    // The worker goes down before the deadlines; the clock passes them while it is down.
    await t.scheduler!.stop();
    await moveClock('2029-07-01T10:00:00+08:00');
    expect((await scheduled()).length).toBe(before);
    const health = await t.http.get('/health');
    // Late: the 2029 window, C's revocation, A's recheck; A's and B's 2029 summaries come due in 2030.
    expect(health.body.scheduler).toMatchObject({ status: 'stopped', pending: 5 });
    // The oldest late item (the 2029 window, due 2029-05-01 00:00 +08:00) is 61 days and 10 hours late.
    expect(health.body.scheduler.lagSeconds).toBe((61 * 24 + 10) * 3600);

    const restarted = freshScheduler();
    await restarted.start();
    await restarted.settled();
    const fired = (await scheduled()).slice(before);
    expect(fired.map((event) => [event.type, event.streamId, event.metadata.occurredAt])).toEqual([
      ['ApplicationWindowClosed', 'cycle-2029', '2029-04-30T16:00:00.000Z'], // Art. 12: day after 2029-04-30
      ['PlatformRevoked', `platform-${C}`, '2029-05-09T16:00:00.000Z'], // Art. 15: 2029-04-10 + 30 days = 2029-05-10
      ['RecheckFailed', `platform-${A}`, '2029-05-31T16:00:00.000Z'], // Art. 15: day after 2029-05-31
    ]);
    expect(fired[1]!.data).toMatchObject({ revokedOn: '2029-05-10' });
    expect(fired[2]!.data).toMatchObject({ materialsMissing: true, cycleYear: 2029 });

    // Every scheduled command appended once; a third scheduler, from the whole log, issues nothing.
    const ids = (await scheduled()).map((event) => event.metadata.commandId);
    expect(new Set(ids).size).toBe(ids.length);
    const head = await t.store.headPosition();
    const third = freshScheduler();
    await third.start();
    await third.settled();
    expect(await t.store.headPosition()).toBe(head);
    // Replaying the whole log into a fresh schedule gives the items the running one holds.
    expect(third.items()).toEqual(restarted.items());
    await third.stop();
    await restarted.stop();
  });

  it('a deadline already issued, issued again under its command id, appends nothing and answers as the first time', async () => {
    const head = await t.store.headPosition();
    const again = await t.app.get(CommandBus).execute<ScheduledCommand, CommandOutcome>(
      new ExecuteCycleCommand(
        { type: 'CloseApplicationWindow', data: { year: 2027 } },
        { actor: { id: 'certflow-scheduler', role: 'city' }, commandId: 'scheduler:close-application-window/2027', correlationId: 'x' },
      ),
    );
    expect(again).toMatchObject({ replayed: true, events: ['ApplicationWindowClosed'], streamId: 'cycle-2027' });
    expect(await t.store.headPosition()).toBe(head);
  });
});
