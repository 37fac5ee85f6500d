import { REMINDER_SENT, REMINDER_STREAM, type DeadlineReminder } from '@certflow/domain';
import type { RecordedEvent } from '@certflow/event-store';
import { EventRecorder } from '@certflow/testing';
import { demoScenario, instantOf } from '../../../apps/cli/src/demo/scenario.js';

const scheduler = { actorId: 'certflow-scheduler', role: 'city' };

/**
 * The demo's log and what certflow's scheduler adds to it on a server (the in-process recording
 * plays the demo's commands only): a reminder for a platform, one for the cycle's own deadline,
 * and a yearly summary recorded overdue, once public and once kept private by the ruleset.
 */
export function demoLogWithScheduler(): RecordedEvent[] {
  const recorder = new EventRecorder();
  for (const step of demoScenario()) recorder.run(step, instantOf);
  const reminders: DeadlineReminder[] = [
    {
      item: 'fail-recheck/2029/gz-info-001',
      rule: 'fail-recheck',
      article: '15',
      deadline: '2029-05-31',
      year: 2029,
      platformId: 'gz-info-001',
      county: '360702',
      what: { zh: '复核材料报送截止', en: 'recheck materials are due' },
    },
    {
      item: 'close-application-window/2029',
      rule: 'close-application-window',
      article: '12',
      deadline: '2029-04-30',
      year: 2029,
      what: { zh: '申报截止', en: 'the application window closes' },
    },
  ];
  recorder.append(REMINDER_STREAM, reminders.map((data) => ({ type: REMINDER_SENT, data })), { ...scheduler, occurredAt: instantOf('2029-04-23') });
  recorder.append('platform-gz-info-001', [{ type: 'AnnualSummaryOverdue', data: { year: 2029, dueOn: '2030-03-31', public: true } }], {
    ...scheduler,
    occurredAt: instantOf('2030-04-01'),
  });
  recorder.append('platform-nk-tech-002', [{ type: 'AnnualSummaryOverdue', data: { year: 2029, dueOn: '2030-03-31', public: false } }], {
    ...scheduler,
    occurredAt: instantOf('2030-04-01'),
  });
  return recorder.events;
}
