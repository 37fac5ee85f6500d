import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', crypto: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    // Production code never reaches into test/ (benchmarks run from their own entry point there).
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['**/*.spec.ts', 'libs/testing/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/test/**'], message: 'production code does not import test/' }] }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression[source.value=/(^|\\/)test\\//]', message: 'production code does not import test/' },
      ],
    },
  },
  {
    // Every layer imports the error catalogue, so it imports nothing.
    files: ['libs/errors/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!\\./)', message: 'libs/errors imports nothing but its own files' }] }] },
  },
  {
    // Server code logs through pino (libs/observability): JSON lines with the request id.
    files: ['apps/api/src/**/*.ts', 'apps/worker/src/**/*.ts', 'apps/cli/src/serve.ts', 'libs/**/*.ts'],
    ignores: ['**/*.spec.ts', 'libs/testing/**', 'apps/worker/src/testing/**'],
    rules: { 'no-console': 'error' },
  },
  {
    // The domain stays pure: no framework, driver or clock (DESIGN.md).
    files: ['libs/domain/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', 'pg', 'mongodb', 'kafkajs', 'class-validator', 'better-sqlite3', '@kurrent/*'] },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'time comes in on the command' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'time comes in on the command' },
      ],
    },
  },
);
