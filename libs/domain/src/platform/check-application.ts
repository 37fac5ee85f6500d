import { isAfter, isBefore, isIsoDate, type IsoDate } from '../shared/dates.js';
import { invalid, malformed } from '../shared/domain-error.js';
import type { Ruleset } from '../ruleset/ruleset.js';
import type { ApplicationContent } from './application.js';

/** The founding of the People's Republic: no legal person of today was established before it. */
const EARLIEST_ESTABLISHMENT: IsoDate = '1949-10-01';

/** Arts. 2, 5, 6: the checks on an application that need no judgement. `today` is the application date. */
export function checkApplication(application: ApplicationContent, ruleset: Ruleset, today: IsoDate): ApplicationContent {
  const { profile } = application;
  if (profile.categories.length === 0) {
    throw invalid('application.no-category', { zh: '至少选择一个服务类别（第五条）', en: 'choose at least one service category (Art. 5)' }, '5');
  }
  if (new Set(profile.categories).size !== profile.categories.length) {
    throw invalid('application.duplicate-category', { zh: '服务类别重复', en: 'a service category is listed twice' }, '5');
  }
  if (!isIsoDate(profile.establishedOn)) {
    throw malformed('application.invalid-date', { zh: '成立日期无效', en: 'invalid establishment date' }, '6(1)');
  }
  if (isAfter(profile.establishedOn, today) || isBefore(profile.establishedOn, EARLIEST_ESTABLISHMENT)) {
    throw malformed('application.establishment-date-out-of-range', {
      zh: `成立日期（${profile.establishedOn}）须在${EARLIEST_ESTABLISHMENT}至申报日（${today}）之间`,
      en: `the establishment date ${profile.establishedOn} must lie from ${EARLIEST_ESTABLISHMENT} to the application date ${today}`,
    }, '6(1)', { establishedOn: profile.establishedOn, earliest: EARLIEST_ESTABLISHMENT, latest: today });
  }
  checkFigures(application.figures);
  const known = new Set<string>(ruleset.materials);
  const unknown = application.materials.filter((m) => !known.has(m.code));
  if (unknown.length > 0) {
    throw invalid('application.unknown-material', {
      zh: `未知的材料类别：${unknown.map((m) => m.code).join('、')}`,
      en: `unknown material codes: ${unknown.map((m) => m.code).join(', ')}`,
    }, '10');
  }
  return application;
}

const PERCENT_FIGURES = ['publicInterestPercent', 'satisfactionPercent'] as const;

/** The figures of an application as a Chinese message names them. */
const FIGURE_LABELS_ZH: Readonly<Record<string, string>> = {
  totalAssetsCny: '资产总额',
  staffServingSmes: '为中小企业服务的人员数',
  qualifiedStaff: '大专以上学历或中级以上职称人员数',
  premisesM2: '固定经营场所面积',
  publicInterestPercent: '公益性服务或低收费服务比例',
  serviceInstitutions: '聚集的服务机构数',
  smesServedLastYear: '上一年服务中小企业数',
  smesServedYearBefore: '前一年服务中小企业数',
  satisfactionPercent: '用户满意度',
  'information.offlineFirms': '信息服务线下服务企业数',
  'information.events': '信息服务活动次数',
  'technology.events': '技术服务活动次数',
  'entrepreneurship.events': '创业项目推介活动次数',
  'training.traineeTimes': '培训人次',
  'financing.matchmakingEvents': '银企对接活动次数',
  'financing.financingLectures': '融资讲座次数',
};
const figuresZh = (names: readonly string[]) => names.map((name) => FIGURE_LABELS_ZH[name] ?? name).join('、');

/** Figures that cannot all be true at once are a mistake in the input, not a failed criterion. */
function checkFigures(figures: ApplicationContent['figures']): void {
  const numbers = Object.entries(figures).flatMap(([name, value]): [string, number][] => {
    if (typeof value === 'number') return [[name, value]];
    return value ? Object.entries(value as Record<string, number>).map(([inner, n]) => [`${name}.${inner}`, n]) : [];
  });
  const negative = numbers.filter(([, value]) => !Number.isFinite(value) || value < 0).map(([name]) => name);
  if (negative.length > 0) {
    throw malformed('application.figure-out-of-range', {
      zh: `申报数据不能为负数：${figuresZh(negative)}`,
      en: `figures cannot be negative: ${negative.join(', ')}`,
    }, '6', { figures: negative });
  }
  const overFull = PERCENT_FIGURES.filter((name) => figures[name] > 100);
  if (overFull.length > 0) {
    throw malformed('application.share-over-100', {
      zh: `比例不能超过100%：${figuresZh(overFull)}`,
      en: `a share cannot exceed 100 %: ${overFull.join(', ')}`,
    }, overFull[0] === 'publicInterestPercent' ? '6(4)' : '6(5)', { figures: overFull });
  }
  if (figures.qualifiedStaff > figures.staffServingSmes) {
    throw malformed('application.qualified-staff-over-staff', {
      zh: `具有大专以上学历或中级以上职称的人员（${figures.qualifiedStaff}人）不能多于为中小企业服务的人员（${figures.staffServingSmes}人）`,
      en: `qualified staff (${figures.qualifiedStaff}) cannot exceed the staff serving SMEs (${figures.staffServingSmes})`,
    }, '6(3)', { qualifiedStaff: figures.qualifiedStaff, staffServingSmes: figures.staffServingSmes });
  }
}
