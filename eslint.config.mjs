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
/** Pure code: the domain, the page/server contracts, the ports and the sheet templates. */
const PURE = ['src/domain/**/*.ts', 'src/contracts/**/*.ts', 'src/ports.ts', 'sheets-templates/**/*.ts'];
/** Import patterns reaching a layer at any depth ('../gas/x', '../../gas', 'src/gas/…'); 'node' = Node built-ins. */
const banned = (...layers) =>
  layers.flatMap((l) => (l === 'node' ? ['node:*', ...NODE_BUILTINS] : l === 'main' ? ['**/main', '**/main.ts'] : [`**/${l}`, `**/${l}/**`, `${l}/**`]));
const NODE_BUILTINS = ['fs', 'path', 'os', 'url', 'util', 'child_process', 'stream', 'zlib', 'crypto', 'vm', 'worker_threads'];
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
    files: PURE,
    rules: {
      'no-restricted-globals': [
        'error',
        ...restricted(APPS_SCRIPT_SERVICES, 'the domain is pure; go through a port in src/ports.ts'),
        ...restricted(NODE_AND_DOM, 'the domain runs in Apps Script and in pages too'),
      ],
      'no-restricted-imports': ['error', { patterns: banned('node', 'gas', 'cli', 'ui', 'playground', 'emulator', 'app', 'main') }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: banned('node', 'gas', 'cli', 'ui', 'playground', 'emulator', 'app', 'main', 'contracts') }] },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...restricted(APPS_SCRIPT_SERVICES, 'use cases reach Apps Script through the ports in src/ports.ts'),
        ...restricted(NODE_AND_DOM, 'use cases run in Apps Script too'),
      ],
      'no-restricted-imports': ['error', { patterns: banned('node', 'gas', 'cli', 'ui', 'playground', 'emulator', 'main') }],
    },
  },
  {
    files: ['src/gas/**/*.ts', 'src/main.ts'],
    rules: {
      'no-restricted-globals': ['error', ...restricted(NODE_AND_DOM, 'Apps Script has no Node or DOM globals')],
      'no-restricted-imports': ['error', { patterns: banned('node', 'cli', 'ui', 'playground', 'emulator') }],
    },
  },
  {
    files: ['src/ui/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: banned('node', 'gas', 'cli', 'app', 'main', 'playground', 'emulator') }] },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: banned('gas', 'ui', 'main') }] },
  },
  {
    files: ['src/emulator/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: banned('gas', 'cli', 'ui', 'app', 'main') }] },
  },
  {
    // The playground is an adapter over the emulator and the command line's file io; it runs the built bundle, never the gas sources.
    files: ['src/playground/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: banned('gas', 'ui', 'app', 'main') }] },
  },
  {
    // Its page and the google.script stand-in run in the browser: no Node built-ins.
    files: ['src/playground/client/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: banned('node', 'gas', 'ui', 'app', 'main', 'cli') }] },
  },
  { files: ['src/ui/**/*.ts', 'src/playground/client/**/*.ts'], languageOptions: { globals: globals.browser } },
  { files: ['src/playground/*.ts'], languageOptions: { globals: globals.node } },
  { files: ['src/emulator/**/*.ts'], languageOptions: { globals: globals.node } },
  { files: ['src/cli/**/*.ts', 'scripts/**', 'test/**', '*.cjs', '*.mjs'], languageOptions: { globals: { ...globals.node, ...globals.jest } } },
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
