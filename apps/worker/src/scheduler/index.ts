export { Scheduler, type SchedulerOptions, type ScheduledCommand } from './scheduler.js';
