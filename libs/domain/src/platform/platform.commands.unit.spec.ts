import { describe, expect, it } from '@jest/globals';
import { commandCycleYear } from './platform.commands.js';
import { platformStreamId } from './state.js';
import { cycleStreamId } from '../cycle/cycle.js';
import { CONTENT, annualSummary, certify, confirm, openRecheck, recommend, submit, submitRecheck, withdraw } from './story.spec.js';

describe('the cycle a command acts in (Arts. 12, 15)', () => {
  it('Art. 12: an application names the cycle it is filed in', () => {
    expect(commandCycleYear(submit(CONTENT, 2028))).toBe(2028);
  });

  it('Art. 15: opening a recheck names the cycle it runs with', () => {
    expect(commandCycleYear(openRecheck(2029))).toBe(2029);
  });

  it.each([
    ['WithdrawApplication', withdraw],
    ['RecommendPlatform', recommend],
    ['CertifyPlatform', certify()],
    ['SubmitAnnualSummary', annualSummary(2028)],
    ['SubmitRecheckMaterials', submitRecheck()],
    ['ConfirmRecheck', confirm()],
  ])('%s names none: it acts in the cycle of the current application or recheck', (_, command) => {
    expect(commandCycleYear(command)).toBeUndefined();
  });
});

describe('stream ids: one stream per yearly cycle and per platform', () => {
  it('the cycle of 2027 is cycle-2027', () => {
    expect(cycleStreamId(2027)).toBe('cycle-2027');
  });

  it('platform gz-zg-0001 is platform-gz-zg-0001', () => {
    expect(platformStreamId('gz-zg-0001')).toBe('platform-gz-zg-0001');
  });
});
