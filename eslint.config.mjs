import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// Where each concern lives is kept by the rules below, not by memory:
//  - the environment is read in server/config/env.ts only;
//  - server/ never imports components/ (React belongs to the UI; the UI may call the server);
//  - lib/ (shared by pages and the service worker) imports neither server/ nor components/;
//  - production code never imports test helpers, fakes or end-to-end support.

/** Tests, their helpers and fakes, benchmarks and the scripts that launch and test the app. */
const testAndToolFiles = ['**/*.test.ts', '**/*.test.tsx', 'server/testing/**', 'e2e/**', 'bench/**', 'scripts/**'];

/** Test builders, fakes and stand-ins live in server/testing/ (and e2e/ for the browser specs). */
const testHelperImports = {
  regex: '(^|/)(testing|e2e)/|\\.test(\\.tsx?)?$',
  message: 'Test helpers, fakes and e2e support are for tests only (server/testing/).',
};

// Until the language list has its home in server/i18n/ (issue 12, languages), the next-intl routing
// config in components/i18n/routing.ts is the one components/ module server/ may still read.
const componentImports = {
  regex: '(^|/)components/(?!i18n/routing$)',
  message: 'server/ must not import components/: server-rendered HTML lives in server/notices/render/, shared browser code in lib/.',
};
const serverOrComponentImports = {
  regex: '(^|/)(server|components)/',
  message: 'lib/ runs in the service worker too: it may not pull in server/ or components/ code.',
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ['node_modules/**', '.next/**', '.next-*/**', 'e2e/.artifacts/**', 'screenshots/**', '.data/**', 'server/db/generated/**', 'test-results/**', 'playwright-report/**', 'public/sw.js', 'next-env.d.ts'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Public pages use plain <a> on purpose: they must work without JavaScript.
      '@next/next/no-html-link-for-pages': 'off',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read settings through server/config/env.ts (serverEnv(), envSetting()), where they are validated and documented.' },
      ],
      'no-restricted-imports': ['error', { patterns: [testHelperImports] }],
    },
  },
  {
    // The env module itself; tool configuration and the launcher, test runner, e2e specs and
    // benchmarks, which run outside the app and set up its environment and its child processes.
    files: ['server/config/env.ts', 'next.config.js', 'prisma.config.ts', 'vitest.config.ts', 'scripts/**', 'bench/**', 'e2e/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['server/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [testHelperImports, componentImports] }] },
  },
  {
    files: ['lib/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [testHelperImports, serverOrComponentImports] }] },
  },
  {
    files: testAndToolFiles,
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Server tests and test helpers stay out of components/ too.
    files: ['server/**/*.test.ts', 'server/testing/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [componentImports] }] },
  },
];

export default config;
