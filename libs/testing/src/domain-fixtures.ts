import { createHash } from 'node:crypto';
import {
  CATEGORY_CAPABILITIES,
  GANZHOU_2013,
  MATERIALS,
  RECHECK_MATERIALS,
  SERVICE_CATEGORIES,
  evolveCycle,
  initialCycleState,
  type Actor,
  type ApplicationContent,
  type ApplicationFigures,
  type CountyEvaluation,
  type CycleEvent,
  type CycleSchedule,
  type CycleState,
  type Declarations,
  type DocumentRef,
  type IsoDate,
  type IsoInstant,
  type Material,
  type MaterialCode,
  type PlatformContext,
  type PlatformProfile,
  type RecheckMaterial,
  type RecheckMaterialCode,
  type Ruleset,
} from '@certflow/domain';

/* ---------------------------------------------------------------- time */

/** An instant on a Shanghai calendar day, 10:00 local by default: at('2027-03-15') → '2027-03-15T02:00:00.000Z'. */
export function at(date: IsoDate, shanghaiTime = '10:00'): IsoInstant {
  return new Date(`${date}T${shanghaiTime}:00+08:00`).toISOString();
}

/* ---------------------------------------------------------------- places and platforms */

export const ZHANGGONG = '360702'; // 章贡区
export const RUIJIN = '360781'; // 瑞金市

export const PLATFORM_ID = 'gz-zg-0001';
export const OTHER_PLATFORM_ID = 'gz-rj-0002';

/* ---------------------------------------------------------------- actors */

export const applicantOf = (platformId: string = PLATFORM_ID): Actor => ({ id: `operator-${platformId}`, role: 'applicant', platformId });
export const countyOf = (county: string = ZHANGGONG): Actor => ({ id: `county-${county}-clerk`, role: 'county', county });
export const cityActor = (): Actor => ({ id: 'city-sme-bureau-clerk', role: 'city' });
export const auditorActor = (): Actor => ({ id: 'auditor-1', role: 'auditor' });

/* ---------------------------------------------------------------- documents */

/**
 * The bytes of the fixture document of that name: a PDF by its magic bytes, different for every
 * name, so a test app can hold each one (FIXTURE_DOCUMENT_NAMES) before a command attaches it.
 */
export function fixtureDocumentBytes(name: string): Buffer {
  return Buffer.from(`%PDF-1.4\n% certflow test fixture\n% ${name}\n%%EOF\n`, 'utf8');
}

/** A reference to the fixture document of that name, as an upload of it answers. */
export function documentRef(name: string): DocumentRef {
  const bytes = fixtureDocumentBytes(name);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { name, sha256, sizeBytes: bytes.length, mediaType: 'application/pdf', location: `/api/v1/documents/${sha256}` };
}

const MATERIAL_NAMES: Record<MaterialCode, string> = {
  'application-report': '申请报告.pdf',
  'legal-person-certificate': '营业执照副本.pdf',
  'special-audit-report': '上一年度服务收支情况专项审计报告.pdf',
  'premises-proof': '房屋租赁合同.pdf',
  'staff-list': '主要管理人员和专业技术人员名单及职称.pdf',
  'service-evidence': '服务通知照片及总结.pdf',
  qualifications: '资质及网站备案.pdf',
  'authenticity-declaration': '真实性声明.pdf',
};

/** The Art. 10 materials (all eight unless told otherwise). */
export function materials(codes: readonly MaterialCode[] = MATERIALS): Material[] {
  return codes.map((code) => ({ code, ...documentRef(MATERIAL_NAMES[code]) }));
}

const RECHECK_NAMES: Record<RecheckMaterialCode, string> = {
  'two-year-summary': '两年工作总结.pdf',
  'audit-report': '上一年度专项审计报告.pdf',
  'yearly-evaluation-form': '年度运营评价表（附件3）.pdf',
};

/** The Art. 15 recheck materials (all three unless told otherwise). */
export function recheckMaterials(codes: readonly RecheckMaterialCode[] = RECHECK_MATERIALS): RecheckMaterial[] {
  return codes.map((code) => ({ code, ...documentRef(RECHECK_NAMES[code]) }));
}

/**
 * Every name the fixtures and the e2e suites attach: a test app stores these documents at start,
 * as uploaded by the city bureau, so commands built from the fixtures find them.
 */
export const FIXTURE_DOCUMENT_NAMES: readonly string[] = [
  ...Object.values(MATERIAL_NAMES),
  ...Object.values(RECHECK_NAMES),
  ...[...MATERIALS, ...RECHECK_MATERIALS].map((code) => `${code}.pdf`),
  '推荐表.pdf',
  ...Array.from({ length: 16 }, (_, index) => `${2025 + index}年度工作总结.pdf`),
];

/* ---------------------------------------------------------------- application content */

export interface ContentOverrides {
  readonly profile?: Partial<PlatformProfile>;
  readonly figures?: Partial<ApplicationFigures>;
  readonly declarations?: Partial<Declarations>;
  readonly materials?: readonly Material[];
}

/**
 * An application that meets every number of Arts. 6 and 7 with room to spare, declares every
 * capability of every category and attaches all eight materials. Override what a test is about.
 */
