export * from './services.js';
export * from './postgres.js';
export * from './given-when-then.js';
export * from './domain-fixtures.js';
export * from './projection-fixtures.js';
export * from './logger.js';
export * from './csv.js';
