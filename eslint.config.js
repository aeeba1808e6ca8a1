// Lint, including the layer rules of STYLE.md: a wrong import between layers fails the build.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'http', 'https', 'net', 'child_process', 'worker_threads', 'url', 'util', 'stream'];

/** A no-restricted-imports rule that names the layer being protected in its message. */
function layer(files, forbidden, why) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message: why }] }],
    },
  };
}

/** Ways to switch off certificate verification; none may appear on the Node side or in shared/. */
const TLS_VERIFICATION_OFF = [
  ["Property[key.name='rejectUnauthorized']:not([value.raw='true'])", 'rejectUnauthorized may only be true'],
  ["Property[key.name='checkServerIdentity']", 'do not replace the TLS host-name check'],
  ["Identifier[name='NODE_TLS_REJECT_UNAUTHORIZED'], Literal[value='NODE_TLS_REJECT_UNAUTHORIZED']", 'never turn off TLS verification process-wide'],
  ["Literal[value=/ignore-certificate-errors/]", 'never make Chromium ignore certificate errors'],
  ["Identifier[name='setCertificateVerifyProc'], Literal[value='certificate-error']", 'do not override Electron\'s certificate verification'],
].map(([selector, why]) => ({ selector, message: `Certificate verification is never disabled: ${why}.` }));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['test/**', 'bench/**', 'scripts/**', '*.config.{ts,js}', 'bin/**'],
    rules: { '@typescript-eslint/explicit-module-boundary-types': 'off', 'no-console': 'off' },
  },
  // Playwright fixtures declare their dependencies by destructuring, `{}` when there are none.
  { files: ['test/e2e/**'], rules: { 'no-empty-pattern': 'off' } },
  { files: ['electron/**', 'shared/**'], rules: { 'no-restricted-syntax': ['error', ...TLS_VERIFICATION_OFF] } },
  layer(
    ['shared/**'],
    [...NODE_BUILTINS, 'electron', 'react', 'react-dom', '**/electron/**', '**/renderer/**', 'better-sqlite3'],
    'shared/ is imported by both sides: no Node, DOM, Electron, React or other layer.',
  ),
  layer(
    ['renderer/**'],
    [...NODE_BUILTINS, 'electron', 'better-sqlite3', '**/electron/**'],
    'renderer/ talks to the Node side only through shared/ and the typed bridge.',
  ),
  layer(
    ['electron/preload/**'],
    [...NODE_BUILTINS, 'better-sqlite3', '**/core/**', '**/server/**', '**/sandbox/**', '**/workspace/**', '**/renderer/**', '**/main/**'],
    'electron/preload imports shared/ and Electron renderer APIs only.',
  ),
  layer(
    ['electron/core/**'],
    ['electron', 'react', 'react-dom', '**/renderer/**', '**/main/**', '**/preload/**', '**/server/**', '**/cli/**', '**/sandbox/**', '**/workspace/**'],
    'electron/core is plain Node domain logic: it never imports Electron, the UI or an outer layer.',
  ),
  layer(
    ['electron/sandbox/**'],
    ['electron', 'react', 'react-dom', '**/renderer/**', '**/main/**', '**/preload/**', '**/server/**', '**/cli/**', '**/core/**', '**/workspace/**'],
    'electron/sandbox stands alone: it simulates the partners and knows nothing of Paydesk.',
  ),
  layer(
    ['electron/server/**', 'electron/cli/**', 'electron/workspace/**'],
    ['electron', 'react', 'react-dom', '**/renderer/**', '**/main/**', '**/preload/**'],
    'Node-side layers run without Electron and never import the UI.',
  ),
  layer(
    ['electron/main/**'],
    ['react', 'react-dom', '**/renderer/**', '**/preload/**', '**/cli/**', '**/server/**'],
    'electron/main stays thin: lifecycle, windows, IPC and security, over core.',
  ),
);
