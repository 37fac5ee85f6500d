import type { IsoDate } from '../shared/dates.js';
import type { MaterialCode, RecheckMaterialCode, ServiceCategory } from '../ruleset/ruleset.js';

/** A reference to a file kept elsewhere (Art. 10 materials); the system keeps its hash. */
export interface DocumentRef {
  readonly name: string;
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly mediaType: string;
  readonly location: string;
}

export interface Material extends DocumentRef {
  readonly code: MaterialCode;
}

export interface RecheckMaterial extends DocumentRef {
  readonly code: RecheckMaterialCode;
}

export type EstablishedBy = 'government' | 'enterprise' | 'institution' | 'individual';
export type BaseKind = 'industrial-cluster' | 'startup-base' | 'industrial-park' | 'new-industrialisation-base';

/** Art. 2: a platform run by a legal person, serving SMEs in one or more categories. */
export interface PlatformProfile {
  readonly name: string;
  readonly operator: {
    readonly name: string;
    /** 统一社会信用代码, 18 characters. */
    readonly creditCode: string;
    readonly establishedBy: EstablishedBy;
  };
  /** Administrative code of the county-level division (reference data, e.g. 360702). */
  readonly county: string;
  readonly establishedOn: IsoDate;
  readonly categories: readonly ServiceCategory[];
  /** 综合服务平台: Art. 6(5) asks for at least 3 aggregated institutions. */
  readonly comprehensive: boolean;
  readonly base: { readonly kind: BaseKind; readonly name: string };
}

/** The numbers Arts. 6 and 7 set thresholds on, as the applicant declares them. */
export interface ApplicationFigures {
  readonly totalAssetsCny: number;
  readonly staffServingSmes: number;
  readonly qualifiedStaff: number;
  readonly premisesM2: number;
  readonly publicInterestPercent: number;
  readonly serviceInstitutions: number;
  readonly smesServedLastYear: number;
  readonly smesServedYearBefore: number;
  readonly satisfactionPercent: number;
  readonly information?: { readonly offlineFirms: number; readonly events: number };
  readonly technology?: { readonly events: number };
  readonly entrepreneurship?: { readonly events: number };
  readonly training?: { readonly traineeTimes: number };
  readonly financing?: { readonly matchmakingEvents: number; readonly financingLectures: number };
}

/** What is judged by people on evidence: true means "declared, with evidence attached". */
export interface Declarations {
  readonly independentLegalPerson: boolean;
  readonly qualifiedForServices: boolean;
  readonly servesMainlySmesInBase: boolean;
  readonly soundFinances: boolean;
  readonly managementSystem: boolean;
  readonly smallFirmDiscounts: boolean;
  readonly developmentPlan: boolean;
  /** Per category, the capabilities of Art. 7 the platform declares (e.g. 'online-information-system'). */
  readonly capabilities: Partial<Record<ServiceCategory, readonly string[]>>;
}

export interface ApplicationContent {
  readonly profile: PlatformProfile;
  readonly figures: ApplicationFigures;
  readonly declarations: Declarations;
  readonly materials: readonly Material[];
}
