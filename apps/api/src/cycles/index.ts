import { OpenCycleController } from './open-cycle/open-cycle.controller.js';

/** Arts. 12-13: the yearly cycle. */
export const CYCLE_CONTROLLERS = [OpenCycleController];
