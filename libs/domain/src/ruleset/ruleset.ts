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

/** The materials as Arts. 10 and 15 name them, for messages in zh-CN. */
export const MATERIAL_LABELS_ZH: Readonly<Record<MaterialCode | RecheckMaterialCode, string>> = {
  'application-report': '申请报告',
  'legal-person-certificate': '法人证书或营业执照副本',
  'special-audit-report': '上一年度服务收支情况专项审计报告',
  'premises-proof': '房产证或租赁合同',
  'staff-list': '主要管理人员和专业技术人员名单及职称',
  'service-evidence': '服务证明材料（通知、照片、总结）',
  qualifications: '资质、网站备案、许可证',
  'authenticity-declaration': '真实性声明',
  'two-year-summary': '两年工作总结',
  'audit-report': '上一年度专项审计报告',
  'yearly-evaluation-form': '年度运营评价表（附件3）',
};

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
  /**
   * Whether the title is revoked without a further decision on the day the notice period ends
   * (Art. 15: 发布公告再予以撤销); when false the city is shown the revocation as due.
   */
  readonly revokeWhenNoticeEnds: boolean;
  /**
   * Art. 14 gives no date for the yearly summary: the month and day (MM-DD) of the following year
   * by which the summary of a year is due, inclusive.
   */
  readonly annualSummaryDueBy: string;
  /** Whether an overdue summary shows in the public registry; the review history shows it either way. */
  readonly overdueSummariesPublic: boolean;
  /**
   * Days before a deadline that the platforms and counties concerned are reminded of it (a
   * reminder at 00:00 Asia/Shanghai that many days before the deadline day); the measures give none.
   */
  readonly reminderDaysBefore: number;
}
