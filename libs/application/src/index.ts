export * from './clock.js';
export * from './command-meta.js';
export * from './aggregate.js';
export * from './platform/execute-platform-command.js';
export * from './cycle/execute-cycle-command.js';
export * from './queries/get-platform.js';
export * from './application.module.js';