export function applicationContent(overrides: ContentOverrides = {}): ApplicationContent {
  const profile: PlatformProfile = {
    name: '赣州市章贡区中小企业综合服务平台',
    operator: { name: '赣州市章贡区企业服务中心有限公司', creditCode: '91360702MA35G7KX2J', establishedBy: 'enterprise' },
    county: ZHANGGONG,
    establishedOn: '2019-06-18',
    categories: ['information', 'financing'],
    comprehensive: true,
    base: { kind: 'industrial-park', name: '章贡高新技术产业园区' },
    ...overrides.profile,
  };
  const figures: ApplicationFigures = {
    totalAssetsCny: 5_600_000,
    staffServingSmes: 24,
    qualifiedStaff: 19,
    premisesM2: 860,
    publicInterestPercent: 35,
    serviceInstitutions: 6,
    smesServedLastYear: 420,
    smesServedYearBefore: 365,
    satisfactionPercent: 92.5,
    information: { offlineFirms: 180, events: 12 },
    technology: { events: 8 },
    entrepreneurship: { events: 6 },
    training: { traineeTimes: 3_200 },
    financing: { matchmakingEvents: 5, financingLectures: 7 },
    ...overrides.figures,
  };
  const declarations: Declarations = {
    independentLegalPerson: true,
    qualifiedForServices: true,
    servesMainlySmesInBase: true,
    soundFinances: true,
    managementSystem: true,
    smallFirmDiscounts: true,
    developmentPlan: true,
    capabilities: Object.fromEntries(SERVICE_CATEGORIES.map((category) => [category, [...CATEGORY_CAPABILITIES[category]]])),
    ...overrides.declarations,
  };
  return { profile, figures, declarations, materials: overrides.materials ?? materials() };
}

/** The same kind of application for a platform of 瑞金市. */
export function ruijinApplicationContent(overrides: ContentOverrides = {}): ApplicationContent {
  return applicationContent({
    ...overrides,
    profile: {
      name: '瑞金市创业创新公共服务平台',
      operator: { name: '瑞金市中小企业服务有限公司', creditCode: '91360781MA38H2RT5K', establishedBy: 'enterprise' },
      county: RUIJIN,
      categories: ['entrepreneurship', 'training'],
      comprehensive: false,
      base: { kind: 'startup-base', name: '瑞金市小微企业创业基地' },
      ...overrides.profile,
    },
  });
}

export function countyEvaluation(score = 88): CountyEvaluation {
  return {
    operation: { score, comment: '运营规范，服务流程清晰' },
    performance: { score: score - 3, comment: '服务企业数量稳步增长' },
    satisfaction: { score: score + 2, comment: '企业满意度较高' },
    evaluators: ['章贡区民营企业管理局 张敏', '章贡区民营企业管理局 刘洋'],
  };
}

/* ---------------------------------------------------------------- cycles */

/** The schedule of year Y: applications by 30 April, recheck materials by 31 May, review by 30 June. */
export function cycleSchedule(year: number, overrides: Partial<CycleSchedule> = {}): CycleSchedule {
  return {
    applicationDeadline: `${year}-04-30`,
    recheckMaterialsDeadline: `${year}-05-31`,
    reviewDeadline: `${year}-06-30`,
    ...overrides,
  };
}

/** The history of a cycle of year Y that the city opened on 1 March under the Ganzhou 2013 measures. */
export function openCycleEvents(year: number, overrides: Partial<CycleSchedule> = {}, ruleset: Ruleset = GANZHOU_2013): CycleEvent[] {
  return [
    {
      type: 'CycleOpened',
      data: {
        year,
        rulesetId: ruleset.id,
        rulesetVersion: ruleset.version,
        noticeTitle: `关于开展${year}年度赣州市市级中小企业公共服务示范平台认定工作的通知`,
        openedOn: `${year}-03-01`,
        ...cycleSchedule(year, overrides),
      },
    },
  ];
}

export const windowClosedEvent = (year: number, closedOn: IsoDate = `${year}-05-01`): CycleEvent => ({
  type: 'ApplicationWindowClosed',
  data: { year, closedOn },
});

export const reviewClosedEvent = (year: number, closedOn: IsoDate = `${year}-07-01`): CycleEvent => ({
  type: 'ReviewClosed',
  data: { year, closedOn },
});

export function cycleStateOf(events: readonly CycleEvent[]): CycleState {
  return events.reduce(evolveCycle, initialCycleState);
}

/** The state of the cycle of year Y, open (the default), with its window closed, or with its review closed. */
export function cycleState(year: number, stage: 'open' | 'window-closed' | 'review-closed' = 'open'): CycleState {
  const events = openCycleEvents(year);
  if (stage !== 'open') events.push(windowClosedEvent(year));
  if (stage === 'review-closed') events.push(reviewClosedEvent(year));
  return cycleStateOf(events);
}

/** What the handler gives decidePlatform: who, when, the cycle the command acts in and its ruleset. */
export function platformContext(
  actor: Actor,
  now: IsoInstant,
  cycle: CycleState,
  platformId: string = PLATFORM_ID,
  ruleset: Ruleset = GANZHOU_2013,
): PlatformContext {
  return { actor, now, cycle, platformId, ruleset };
}
