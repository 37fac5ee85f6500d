export { Scheduler, type SchedulerImage, type SchedulerOptions, type ScheduledCommand } from './scheduler.js';
