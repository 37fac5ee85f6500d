import { SubmitApplicationController } from './submit-application/submit-application.controller.js';

/** Arts. 8-11: from application to the city's decision. */
export const APPLICATION_CONTROLLERS = [SubmitApplicationController];
