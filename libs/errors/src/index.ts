export * from './kinds.js';
export * from './catalogue.js';
export * from './certflow-error.js';
