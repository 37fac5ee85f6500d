export * from './projection.js';
export * from './documents.js';
