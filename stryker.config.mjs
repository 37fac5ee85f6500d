// npm run test:mutation (test/mutation/run.sh): StrykerJS over the domain, on Node 22 or later.
// Not run by CI: a full run takes tens of minutes on two cores.
export default {
  mutate: ['libs/domain/src/**/*.ts', '!libs/domain/src/**/*.spec.ts', '!libs/domain/src/index.ts'],
  testRunner: 'jest',
  // Jest runs the project's ESM natively, so every runner process needs the VM modules flag.
  testRunnerNodeArgs: ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning'],
  // MUTATION_SPECS=a.unit.spec.ts,b.unit.spec.ts runs only those specs (test/mutation/jest.narrow.config.mjs): a lower bound, fast.
  jest: {
    configFile: process.env.MUTATION_SPECS ? 'test/mutation/jest.narrow.config.mjs' : 'test/mutation/jest.domain.config.mjs',
    enableFindRelatedTests: false,
  },
  coverageAnalysis: 'perTest',
  // Mutants that do not compile are counted apart instead of passing as survivors of untyped swc.
  // The checker reads the domain's sources only: with the specs it pulls in the testing lib and
  // every adapter behind it, and checking is then slower than testing.
  checkers: ['typescript'],
  tsconfigFile: 'test/mutation/tsconfig.domain.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  concurrency: 2,
  // Jest's ESM module registries grow with every run; a fresh runner now and then stays fast.
  maxTestRunnerReuse: 100,
  // Generous: a static mutant reruns every spec, and a runner that times out restarts cold, which
  // on a busy machine makes the next mutant time out too.
  timeoutMS: 30000,
  // Only what the runners and the checker read goes into the sandbox.
  ignorePatterns: ['/*', '!/libs', '!/test', '/test/*', '!/test/mutation', '!/test/support/swc-options.mjs', '!/jest.config.mjs', '!/tsconfig.json', '!/package.json'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Not under node_modules: Jest ignores every test whose path contains it.
  tempDirName: '.stryker-tmp',
  incremental: false,
  thresholds: { high: 90, low: 80, break: null },
};
