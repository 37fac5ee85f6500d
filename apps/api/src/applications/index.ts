import { CertifyPlatformController } from './certify-platform/certify-platform.controller.js';
import { ListApplicationsController } from './list-applications/list-applications.controller.js';
import { DeclineToRecommendController } from './decline-to-recommend/decline-to-recommend.controller.js';
import { RecommendPlatformController } from './recommend-platform/recommend-platform.controller.js';
import { RejectApplicationController } from './reject-application/reject-application.controller.js';
import { ResubmitApplicationController } from './resubmit-application/resubmit-application.controller.js';
import { ReturnForCorrectionController } from './return-for-correction/return-for-correction.controller.js';
import { SubmitApplicationController } from './submit-application/submit-application.controller.js';
import { WithdrawApplicationController } from './withdraw-application/withdraw-application.controller.js';

/** Arts. 8-11: from application to the city's decision. */
export const APPLICATION_CONTROLLERS = [
  SubmitApplicationController,
  ReturnForCorrectionController,
  ResubmitApplicationController,
  WithdrawApplicationController,
  RecommendPlatformController,
  DeclineToRecommendController,
  CertifyPlatformController,
  RejectApplicationController,
  ListApplicationsController,
];
