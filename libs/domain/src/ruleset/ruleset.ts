export const SERVICE_CATEGORIES = ['information', 'technology', 'entrepreneurship', 'training', 'financing'] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

export const MATERIALS = [
  'application-report',
  'legal-person-certificate',
  'special-audit-report',
  'premises-proof',
  'staff-list',
  'service-evidence',
  'qualifications',
  'authenticity-declaration',
] as const;
export type MaterialCode = (typeof MATERIALS)[number];

export const RECHECK_MATERIALS = ['two-year-summary', 'audit-report', 'yearly-evaluation-form'] as const;
export type RecheckMaterialCode = (typeof RECHECK_MATERIALS)[number];

export interface Thresholds {
  readonly minOperatingYears: number;
  readonly minTotalAssetsCny: number;
  readonly minStaff: number;
  readonly minQualifiedStaffPercent: number;
  readonly minPremisesM2: number;
  readonly minPublicInterestPercent: number;
  readonly minInstitutionsComprehensive: number;
  readonly minSmesServedPerYear: number;
  readonly minSatisfactionPercent: number;
  readonly requireSteadyGrowth: boolean;
}

export interface CategoryThresholds {
  readonly information: { readonly minOfflineFirmsPerYear: number; readonly minEventsPerYear: number };
  readonly technology: { readonly minEventsPerYear: number };
  readonly entrepreneurship: { readonly minEventsPerYear: number };
  readonly training: { readonly minTraineeTimesPerYear: number };
  readonly financing: { readonly minMatchmakingEventsPerYear: number; readonly minFinancingLecturesPerYear: number };
}

/** The measures a cycle runs under, as data: a decision records which one it used. */
export interface Ruleset {
  readonly id: string;
  readonly version: number;
  readonly title: string;
  readonly thresholds: Thresholds;
  readonly categories: CategoryThresholds;
  /** Criteria the city may set aside with a written reason (the text says "generally"). */
  readonly overridable: readonly string[];
  readonly materials: readonly MaterialCode[];
  readonly recheckMaterials: readonly RecheckMaterialCode[];
  readonly recheckEveryYears: number;
  /** Days between the revocation announcement and the revocation; the measures give none. */
  readonly revocationNoticeDays: number;
}
