/** Arts. 14-15: life after certification (yearly summaries, rechecks, revocation) and reads. */
export const PLATFORM_CONTROLLERS = [];
