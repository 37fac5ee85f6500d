export * from './projection.js';
export * from './documents.js';
export * from './store.js';
export * from './projections.js';
