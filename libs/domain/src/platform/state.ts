import type { IsoDate } from '../shared/dates.js';
import { assertNever } from '../shared/domain-error.js';
import type { RuleEvaluation } from '../ruleset/evaluate.js';
import type { ApplicationContent } from './application.js';
import type { Override, PlatformEvent } from './platform.events.js';

export const platformStreamId = (platformId: string) => `platform-${platformId}`;

export interface Known {
  readonly platformId: string;
  readonly name: string;
  readonly county: string;
  readonly cycleYear: number;
}

export interface InApplication extends Known {
  readonly application: ApplicationContent;
  readonly evaluation: RuleEvaluation;
}

export interface Certified extends Known {
  readonly certifiedIn: number;
  readonly nextRecheckYear: number;
  readonly summaries: readonly number[];
}

export type PlatformState =
  | { readonly status: 'new' }
  | ({ readonly status: 'submitted' | 'returned' } & InApplication)
  /** `countyOverrides`: the criteria the county passed on with a written reason (Art. 6(3) "generally"), for the city to see. */
  | ({ readonly status: 'recommended'; readonly countyOverrides: readonly Override[] } & InApplication)
  | ({ readonly status: 'closed'; readonly closedAs: 'withdrawn' | 'not-recommended' | 'rejected' } & Known)
  | ({ readonly status: 'certified' } & Certified)
  | ({ readonly status: 'recheck-open'; readonly materialsDueOn: IsoDate } & Certified)
  | ({ readonly status: 'recheck-submitted' | 'recheck-opinion-given'; readonly materialsDueOn: IsoDate } & Certified)
  | ({ readonly status: 'recheck-failed' } & Certified)
  | ({ readonly status: 'revocation-announced'; readonly noticeEndsOn: IsoDate } & Certified)
  | ({ readonly status: 'revoked'; readonly revokedOn: IsoDate } & Known);

export type PlatformStatus = PlatformState['status'];

export const initialPlatformState: PlatformState = { status: 'new' };

type EventOf<T extends PlatformEvent['type']> = Extract<PlatformEvent, { readonly type: T }>;

export function evolvePlatform(state: PlatformState, event: PlatformEvent): PlatformState {
  switch (event.type) {
    case 'ApplicationSubmitted':
      return applicationSubmitted(event);
    case 'ApplicationReturnedForCorrection':
      return applicationReturnedForCorrection(state);
    case 'ApplicationResubmitted':
      return applicationResubmitted(state, event);
    case 'ApplicationWithdrawn':
      return closed(state, 'withdrawn');
    case 'PlatformRecommended':
      return platformRecommended(state, event);
    case 'PlatformNotRecommended':
      return closed(state, 'not-recommended');
    case 'ApplicationRejected':
      return closed(state, 'rejected');
    case 'PlatformCertified':
      return platformCertified(state, event);
    case 'AnnualSummarySubmitted':
      return annualSummarySubmitted(state, event);
    case 'AnnualSummaryOverdue':
      // A late summary is still accepted (Art. 14 asks for it every year); being overdue is a fact for the record.
      return state;
    case 'RecheckOpened':
      return recheckOpened(state, event);
    case 'RecheckMaterialsSubmitted':
      return recheckMaterialsSubmitted(state);
    case 'RecheckOpinionGiven':
      return recheckOpinionGiven(state);
    case 'RecheckConfirmed':
      return recheckConfirmed(state, event);
    case 'RecheckFailed':
      return recheckFailed(state);
    case 'RevocationAnnounced':
      return revocationAnnounced(state, event);
    case 'PlatformRevoked':
      return platformRevoked(state, event);
    default:
      return assertNever(event);
  }
}

function applicationSubmitted(event: EventOf<'ApplicationSubmitted'>): PlatformState {
  const { platformId, cycleYear, application, evaluation } = event.data;
  const { name, county } = application.profile;
  return { status: 'submitted', platformId, name, county, cycleYear, application, evaluation };
}

function applicationReturnedForCorrection(state: PlatformState): PlatformState {
  return state.status === 'submitted' ? { ...state, status: 'returned' } : state;
}

function applicationResubmitted(state: PlatformState, event: EventOf<'ApplicationResubmitted'>): PlatformState {
  if (state.status !== 'returned') return state;
  return {
    ...state,
    status: 'submitted',
    application: event.data.application,
    evaluation: event.data.evaluation,
    name: event.data.application.profile.name,
  };
}

