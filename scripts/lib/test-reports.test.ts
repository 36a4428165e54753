import { describe, expect, it } from 'vitest';
import { playwrightCounts, summaryLines, vitestCounts } from './test-reports';

const root = '/repo';

describe('the summary npm test prints last', () => {
  it('names each failed Vitest test with its file and the first line of its error, and a file that did not load', () => {
    const counts = vitestCounts(
      {
        numPassedTests: 3,
        numFailedTests: 1,
        numPendingTests: 1,
        numTodoTests: 0,
        testResults: [
          {
            name: '/repo/server/a.test.ts',
            status: 'failed',
            assertionResults: [
              { status: 'passed', fullName: 'a works' },
              { status: 'failed', fullName: 'a times out', failureMessages: ['\u001b[31mError: Test timed out in 30000ms.\u001b[39m\n    at stack'] },
            ],
          },
          { name: '/repo/server/b.test.ts', status: 'failed', message: 'Cannot find module ./gone\nRequire stack', assertionResults: [] },
          { name: '/repo/server/c.test.ts', status: 'passed', assertionResults: [{ status: 'passed', fullName: 'c works' }] },
        ],
      },
      root,
    );
    expect(counts).toEqual({
      passed: 3,
      failed: 2,
      skipped: 1,
      failures: ['server/a.test.ts › a times out: Error: Test timed out in 30000ms.', 'server/b.test.ts › (the file failed: Cannot find module ./gone)'],
    });
  });

  it('names each unexpected Playwright test with its line, project and describe titles; a flaky one passes', () => {
    const counts = playwrightCounts(
      {
        stats: { expected: 5, unexpected: 1, flaky: 1, skipped: 0 },
        errors: [],
        suites: [
          {
            title: 'privacy.spec.ts',
            file: 'privacy.spec.ts',
            specs: [{ title: 'links the page', file: 'privacy.spec.ts', line: 9, tests: [{ projectName: 'desktop', status: 'flaky' }] }],
            suites: [
              {
                title: 'forget my contact',
                file: 'privacy.spec.ts',
                specs: [
                  {
                    title: 'is rate-limited',
                    file: 'privacy.spec.ts',
                    line: 86,
                    tests: [{ projectName: 'desktop', status: 'unexpected', results: [{ error: { message: 'first try' } }, { error: { message: 'Test timeout of 45000ms exceeded.' } }] }],
                  },
                ],
              },
            ],
          },
        ],
      },
      'e2e',
    );
    expect(counts).toEqual({
      passed: 6,
      failed: 1,
      skipped: 0,
      failures: ['e2e/privacy.spec.ts:86 [desktop] › forget my contact › is rate-limited: Test timeout of 45000ms exceeded.'],
    });
  });

  it('fails the run on an error outside any test (a set-up that threw), though no test failed', () => {
    const counts = playwrightCounts({ stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 }, errors: [{ message: 'Error: globalSetup threw' }], suites: [] }, 'e2e');
    expect(counts.failed).toBe(1);
    expect(counts.failures).toEqual(['(outside any test: Error: globalSetup threw)']);
  });

  it('ends with the one summary line, after the failed tests', () => {
    const text = summaryLines({ passed: 2, failed: 1, skipped: 0, failures: ['server/a.test.ts › a times out: boom'] });
    expect(text.trimEnd().split('\n').at(-1)).toBe('tests: 2 passed, 1 failed, 0 skipped');
    expect(text).toContain('  ✗ server/a.test.ts › a times out: boom\n');
    expect(summaryLines({ passed: 2, failed: 0, skipped: 0, failures: [] })).toBe('\ntests: 2 passed, 0 failed, 0 skipped\n');
  });
});
