import { MATERIALS, RECHECK_MATERIALS, type Ruleset } from './ruleset.js';

/**
 * 赣州市市级中小企业公共服务示范平台认定管理办法 (2013), Arts. 6, 7, 10 and 15.
 * Every threshold is inclusive (以上 / 不低于 include the number: Civil Code Art. 1259).
 * The revocation notice period is not in the text: 30 days is our default, in line with the
 * public-notice periods other provinces use, and a cycle may name a ruleset with another.
 * Art. 15 has failing platforms announced and then revoked (发布公告再予以撤销), with no further
 * decision named: the title is revoked when the notice ends. Art. 14 asks for a yearly summary
 * without a date: by 31 March of the following year (our default), and an overdue one is shown
 * in the registry, as Art. 14 puts platforms under supervision.
 */
export const GANZHOU_2013: Ruleset = {
  id: 'ganzhou-2013',
  version: 1,
  title: '赣州市市级中小企业公共服务示范平台认定管理办法',
  thresholds: {
    minOperatingYears: 2,
    minTotalAssetsCny: 2_000_000,
    minStaff: 10,
    minQualifiedStaffPercent: 60,
    minPremisesM2: 200,
    minPublicInterestPercent: 20,
    minInstitutionsComprehensive: 3,
    minSmesServedPerYear: 50,
    minSatisfactionPercent: 70,
    requireSteadyGrowth: true,
  },
  categories: {
    information: { minOfflineFirmsPerYear: 50, minEventsPerYear: 2 },
    technology: { minEventsPerYear: 2 },
    entrepreneurship: { minEventsPerYear: 2 },
    training: { minTraineeTimesPerYear: 1000 },
    financing: { minMatchmakingEventsPerYear: 2, minFinancingLecturesPerYear: 2 },
  },
  overridable: ['6(3) total assets'],
  materials: MATERIALS,
  recheckMaterials: RECHECK_MATERIALS,
  recheckEveryYears: 2,
  revocationNoticeDays: 30,
  revokeWhenNoticeEnds: true,
  annualSummaryDueBy: '03-31',
  overdueSummariesPublic: true,
  reminderDaysBefore: 7,
};

const RULESETS = new Map<string, Ruleset>([[`${GANZHOU_2013.id}`, GANZHOU_2013]]);

export function findRuleset(id: string): Ruleset | undefined {
  return RULESETS.get(id);
}

/**
 * A ruleset exactly as it stood at one version: decisions are explained and re-checked under the
 * version they named, never under today's. A version this deployment no longer carries reads as
 * undefined, and the explanation says so.
 */
export function findRulesetVersion(id: string, version: number): Ruleset | undefined {
  const ruleset = RULESETS.get(id);
  return ruleset && ruleset.version === version ? ruleset : undefined;
}

export function knownRulesets(): readonly Ruleset[] {
  return [...RULESETS.values()];
}
