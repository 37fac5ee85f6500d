import { articleZh } from '../shared/articles.js';
import { addYears, compareDates, type IsoDate } from '../shared/dates.js';
import type { ApplicationContent } from '../platform/application.js';
import type { Ruleset, ServiceCategory } from './ruleset.js';

export type CriterionOutcome = 'pass' | 'fail' | 'needs-judgement';

export interface CriterionResult {
  /** Stable name, article first: '6(3) total assets'. */
  readonly criterion: string;
  readonly article: string;
  readonly input: unknown;
  readonly threshold: unknown;
  readonly result: CriterionOutcome;
  readonly overridable: boolean;
}

export interface RuleEvaluation {
  readonly rulesetId: string;
  readonly rulesetVersion: number;
  readonly evaluatedOn: IsoDate;
  readonly criteria: readonly CriterionResult[];
  readonly failed: readonly string[];
  readonly needsJudgement: readonly string[];
}

/**
 * The Chinese name of every criterion. The English ids stay what clients and stored evaluations
 * use; messages in zh-CN name criteria by these.
 */
export const CRITERION_LABELS_ZH: Readonly<Record<string, string>> = {
  '6(1) independent legal person': '具有独立法人资格',
  '6(1) qualified for its services': '具备开展服务的相应资质',
  '6(1) operating years': '运营年限',
  '6(2) serves mainly SMEs of its base': '主要为所在基地（园区）中小企业服务',
  '6(3) total assets': '资产总额',
  '6(3) sound finances': '财务状况良好',
  '6(3) staff serving SMEs': '为中小企业服务的人员数',
  '6(3) qualified staff share': '大专以上学历或中级以上职称人员比例',
  '6(3) premises m2': '固定经营场所面积',
  '6(4) management system and fees': '管理制度、服务流程、收费标准和服务质量保证',
  '6(4) discounts for small and micro firms': '对小微企业的优惠措施',
  '6(4) public-interest share': '公益性服务或低收费服务比例',
  '6(4) development plan and targets': '发展规划和年度服务目标',
  '6(5) aggregated institutions': '聚集的服务机构数（综合服务平台）',
  '6(5) SMEs served per year': '年服务中小企业数',
  '6(5) satisfaction': '用户满意度',
  '6(5) steady growth': '近两年服务企业数稳定增长',
  '7(1) offline firms served': '年线下服务企业数',
  '7(1) service events': '年开展服务活动次数',
  '7(1) information capabilities': '信息服务能力',
  '7(2) technology events': '年开展技术服务活动次数',
  '7(2) technology capabilities': '技术服务能力',
  '7(3) project events': '年开展创业项目推介活动次数',
  '7(3) entrepreneurship capabilities': '创业服务能力',
  '7(4) trainee-times': '年培训人次',
  '7(4) training capabilities': '培训服务能力',
  '7(5) matchmaking events': '年开展银企对接活动次数',
  '7(5) financing lectures': '年开展融资讲座次数',
  '7(5) financing capabilities': '融资服务能力',
};

/** A criterion named in Chinese with its article, '资产总额（第六条第（三）项）'; an unknown id as given. */
export function criterionZh(criterion: string): string {
  const label = CRITERION_LABELS_ZH[criterion];
  return label ? `${label}（${articleZh(criterion.slice(0, criterion.indexOf(' ')))}）` : criterion;
}

/** Capabilities of Art. 7 that a category must declare (judged by people on the evidence). */
export const CATEGORY_CAPABILITIES: Record<ServiceCategory, readonly string[]> = {
  information: ['online-information-system', 'online-and-offline-service'],
  technology: ['expert-database', 'project-database'],
  entrepreneurship: ['coaching', 'startup-project-database', 'startup-guide', 'hotline'],
  training: ['training-qualification', 'remote-training', 'training-evaluation'],
  financing: ['financing-advice', 'financing-planning', 'referral-and-agency', 'financing-supermarket'],
};

/**
 * Every criterion of Arts. 6 and 7 for the categories applied for. Numbers are checked here;
 * what the text leaves to evidence comes out as `needs-judgement` for the county and the city.
 */
