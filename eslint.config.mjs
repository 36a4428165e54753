import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// Where each concern lives is kept by the rules below, not by memory:
//  - the environment is read in server/config/env.ts only;
//  - server/ never imports components/ (React belongs to the UI; the UI may call the server);
//  - lib/ (shared by pages and the service worker) imports neither server/ nor components/;
//  - production code never imports test helpers, fakes or end-to-end support;
//  - the message catalogues are read through server/i18n/translator.ts only, and components/ never
//    imports that module (it would put all three catalogues in the browser's bundle);
//  - the list of languages is server/i18n/languages.ts's, and dates, times and numbers are formatted
//    by server/i18n/format.ts (the same text on the server and in browsers without Kazakh locale data).

/** Tests, their helpers and fakes, benchmarks and the scripts that launch and test the app. */
const testAndToolFiles = ['**/*.test.ts', '**/*.test.tsx', 'server/testing/**', 'e2e/**', 'bench/**', 'scripts/**'];

/** Test builders, fakes and stand-ins live in server/testing/ (and e2e/ for the browser specs). */
const testHelperImports = {
  regex: '(^|/)(testing|e2e)/|\\.test(\\.tsx?)?$',
  message: 'Test helpers, fakes and e2e support are for tests only (server/testing/).',
};

const componentImports = {
  regex: '(^|/)components/',
  message: 'server/ must not import components/: server-rendered HTML lives in server/notices/render/, shared browser code in lib/.',
};
const catalogueImports = {
  regex: '(^|/)messages/(kk|ru|en)\\.json$',
  message: 'Read the catalogues through server/i18n/translator.ts (translatorFor, messagesFor).',
};
const translatorImports = {
  regex: '(^|/)server/i18n/translator$',
  message: 'components/ gets its words from next-intl (AdminIntlProvider, getTranslations); the translator module would ship every catalogue to the browser.',
};
const serverOrComponentImports = {
  regex: '(^|/)(server|components)/',
  message: 'lib/ runs in the service worker too: it may not pull in server/ or components/ code.',
};

/** One list of languages, one formatter. */
const oneHomeSyntax = [
  {
    selector: "ArrayExpression[elements.length=3][elements.0.value='kk'][elements.1.value='ru'][elements.2.value='en']",
    message: 'Use LANGUAGES from server/i18n/languages.ts.',
  },
  {
    selector: "NewExpression[callee.object.name='Intl'][callee.property.name=/^(DateTimeFormat|NumberFormat|RelativeTimeFormat)$/]",
    message: 'Format dates, times and numbers with server/i18n/format.ts (browsers often lack Kazakh locale data).',
  },
  {
    selector: 'CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]',
    message: 'Format dates, times and numbers with server/i18n/format.ts (browsers often lack Kazakh locale data).',
  },
];
/** next-intl's useFormatter formats with the browser's locale data, which often lacks Kazakh. */
const browserFormatter = { name: 'next-intl', importNames: ['useFormatter'], message: 'Use components/i18n/use-dates.ts or server/i18n/format.ts.' };

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
      'no-restricted-imports': ['error', { patterns: [testHelperImports, catalogueImports] }],
      'no-restricted-syntax': ['error', ...oneHomeSyntax],
    },
  },
  {
    // The homes themselves.
    files: ['server/i18n/languages.ts', 'server/i18n/format.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The env module itself; tool configuration and the launcher, test runner, e2e specs and
    // benchmarks, which run outside the app and set up its environment and its child processes.
    files: ['server/config/env.ts', 'next.config.js', 'prisma.config.ts', 'vitest.config.ts', 'scripts/**', 'bench/**', 'e2e/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['server/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [testHelperImports, componentImports, catalogueImports] }] },
  },
  {
    files: ['server/i18n/translator.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [testHelperImports, componentImports] }] },
  },
  {
    files: ['components/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [browserFormatter], patterns: [testHelperImports, catalogueImports, translatorImports] }] },
  },
  {
    files: ['lib/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [testHelperImports, serverOrComponentImports, catalogueImports] }] },
  },
  {
    files: testAndToolFiles,
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
  {
    // Every journey takes its test from e2e/test.ts, which fails it on any console error, page error
    // or CSP violation on the pages it visited.
    files: ['e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@playwright/test', importNames: ['test', 'expect'], message: "Import test and expect from './test' (it fails a test on console errors)." }] },
      ],
    },
  },
  {
    // Server tests and test helpers stay out of components/ too, and read the catalogues like the app does.
    files: ['server/**/*.test.ts', 'server/testing/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [componentImports, catalogueImports] }] },
  },
];

export default config;
