// The project's Jest configuration narrowed to the domain's unit specs: Stryker runs them once per
// mutant, and nothing outside libs/domain tests the measures without I/O.
import { fileURLToPath, URL } from 'node:url';
import base from '../../jest.config.mjs';

export default {
  ...base,
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  testMatch: ['<rootDir>/libs/domain/**/*.unit.spec.ts'],
  moduleNameMapper: { '^@certflow/testing$': '<rootDir>/test/mutation/testing-domain.ts', ...base.moduleNameMapper },
  // Stryker's runners share one worker each; Jest's own workers would only contend for 2 cores.
  maxWorkers: 1,
};