export function evaluateApplication(content: ApplicationContent, appliedOn: IsoDate, ruleset: Ruleset): RuleEvaluation {
  const { profile, figures: f, declarations: d } = content;
  const t = ruleset.thresholds;
  const criteria: CriterionResult[] = [];
  const add = (criterion: string, input: unknown, threshold: unknown, result: CriterionOutcome) =>
    criteria.push({
      criterion,
      article: criterion.slice(0, criterion.indexOf(' ')),
      input,
      threshold,
      result,
      overridable: ruleset.overridable.includes(criterion),
    });
  const atLeast = (criterion: string, input: number, threshold: number) =>
    add(criterion, input, threshold, input >= threshold ? 'pass' : 'fail');
  const declared = (criterion: string, value: boolean) => add(criterion, value, true, value ? 'needs-judgement' : 'fail');

  declared('6(1) independent legal person', d.independentLegalPerson);
  declared('6(1) qualified for its services', d.qualifiedForServices);
  const anniversary = addYears(profile.establishedOn, t.minOperatingYears);
  add(
    '6(1) operating years',
    { establishedOn: profile.establishedOn, appliedOn },
    { years: t.minOperatingYears, reachedOn: anniversary },
    compareDates(appliedOn, anniversary) >= 0 ? 'pass' : 'fail',
  );
  declared('6(2) serves mainly SMEs of its base', d.servesMainlySmesInBase);
  atLeast('6(3) total assets', f.totalAssetsCny, t.minTotalAssetsCny);
  declared('6(3) sound finances', d.soundFinances);
  atLeast('6(3) staff serving SMEs', f.staffServingSmes, t.minStaff);
  // Integer comparison: 6 of 10 is exactly 60 % and must pass, which floating division can miss.
  add(
    '6(3) qualified staff share',
    { qualified: f.qualifiedStaff, staff: f.staffServingSmes },
    { percent: t.minQualifiedStaffPercent },
    f.staffServingSmes > 0 && f.qualifiedStaff * 100 >= t.minQualifiedStaffPercent * f.staffServingSmes ? 'pass' : 'fail',
  );
  atLeast('6(3) premises m2', f.premisesM2, t.minPremisesM2);
  declared('6(4) management system and fees', d.managementSystem);
  declared('6(4) discounts for small and micro firms', d.smallFirmDiscounts);
  atLeast('6(4) public-interest share', f.publicInterestPercent, t.minPublicInterestPercent);
  declared('6(4) development plan and targets', d.developmentPlan);
  if (profile.comprehensive) atLeast('6(5) aggregated institutions', f.serviceInstitutions, t.minInstitutionsComprehensive);
  atLeast('6(5) SMEs served per year', f.smesServedLastYear, t.minSmesServedPerYear);
  atLeast('6(5) satisfaction', f.satisfactionPercent, t.minSatisfactionPercent);
  if (t.requireSteadyGrowth) {
    add(
      '6(5) steady growth',
      { yearBefore: f.smesServedYearBefore, lastYear: f.smesServedLastYear },
      'last year > year before',
      f.smesServedLastYear > f.smesServedYearBefore ? 'pass' : 'fail',
    );
  }

  const c = ruleset.categories;
  for (const category of profile.categories) {
    switch (category) {
      case 'information':
        atLeast('7(1) offline firms served', f.information?.offlineFirms ?? 0, c.information.minOfflineFirmsPerYear);
        atLeast('7(1) service events', f.information?.events ?? 0, c.information.minEventsPerYear);
        break;
      case 'technology':
        atLeast('7(2) technology events', f.technology?.events ?? 0, c.technology.minEventsPerYear);
        break;
      case 'entrepreneurship':
        atLeast('7(3) project events', f.entrepreneurship?.events ?? 0, c.entrepreneurship.minEventsPerYear);
        break;
      case 'training':
        atLeast('7(4) trainee-times', f.training?.traineeTimes ?? 0, c.training.minTraineeTimesPerYear);
        break;
      case 'financing':
        atLeast('7(5) matchmaking events', f.financing?.matchmakingEvents ?? 0, c.financing.minMatchmakingEventsPerYear);
        atLeast('7(5) financing lectures', f.financing?.financingLectures ?? 0, c.financing.minFinancingLecturesPerYear);
        break;
    }
    const article = `7(${['information', 'technology', 'entrepreneurship', 'training', 'financing'].indexOf(category) + 1})`;
    const have = new Set(d.capabilities[category] ?? []);
    const missing = CATEGORY_CAPABILITIES[category].filter((capability) => !have.has(capability));
    add(`${article} ${category} capabilities`, [...have], CATEGORY_CAPABILITIES[category], missing.length === 0 ? 'needs-judgement' : 'fail');
  }

  return {
    rulesetId: ruleset.id,
    rulesetVersion: ruleset.version,
    evaluatedOn: appliedOn,
    criteria,
    failed: criteria.filter((r) => r.result === 'fail').map((r) => r.criterion),
    needsJudgement: criteria.filter((r) => r.result === 'needs-judgement').map((r) => r.criterion),
  };
}
