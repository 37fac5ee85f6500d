import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

/** `apps/api`, `libs/read-models`: the app or lib a file belongs to, or undefined outside them. */
function unitOf(file) {
  const match = /^(apps|libs)\/([^/]+)\//.exec(relative(root, file).split('\\').join('/'));
  return match ? `${match[1]}/${match[2]}` : undefined;
}

// Apps meet only in the composition root (libs/composition): an app that imports another app's
// src, or a lib that imports an app, ties their builds and their tests together.
const noCrossAppImports = {
  meta: { type: 'problem', schema: [], messages: { crossApp: "{{from}} imports {{to}}'s src: go through @certflow/composition" } },
  create(context) {
    const from = unitOf(context.filename);
    if (!from || from === 'libs/composition') return {};
    const check = (source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const to = unitOf(resolve(dirname(context.filename), source.value));
      if (to && to !== from && to.startsWith('apps/')) context.report({ node: source, messageId: 'crossApp', data: { from, to } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'data/**', '.stryker-tmp/**', 'reports/**'] },
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
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    plugins: { certflow: { rules: { 'no-cross-app-imports': noCrossAppImports } } },
    rules: { 'certflow/no-cross-app-imports': 'error' },
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
