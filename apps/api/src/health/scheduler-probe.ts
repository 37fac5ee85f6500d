/** The scheduler running beside the API, or null where it runs in another process. */
export const SCHEDULER_PROBE = Symbol.for('certflow.SchedulerProbe');
