// What the domain's specs use of @certflow/testing. The whole barrel also loads the PostgreSQL
// helpers and the projection fixtures, and with them pg and every store adapter, once per spec
// file in Jest's ESM mode: most of a run's time, and Stryker runs every spec for each mutant of
// a module-level constant.
export * from '../../libs/testing/src/given-when-then.js';
export * from '../../libs/testing/src/domain-fixtures.js';
