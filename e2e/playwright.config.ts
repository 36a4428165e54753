// Run through `npm test` (scripts/test.ts), which starts the database and the production server
// and passes E2E_BASE_URL, E2E_STAFF and CHROMIUM_PATH.
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: process.env.RASPA_TEST_ARTIFACTS ? path.join(path.resolve(process.env.RASPA_TEST_ARTIFACTS), 'results') : './.artifacts/results',
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json']],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:3100',
    // No trace for a first attempt: recording one (DOM snapshots of every action) for every test and
    // throwing it away when the test passed made each journey cost its Chromium and worker about half
    // as much CPU again, on 2 cores the e2e bottleneck (bench/RESULTS.md, "Test-suite duration,
    // session 36"). A failure still leaves its screenshot and page snapshot (error-context.md); a CI
    // retry records a trace; to record one locally: `npm test -- --only=e2e --trace=retain-on-failure e2e/x.spec.ts`.
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Without the networking flags Chromium floods the closed network with refused connections.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'phone', use: { ...devices['Pixel 5'], viewport: { width: 360, height: 740 } }, testMatch: /.*\.phone\.spec\.ts/ },
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: /.*\.phone\.spec\.ts/ },
  ],
});
