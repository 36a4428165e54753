import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['server/**/*.test.ts', 'prisma/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'lib/**/*.test.ts', 'scripts/**/*.test.ts', 'messages/**/*.test.ts', 'deploy/**/*.test.ts', 'bench/**/*.test.ts'],
    globalSetup: ['server/testing/global-setup.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // next-intl's middleware imports 'next/server' without an extension, which Node's ESM loader
    // cannot resolve: bundled by Vite instead (server/http/page-request-guards.test.ts runs it).
    server: { deps: { inline: ['next-intl'] } },
    // Integration tests hold a small connection pool each; 2 cores gain nothing from more.
    maxWorkers: 2,
    env: {
      NEXTAUTH_SECRET: 'test-secret-test-secret-test-secret-000',
      RASPA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
      DATABASE_URL: 'postgresql://unused-in-tests/raspa',
      LOG_LEVEL: 'silent',
      // Links in messages fall back to http://localhost:$PORT; the shell's PORT (a developer's own
      // server) must not change what the tests expect.
      PORT: '3000',
    },
  },
});
