// What every refusal of the yearly cycle says, whole (Arts. 1, 12, 13): the city bureau reads the
// Chinese, the problem+json carries both texts and the details.
import { describe, expect, it } from '@jest/globals';
import { at, cityActor, countyOf, cycleSchedule, cycleStateOf, deciderSpec, openCycleEvents, reviewClosedEvent, windowClosedEvent } from '@certflow/testing';
import { decideCycle, evolveCycle, initialCycleState, rulesetOfCycle, type CycleCommand, type CycleEvent } from './cycle.js';
import type { DomainError } from '../shared/domain-error.js';

const cycle = deciderSpec({ decide: decideCycle, evolve: evolveCycle, initialState: initialCycleState });
const YEAR = 2027;
const city = { actor: cityActor(), now: at('2027-03-01') };
const open = (overrides: Partial<ReturnType<typeof cycleSchedule>> & { rulesetId?: string } = {}): CycleCommand => ({
  type: 'OpenCycle',
  data: { year: YEAR, rulesetId: 'ganzhou-2013', noticeTitle: '关于开展2027年度认定工作的通知', ...cycleSchedule(YEAR), ...overrides },
});
const closeWindow: CycleCommand = { type: 'CloseApplicationWindow', data: { year: YEAR } };
const closeReview: CycleCommand = { type: 'CloseReview', data: { year: YEAR } };
const publish: CycleCommand = { type: 'PublishResults', data: { year: YEAR, certified: [], revoked: [] } };
const opened: CycleEvent[] = openCycleEvents(YEAR);
const reviewClosed: CycleEvent[] = [...opened, windowClosedEvent(YEAR), reviewClosedEvent(YEAR)];

const said = (error: DomainError) => ({ code: error.code, kind: error.kind, article: error.article, zh: error.messages.zh, en: error.messages.en, details: error.details });

const CASES: [string, CycleEvent[], CycleCommand, Record<string, unknown>][] = [
  [
    'Art. 12: opening a year twice',
    opened,
    open(),
    { code: 'cycle.already-opened', kind: 'conflict', article: '12', zh: '2027年度认定工作已开启', en: 'the 2027 cycle is already open' },
  ],
  [
    'Art. 1: opening under measures this system does not have',
    [],
    open({ rulesetId: 'ganzhou-2099' }),
    { code: 'cycle.unknown-ruleset', kind: 'invalid', zh: '未知的认定规则：ganzhou-2099', en: 'unknown ruleset ganzhou-2099' },
  ],
  [
    'Art. 12: a deadline that is no calendar day',
    [],
    open({ recheckMaterialsDeadline: '2027-02-30' }),
    { code: 'cycle.invalid-date', kind: 'invalid', zh: '日期无效：2027-02-30', en: 'invalid date 2027-02-30' },
  ],
  [
    'Art. 12: deadlines out of order',
    [],
    open({ applicationDeadline: '2027-07-01' }),
    {
      code: 'cycle.deadlines-out-of-order',
      kind: 'invalid',
      article: '12',
      zh: '截止日期须依次为：今天 ≤ 申报截止 ≤ 审核截止，今天 ≤ 复核材料截止 ≤ 审核截止',
      en: 'deadlines must run today ≤ application ≤ review, and today ≤ recheck materials ≤ review',
    },
  ],
  [
    'Art. 12: closing a window never opened',
    [],
    closeWindow,
    { code: 'cycle.not-opened', kind: 'conflict', article: '12', zh: '2027年度认定工作尚未开启', en: 'the 2027 cycle has not been opened' },
  ],
  [
    'Art. 13: publishing while applications are still open',
    opened,
    publish,
    {
      code: 'cycle.wrong-stage',
      kind: 'conflict',
      article: '13',
      zh: '2027年度认定工作当前阶段为“申报中”，不允许此操作',
      en: 'the 2027 cycle is open; this step needs review-closed',
    },
  ],
  [
    'Art. 12: closing a review already closed names both stages it needs',
    reviewClosed,
    closeReview,
    {
      code: 'cycle.wrong-stage',
      kind: 'conflict',
      article: '12',
      zh: '2027年度认定工作当前阶段为“审核已结束”，不允许此操作',
      en: 'the 2027 cycle is review-closed; this step needs open or window-closed',
    },
  ],
];

describe('every refusal of the yearly cycle says what the measures say, in both languages', () => {
  it.each(CASES)('%s', (_, history, command, expected) => {
    expect(said(cycle.given(history).when(command, city).thenThrows(expected['code'] as string))).toEqual({ article: undefined, details: undefined, ...expected });
  });

  it('Art. 12: a county bureau opening the cycle', () => {
    const error = cycle.given([]).when(open(), { actor: countyOf('360702'), now: at('2027-03-01') }).thenThrows('cycle.city-only');
    expect(said(error)).toEqual({
      code: 'cycle.city-only',
      kind: 'forbidden',
      article: '12',
      zh: '年度认定工作由市局组织（第十二条）',
      en: 'only the city bureau runs the yearly cycle (Art. 12)',
      details: undefined,
    });
  });
});

describe('rulesetOfCycle: the refusal names the measures the cycle was opened under (Art. 1)', () => {
  const openedUnder = (rulesetId: string, rulesetVersion: number) =>
    cycleStateOf(openCycleEvents(YEAR).map((e) => (e.type === 'CycleOpened' ? { ...e, data: { ...e.data, rulesetId, rulesetVersion } } : e)));
  const refusal = (rulesetId: string, rulesetVersion: number) => {
    try {
      rulesetOfCycle(openedUnder(rulesetId, rulesetVersion));
    } catch (error) {
      return said(error as DomainError);
    }
    throw new Error('rulesetOfCycle did not refuse');
  };

  it('a known id at a version this deployment does not have', () => {
    expect(refusal('ganzhou-2013', 7)).toEqual({
      code: 'cycle.ruleset-unavailable',
      kind: 'conflict',
      article: '1',
      zh: '2027年度认定工作所依据的规则（ganzhou-2013 第7版）在本系统中不可用，请联系系统管理员',
      en: 'the 2027 cycle runs under ruleset ganzhou-2013 version 7, which this deployment does not have',
      details: { rulesetId: 'ganzhou-2013', rulesetVersion: 7, availableVersion: 1 },
    });
  });

  it('an id it does not know at all has no available version to name', () => {
    expect(refusal('jiangxi-2017', 1)?.details).toEqual({ rulesetId: 'jiangxi-2017', rulesetVersion: 1 });
  });
});
