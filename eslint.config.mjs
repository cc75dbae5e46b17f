// Lint: strict equality, no undeclared names, and the layering rules that keep the core pure.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const APPS_SCRIPT_SERVICES = [
  'SpreadsheetApp',
  'HtmlService',
  'PropertiesService',
  'LockService',
  'ScriptApp',
  'Session',
  'Utilities',
  'CacheService',
  'DriveApp',
  'UrlFetchApp',
  'Logger',
];
const NODE_AND_DOM = ['process', 'Buffer', 'require', 'module', 'window', 'document', 'setTimeout', 'fetch'];
const restricted = (names, why) => names.map((name) => ({ name, message: `${name}: ${why}` }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/ports.ts', 'sheets-templates/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...restricted(APPS_SCRIPT_SERVICES, 'the domain is pure; go through a port in src/ports.ts'),
        ...restricted(NODE_AND_DOM, 'the domain runs in Apps Script too'),
      ],
      'no-restricted-imports': ['error', { patterns: ['node:*', '../gas/*', '../cli/*', '../ui/*', '../src/gas/*', '../src/cli/*', '../src/ui/*'] }],
    },
  },
  {
    files: ['src/gas/**/*.ts', 'src/main.ts'],
    rules: {
      'no-restricted-globals': ['error', ...restricted(NODE_AND_DOM, 'Apps Script has no Node or DOM globals')],
      'no-restricted-imports': ['error', { patterns: ['node:*', '../cli/*', '../ui/*'] }],
    },
  },
  { files: ['src/ui/**/*.ts'], languageOptions: { globals: globals.browser } },
  { files: ['src/cli/**/*.ts', 'scripts/**', 'test/**', '*.cjs', '*.mjs'], languageOptions: { globals: { ...globals.node, ...globals.jest } } },
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
