import { describe, expect, it } from '@jest/globals';
import type { RecordedEvent } from '@certflow/event-store';
import { applyEachTwice, EventRecorder, foldProjection, interleaveStreams, secondRoundSteps } from '@certflow/testing';
import { countyEvaluation, demoScenario, documentRef, instantOf } from '../../../../apps/cli/src/demo/scenario.js';
import type { ReviewHistory } from '../documents.js';
import { applyEvent } from '../projection.js';
import { reviewHistory } from './review-history.projection.js';

const recorder = new EventRecorder();
for (const step of demoScenario()) recorder.run(step, instantOf);
const demoEvents = [...recorder.events];
for (const step of secondRoundSteps()) recorder.run(step, instantOf);
const allEvents = [...recorder.events];

const REVIEWERS = ['市局评审组 王组长', '市局评审组 李委员', '市局评审组 赵委员'];
const historyOf = (events: readonly RecordedEvent[]) => foldProjection(reviewHistory, events);
const eventsOf = (events: readonly RecordedEvent[], platformId: string, type: string) =>
  events.filter((e) => e.streamId === `platform-${platformId}` && e.type === type);
const dataOf = <T>(events: readonly RecordedEvent[], platformId: string, type: string, index = 0) =>
  eventsOf(events, platformId, type)[index]!.data as T;
const withoutPosition = (documents: Map<string, ReviewHistory>) =>
  new Map([...documents].map(([key, { lastPosition: _lastPosition, ...rest }]) => [key, rest]));

const recheckMaterials = (platformId: string) =>
  ['two-year-summary', 'audit-report', 'yearly-evaluation-form'].map((code) => ({
    code,
    ...documentRef(`${code}.pdf`, `docs://2029/${platformId}/${code}.pdf`),
  }));