/** A withdrawal, a county's refusal to recommend and a city's rejection all end the application alike. */
function closed(state: PlatformState, closedAs: 'withdrawn' | 'not-recommended' | 'rejected'): PlatformState {
  return 'platformId' in state ? { ...known(state), status: 'closed', closedAs } : state;
}

function platformRecommended(state: PlatformState, event: EventOf<'PlatformRecommended'>): PlatformState {
  // Recommendations recorded before counties could pass a criterion on carry no overrides.
  return state.status === 'submitted' ? { ...state, status: 'recommended', countyOverrides: event.data.overrides ?? [] } : state;
}

function platformCertified(state: PlatformState, event: EventOf<'PlatformCertified'>): PlatformState {
  if (!('platformId' in state)) return state;
  return {
    ...known(state),
    status: 'certified',
    certifiedIn: event.data.cycleYear,
    nextRecheckYear: event.data.nextRecheckYear,
    summaries: [],
  };
}

function annualSummarySubmitted(state: PlatformState, event: EventOf<'AnnualSummarySubmitted'>): PlatformState {
  return 'summaries' in state ? { ...state, summaries: [...state.summaries, event.data.year] } : state;
}

function recheckOpened(state: PlatformState, event: EventOf<'RecheckOpened'>): PlatformState {
  return state.status === 'certified'
    ? { ...state, status: 'recheck-open', cycleYear: event.data.cycleYear, materialsDueOn: event.data.materialsDueOn }
    : state;
}

function recheckMaterialsSubmitted(state: PlatformState): PlatformState {
  return state.status === 'recheck-open' ? { ...state, status: 'recheck-submitted' } : state;
}

function recheckOpinionGiven(state: PlatformState): PlatformState {
  return state.status === 'recheck-submitted' ? { ...state, status: 'recheck-opinion-given' } : state;
}

function recheckConfirmed(state: PlatformState, event: EventOf<'RecheckConfirmed'>): PlatformState {
  return 'certifiedIn' in state ? { ...certified(state), status: 'certified', nextRecheckYear: event.data.nextRecheckYear } : state;
}

function recheckFailed(state: PlatformState): PlatformState {
  return 'certifiedIn' in state ? { ...certified(state), status: 'recheck-failed' } : state;
}

function revocationAnnounced(state: PlatformState, event: EventOf<'RevocationAnnounced'>): PlatformState {
  return 'certifiedIn' in state ? { ...certified(state), status: 'revocation-announced', noticeEndsOn: event.data.noticeEndsOn } : state;
}

function platformRevoked(state: PlatformState, event: EventOf<'PlatformRevoked'>): PlatformState {
  return 'platformId' in state ? { ...known(state), status: 'revoked', revokedOn: event.data.revokedOn } : state;
}

function known(state: Known): Known {
  return { platformId: state.platformId, name: state.name, county: state.county, cycleYear: state.cycleYear };
}

function certified(state: Certified): Certified {
  return { ...known(state), certifiedIn: state.certifiedIn, nextRecheckYear: state.nextRecheckYear, summaries: state.summaries };
}

/** The platform's state as a Chinese message names it. */
export function platformStatusZh(state: PlatformState): string {
  switch (state.status) {
    case 'new':
      return '未申报';
    case 'submitted':
      return '已申报，待县（市、区）局测评';
    case 'returned':
      return '已退回补正';
    case 'recommended':
      return '县（市、区）局已推荐，待市局审核';
    case 'closed':
      return { withdrawn: '申报已撤回', 'not-recommended': '县（市、区）局未予推荐', rejected: '市局未予认定' }[state.closedAs];
    case 'certified':
      return '已认定';
    case 'recheck-open':
      return '复核中，待报送复核材料';
    case 'recheck-submitted':
      return '复核材料已报送，待县（市、区）局意见';
    case 'recheck-opinion-given':
      return '县（市、区）局已出具复核意见，待市局复核';
    case 'recheck-failed':
      return '复核不合格';
    case 'revocation-announced':
      return '撤销称号公告期内';
    case 'revoked':
      return '称号已撤销';
    default:
      return assertNever(state);
  }
}
