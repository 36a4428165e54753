// What `npm test` prints last: the counts from Vitest's and Playwright's JSON reports, and the name of
// every test that failed. CI keeps only the tail of a run's output, so a failure must be named there,
// not only hundreds of lines above it.
import path from 'node:path';

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  /** "file › test name" of each failed test (or of a test file that did not load). */
  failures: string[];
}

export const noCounts = (): Counts => ({ passed: 0, failed: 0, skipped: 0, failures: [] });

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { status: string; fullName: string; failureMessages?: string[] }[];
  }[];
}

/** The first line of an error message, without terminal colours, short enough for a summary. */
function firstLine(message: string | undefined): string {
  const line = (message ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim()) ?? '';
  return line.trim().slice(0, 200);
}

export function vitestCounts(report: VitestReport, root: string): Counts {
  const failures: string[] = [];
  let brokenFiles = 0;
  for (const file of report.testResults) {
    const name = path.relative(root, file.name);
    const failed = file.assertionResults.filter((a) => a.status === 'failed');
    for (const a of failed) failures.push(`${name} › ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
    // A file that fails to load has no failed tests but must still count as a failure.
    if (file.status === 'failed' && failed.length === 0) {
      brokenFiles += 1;
      failures.push(`${name} › (the file failed: ${firstLine(file.message)})`);
    }
  }
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: report.numPendingTests + report.numTodoTests,
    failures,
  };
}

interface PlaywrightSuite {
  title: string;
  file?: string;
  specs?: {
    title: string;
    file: string;
    line: number;
    tests: { projectName: string; status: string; results?: { error?: { message?: string } }[] }[];
  }[];
  suites?: PlaywrightSuite[];
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites: PlaywrightSuite[];
  errors?: { message?: string }[];
}

/** `testDir` is the folder Playwright's report names files relative to (e2e/). */
export function playwrightCounts(report: PlaywrightReport, testDir: string): Counts {
  const failures: string[] = [];
  const walk = (suite: PlaywrightSuite, titles: string[]) => {
    const inner = suite.file && suite.title === suite.file ? titles : [...titles, suite.title];
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status !== 'unexpected') continue;
        const error = firstLine(test.results?.at(-1)?.error?.message);
        failures.push(`${path.join(testDir, spec.file)}:${spec.line} [${test.projectName}] › ${[...inner, spec.title].join(' › ')}: ${error}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, inner);
  };
  for (const suite of report.suites) walk(suite, []);
  // An error outside any test (a global set-up that threw) fails the run without failing a test.
  const outside = (report.errors ?? []).map((e) => `(outside any test: ${firstLine(e.message)})`);
  return {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected + outside.length,
    skipped: report.stats.skipped,
    failures: [...failures, ...outside],
  };
}

/** The run's last lines: each failed test, then the one summary line. */
export function summaryLines(totals: Counts): string {
  const named = totals.failures.map((f) => `  ✗ ${f}\n`).join('');
  const header = totals.failures.length ? `\nfailed:\n${named}` : '';
  return `${header}\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`;
}