describe('review history projection', () => {
  it('declares its collection, the events it reads and its index', () => {
    expect(reviewHistory.collection).toBe('review_history');
    expect(reviewHistory.indexes).toEqual([{ county: 1 }]);
    const types = new Set(allEvents.map((e) => e.type));
    for (const type of reviewHistory.eventTypes) expect(types).toContain(type);
    expect(reviewHistory.keys(demoEvents.find((e) => e.type === 'CycleOpened')!)).toEqual([]);
    expect(reviewHistory.keys(demoEvents.find((e) => e.type === 'AnnualSummarySubmitted')!)).toEqual(['gz-info-001']);
  });

  it('Art. 14: a summary recorded overdue stays in the history, beside the summary sent late', () => {
    const history = historyOf(allEvents).get('gz-info-001')!;
    expect(history.overdueSummaries).toEqual([{ year: 2029, dueOn: '2030-03-31', recordedOn: '2030-04-01' }]);
    expect(history.summaries.map((s) => [s.year, s.submittedOn])).toEqual([
      [2027, '2028-01-20'],
      [2028, '2029-01-20'],
      [2029, '2030-04-20'],
    ]);
    expect(historyOf(demoEvents).get('gz-info-001')).not.toHaveProperty('overdueSummaries');
  });

  describe('applying an event a second time changes nothing', () => {
    const runs = applyEachTwice(reviewHistory, allEvents);
    it.each([...reviewHistory.eventTypes])('%s', (type) => {
      const ofType = runs.filter((run) => run.event.type === type);
      expect(ofType.length).toBeGreaterThan(0);
      for (const run of ofType) {
        expect(run.first).toEqual({ put: expect.objectContaining({ _id: run.key, lastPosition: run.event.globalPosition }) });
        expect(run.againThroughApplyEvent).toBeUndefined();
        // Lists grow with events, so `apply` itself refuses what the document already holds.
        expect(run.againThroughApply).toBeUndefined();
      }
    });

    it('an older event delivered late changes nothing either', () => {
      const history = historyOf(demoEvents).get('rj-startup-003')!;
      const returned = eventsOf(demoEvents, 'rj-startup-003', 'ApplicationReturnedForCorrection')[0]!;
      expect(applyEvent(reviewHistory, history, returned, 'rj-startup-003')).toBeUndefined();
      expect(reviewHistory.apply(history, returned, 'rj-startup-003')).toBeUndefined();
    });
  });

  describe('after the demo scenario', () => {
    const histories = historyOf(demoEvents);

    it('has one history for each of the seven platforms', () => {
      expect([...histories.keys()].sort()).toEqual(
        ['gx-finance-005', 'gz-info-001', 'ln-tech-007', 'nk-tech-002', 'rj-startup-003', 'yd-training-004', 'zg-hub-006'],
      );
    });

    it('tells the returned-and-resubmitted platform’s whole file', () => {
      const id = 'rj-startup-003';
      const submitted = dataOf<{ evaluation: unknown }>(demoEvents, id, 'ApplicationSubmitted');
      const resubmitted = dataOf<{ evaluation: unknown }>(demoEvents, id, 'ApplicationResubmitted');
      const recommended = dataOf<{ evaluation: unknown }>(demoEvents, id, 'PlatformRecommended');
      const certified = dataOf<{ evaluation: unknown }>(demoEvents, id, 'PlatformCertified');
      expect(resubmitted.evaluation).not.toEqual(submitted.evaluation);
      expect(histories.get(id)).toEqual({
        _id: id,
        lastPosition: eventsOf(demoEvents, id, 'RecheckConfirmed')[0]!.globalPosition,
        platformId: id,
        name: '瑞金市创业孵化服务平台',
        county: '360781',
        applications: [
          {
            cycleYear: 2027,
            submittedOn: '2027-03-14',
            returns: [{ on: '2027-04-22', reasons: ['缺少上一年度服务收支情况专项审计报告'], missingMaterials: ['special-audit-report'] }],
            resubmittedOn: '2027-04-26',
            ruleEvaluation: resubmitted.evaluation,
            county: {
              decision: 'recommended',
              on: '2027-05-10',
              by: 'county-360781-officer',
              evaluation: countyEvaluation(88, '运营规范，服务记录完整'),
              reasons: [],
              recommendationForm: documentRef('示范平台推荐表（附件1）.pdf', `docs://2027/${id}/recommendation-form.pdf`),
              ruleEvaluation: recommended.evaluation,
              overrides: [],
            },
            city: {
              decision: 'certified',
              on: '2027-06-15',
              by: 'city-reviewer-wang',
              reviewers: REVIEWERS,
              reasons: ['符合第六条基本条件和第七条类别要求'],
              overrides: [],
              ruleEvaluation: certified.evaluation,
            },
          },
        ],
        summaries: [
          { year: 2027, submittedOn: '2028-01-20', summary: documentRef('2027年度工作总结.pdf', `docs://2027/${id}/summary.pdf`) },
          { year: 2028, submittedOn: '2029-01-20', summary: documentRef('2028年度工作总结.pdf', `docs://2028/${id}/summary.pdf`) },
        ],
        rechecks: [
          {
            cycleYear: 2029,
            openedOn: '2029-03-05',
            materialsDueOn: '2029-05-31',
            materials: { submittedOn: '2029-04-15', documents: recheckMaterials(id) },
            countyOpinion: {
              opinion: 'pass',
              on: '2029-05-20',
              by: 'county-360781-officer',
              evaluation: countyEvaluation(87, '两年来服务规模稳定增长'),
              comments: '同意通过复核',
            },
            cityResult: {
              result: 'confirmed',
              on: '2029-06-10',
              by: 'city-reviewer-wang',
              reviewers: REVIEWERS,
              reasons: ['复核合格，继续保留称号'],
              materialsMissing: false,
            },
          },
        ],
      });
    });

    it('tells the revoked platform’s failed recheck, announcement and revocation', () => {
      const id = 'zg-hub-006';
      const history = histories.get(id)!;
      expect(history).toMatchObject({ platformId: id, name: '章贡区中小企业综合服务平台', county: '360702' });
      expect(history.applications).toHaveLength(1);
      expect(history.applications[0]).toMatchObject({
        cycleYear: 2027,
        submittedOn: '2027-03-20',
        returns: [],
        county: { decision: 'recommended', on: '2027-05-10', by: 'county-360702-officer' },
        city: { decision: 'certified', on: '2027-06-15', by: 'city-reviewer-wang' },
      });
      expect(history.summaries.map((s) => s.year)).toEqual([2027, 2028]);
      expect(history.rechecks).toEqual([
        {
          cycleYear: 2029,
          openedOn: '2029-03-05',
          materialsDueOn: '2029-05-31',
          materials: { submittedOn: '2029-04-15', documents: recheckMaterials(id) },
          countyOpinion: {
            opinion: 'fail',
            on: '2029-05-20',
            by: 'county-360702-officer',
            evaluation: countyEvaluation(58, '服务企业数量连续下降，融资服务停办'),
            comments: '建议不予通过复核',
          },
          cityResult: {
            result: 'failed',
            on: '2029-06-10',
            by: 'city-reviewer-wang',
            reviewers: REVIEWERS,
            reasons: ['服务企业数量连续两年下降，未达到第六条第五项要求'],
            materialsMissing: false,
          },
        },
      ]);
      expect(history.revocation).toEqual({
        announcedOn: '2029-06-12',
        noticeEndsOn: '2029-07-12',
        reasons: ['复核不合格，拟撤销“赣州市市级中小企业公共服务示范平台”称号', '公告期满无异议'],
        revokedOn: '2029-07-12',
      });
    });

    it('records the county’s refusal and the city’s rejection with who decided and why', () => {
      const declined = histories.get('yd-training-004')!.applications[0]!;
      expect(declined.county).toEqual({
        decision: 'not-recommended',
        on: '2027-05-12',
        by: 'county-360731-officer',
        evaluation: countyEvaluation(62, '培训记录不完整，学员回访满意度偏低'),
        reasons: ['测评得分低于推荐标准，建议整改后下年度再申报'],
        ruleEvaluation: dataOf<{ evaluation: unknown }>(demoEvents, 'yd-training-004', 'PlatformNotRecommended').evaluation,
        overrides: [],
      });
      expect(declined.city).toBeUndefined();
      const rejected = histories.get('gx-finance-005')!.applications[0]!;
      expect(rejected.city).toEqual({
        decision: 'rejected',
        on: '2027-06-16',
        by: 'city-reviewer-wang',
        reviewers: REVIEWERS,
        reasons: ['资产总额180万元，低于200万元，且无破格理由（第六条第三项）'],
        overrides: [],
        ruleEvaluation: dataOf<{ evaluation: unknown }>(demoEvents, 'gx-finance-005', 'ApplicationRejected').evaluation,
      });
      expect(rejected.ruleEvaluation.failed).toContain('6(3) total assets');
    });

    it('shows the city the reason the county gave for passing on a failed "generally" criterion (Art. 6(3))', () => {
      const finance = histories.get('gx-finance-005')!.applications[0]!;
      expect(finance.county).toMatchObject({
        decision: 'recommended',
        overrides: [{ criterion: '6(3) total assets', reason: '资产总额180万元，略低于200万元；近两年银企对接成效明显，提请市局研究' }],
      });
      expect(finance.city).toMatchObject({ decision: 'rejected', overrides: [] });
    });
  });

  describe('re-applications after the demo', () => {
    const histories = historyOf(allEvents);

    it('adds each new application and keeps the earlier ones and the revocation', () => {
      const hub = histories.get('zg-hub-006')!;
      expect(hub.name).toBe('章贡区中小企业综合服务平台（整改后）');
      expect(hub.applications.map((a) => [a.cycleYear, a.submittedOn, a.county?.decision, a.city?.decision])).toEqual([
        [2027, '2027-03-20', 'recommended', 'certified'],
        [2030, '2030-03-10', 'recommended', 'rejected'],
        [2031, '2031-03-10', 'recommended', 'certified'],
      ]);
      expect(hub.revocation).toMatchObject({ announcedOn: '2029-06-12', revokedOn: '2029-07-12' });
    });

    it('records a withdrawal on the application it ends', () => {
      const finance = histories.get('gx-finance-005')!;
      expect(finance.applications).toHaveLength(2);
      expect(finance.applications[1]).toMatchObject({ cycleYear: 2030, withdrawn: { on: '2030-03-20', reason: '拟充实资产后下年度再申报' } });
      expect(finance.applications[1]!.county).toBeUndefined();
    });

    it('records a recheck failed for want of materials', () => {
      const info = histories.get('gz-info-001')!;
      expect(info.rechecks.map((r) => r.cycleYear)).toEqual([2029, 2031]);
      expect(info.rechecks[1]).toEqual({
        cycleYear: 2031,
        openedOn: '2031-03-05',
        materialsDueOn: '2031-05-31',
        cityResult: {
          result: 'failed',
          on: '2031-06-10',
          by: 'city-sme-bureau-clerk',
          reviewers: ['市局评审组 王组长', '市局评审组 陈委员'],
          reasons: ['未按期报送复核材料（第十五条）'],
          materialsMissing: true,
        },
      });
    });
  });

  describe('does not depend on the order of events across platforms', () => {
    const expected = historyOf(allEvents);
    it.each([1, 2, 3, 42, 2027])('delivered interleaved differently (seed %i)', (seed) => {
      const shuffled = interleaveStreams(allEvents, seed);
      expect(shuffled).not.toEqual(allEvents);
      expect(historyOf(shuffled)).toEqual(expected);
    });

    it('recorded interleaved differently (other global positions)', () => {
      const renumbered = interleaveStreams(allEvents, 7).map((e, i) => ({ ...e, globalPosition: i + 1 }));
      expect(withoutPosition(historyOf(renumbered))).toEqual(withoutPosition(expected));
    });
  });
});
