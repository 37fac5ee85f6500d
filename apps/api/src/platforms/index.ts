import { AnnounceRevocationController } from './announce-revocation/announce-revocation.controller.js';
import { ConfirmRecheckController } from './confirm-recheck/confirm-recheck.controller.js';
import { FailRecheckController } from './fail-recheck/fail-recheck.controller.js';
import { GetPlatformController } from './get-platform/get-platform.controller.js';
import { GiveRecheckOpinionController } from './give-recheck-opinion/give-recheck-opinion.controller.js';
import { OpenRecheckController } from './open-recheck/open-recheck.controller.js';
import { RevokeCertificationController } from './revoke-certification/revoke-certification.controller.js';
import { SubmitAnnualSummaryController } from './submit-annual-summary/submit-annual-summary.controller.js';
import { SubmitRecheckMaterialsController } from './submit-recheck-materials/submit-recheck-materials.controller.js';

/** Arts. 14-15: life after certification (yearly summaries, rechecks, revocation) and reads. */
export const PLATFORM_CONTROLLERS = [
  SubmitAnnualSummaryController,
  OpenRecheckController,
  SubmitRecheckMaterialsController,
  GiveRecheckOpinionController,
  ConfirmRecheckController,
  FailRecheckController,
  AnnounceRevocationController,
  RevokeCertificationController,
  GetPlatformController,
];
