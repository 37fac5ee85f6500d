import type { Actor } from '../shared/actor.js';
import { shanghaiDate } from '../shared/dates.js';
import { assertNever, forbidden } from '../shared/domain-error.js';
import { decideAnnounceRevocation } from './announce-revocation.js';
import { decideCertifyPlatform } from './certify-platform.js';
import { decideConfirmRecheck } from './confirm-recheck.js';
import { decideDeclineToRecommend } from './decline-to-recommend.js';
import { decideFailRecheck } from './fail-recheck.js';
import { decideGiveRecheckOpinion } from './give-recheck-opinion.js';
import { decideOpenRecheck } from './open-recheck.js';
import type { PlatformCommand } from './platform.commands.js';
import type { PlatformEvent } from './platform.events.js';
import { decideRecommendPlatform } from './recommend-platform.js';
import { decideRejectApplication } from './reject-application.js';
import { decideResubmitApplication } from './resubmit-application.js';
import { decideReturnForCorrection } from './return-for-correction.js';
import { decideRecordSummaryOverdue } from './record-summary-overdue.js';
import { decideRevokeCertification } from './revoke-certification.js';
import type { DecisionContext, PlatformContext } from './shared.js';
import type { PlatformState } from './state.js';
import { decideSubmitAnnualSummary } from './submit-annual-summary.js';
import { decideSubmitApplication } from './submit-application.js';
import { decideSubmitRecheckMaterials } from './submit-recheck-materials.js';
import { decideWithdrawApplication } from './withdraw-application.js';

/** Arts. 3, 8, 9, 11, 14, 15: who takes each step. */
const ACTING_ROLE: Record<PlatformCommand['type'], 'applicant' | 'county' | 'city'> = {
  SubmitApplication: 'applicant',
  ResubmitApplication: 'applicant',
  WithdrawApplication: 'applicant',
  SubmitAnnualSummary: 'applicant',
  SubmitRecheckMaterials: 'applicant',
  RecordSummaryOverdue: 'city',
  ReturnForCorrection: 'county',
  RecommendPlatform: 'county',
  DeclineToRecommend: 'county',
  GiveRecheckOpinion: 'county',
  CertifyPlatform: 'city',
  RejectApplication: 'city',
  OpenRecheck: 'city',
  ConfirmRecheck: 'city',
  FailRecheck: 'city',
  AnnounceRevocation: 'city',
  RevokeCertification: 'city',
};

/** Arts. 8-15 over the platform's whole history: who may act, then the command's own decision. */
export function decidePlatform(command: PlatformCommand, state: PlatformState, context: PlatformContext): PlatformEvent[] {
  const { actor } = context;
  const decision: DecisionContext = { ...context, today: shanghaiDate(context.now) };
  if (actor.role === 'auditor') {
    throw forbidden('auth.read-only', { zh: '审计角色只能查阅，不能办理', en: 'auditors read; they do not act' });
  }
  // Who may act is settled before anything about the platform is revealed by a refusal.
  switch (ACTING_ROLE[command.type]) {
    case 'applicant':
      asApplicant(actor, context.platformId);
      break;
    case 'county':
      asCountyOf(actor, 'county' in state ? state.county : undefined);
      break;
    case 'city':
      asCity(actor);
      break;
  }
  switch (command.type) {
    case 'SubmitApplication':
      return decideSubmitApplication(command, state, decision);
    case 'ReturnForCorrection':
      return decideReturnForCorrection(command, state, decision);
    case 'ResubmitApplication':
      return decideResubmitApplication(command, state, decision);
    case 'WithdrawApplication':
      return decideWithdrawApplication(command, state);
    case 'RecommendPlatform':
      return decideRecommendPlatform(command, state, decision);
    case 'DeclineToRecommend':
      return decideDeclineToRecommend(command, state, decision);
    case 'CertifyPlatform':
      return decideCertifyPlatform(command, state, decision);
    case 'RejectApplication':
      return decideRejectApplication(command, state, decision);
    case 'SubmitAnnualSummary':
      return decideSubmitAnnualSummary(command, state, decision);
    case 'RecordSummaryOverdue':
      return decideRecordSummaryOverdue(command, state, decision);
    case 'OpenRecheck':
      return decideOpenRecheck(command, state, decision);
    case 'SubmitRecheckMaterials':
      return decideSubmitRecheckMaterials(command, state, decision);
    case 'GiveRecheckOpinion':
      return decideGiveRecheckOpinion(command, state);
    case 'ConfirmRecheck':
      return decideConfirmRecheck(command, state, decision);
    case 'FailRecheck':
      return decideFailRecheck(command, state, decision);
    case 'AnnounceRevocation':
      return decideAnnounceRevocation(command, state, decision);
    case 'RevokeCertification':
      return decideRevokeCertification(command, state, decision);
    default:
      return assertNever(command);
  }
}

function asApplicant(actor: Actor, platformId: string): void {
  if (actor.role !== 'applicant' || actor.platformId !== platformId) {
    throw forbidden('auth.not-the-operator', {
      zh: '只有平台运营单位本身可以办理此事项',
      en: "only the platform's own operator may do this",
    }, '2');
  }
}

/** Art. 8: a county bureau acts for the platforms of its own area only. */
function asCountyOf(actor: Actor, county: string | undefined): void {
  if (actor.role !== 'county') {
    throw forbidden('auth.county-only', { zh: '此事项由县（市、区）局办理（第八、九条）', en: 'this step belongs to the county bureau (Arts. 8, 9)' }, '9');
  }
  if (county !== undefined && actor.county !== county) {
    throw forbidden('auth.other-county', {
      zh: '县（市、区）局只能办理本辖区平台的事项（第八条）',
      en: "a county bureau acts only on its own county's platforms (Art. 8)",
    }, '8');
  }
}

/** Arts. 3, 4, 11: certifying, rejecting, rechecking and revoking belong to the city. */
function asCity(actor: Actor): void {
  if (actor.role !== 'city') {
    throw forbidden('auth.city-only', { zh: '此事项由市局办理（第三、十一条）', en: 'this decision belongs to the city bureau (Arts. 3, 11)' }, '11');
  }
}
