import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

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
    },
  },
];

export default config;
