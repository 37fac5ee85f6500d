import { CloseApplicationWindowController } from './close-application-window/close-application-window.controller.js';
import { CloseReviewController } from './close-review/close-review.controller.js';
import { GetCycleController } from './get-cycle/get-cycle.controller.js';
import { OpenCycleController } from './open-cycle/open-cycle.controller.js';
import { PublishResultsController } from './publish-results/publish-results.controller.js';

/** Arts. 12-13: the yearly cycle. */
export const CYCLE_CONTROLLERS = [
  OpenCycleController,
  CloseApplicationWindowController,
  CloseReviewController,
  PublishResultsController,
  GetCycleController,
];
