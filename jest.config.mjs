// Nest 12 ships as pure ESM, so Jest runs in its native ESM mode (--experimental-vm-modules).
import { swcOptions as swc } from './test/support/swc-options.mjs';

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleNameMapper: {
    '^@certflow/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/{apps,libs,test}/**/*.{unit,int,e2e}.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // A mutation run's sandbox holds a copy of the project (package.json included) while it runs.
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
  watchPathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
  testTimeout: 60000,
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/test/support/not-run-reporter.mjs'],
};
