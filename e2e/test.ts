// The `test` every journey imports (ESLint forbids @playwright/test's own in specs): on every page a
// test opens — including pop-ups and pages opened by the page — any console error, uncaught page
// error or Content-Security-Policy violation fails the test, after it ran, with the list of what
// went wrong and where. A test that provokes an error on purpose (cuts the network, sends a wrong
// password and gets its 401, opens a page that does not exist) names what it expects — for a whole
// file with `test.use({ allowedConsoleErrors })`, inside one test with `expectConsoleErrors(...)`;
// a pattern is matched against the message followed by the address it names. Nothing else is excused.
// Every test is also a network of its own (clientNetwork below).
import { createHash } from 'node:crypto';
import { test as base, expect, type BrowserContext, type ConsoleMessage, type Page, type TestInfo } from '@playwright/test';

export interface PageProblemOptions {
  /**
   * Console errors this test provokes on purpose (offline, a deliberate 404 …): each must be named.
   * Give test.use() ONE pattern (alternatives inside it): Playwright reads a two-element array as
   * [value, fixture options].
   */
  allowedConsoleErrors: RegExp[];
}

interface PageProblem {
  kind: 'console' | 'pageerror' | 'csp';
  url: string;
  text: string;
}

// Runs in every page before its own scripts: a CSP violation becomes a console error the fixture sees.
const REPORT_CSP_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (e) => {
  console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber + (e.sample ? ' (' + e.sample + ')' : ''));
});`;

/**
 * The address a test's requests come from, as the e2e deployment's reverse proxy would report it
 * (X-Forwarded-For; scripts/test.ts has the servers trust one proxy hop). Per-client rate limits —
 * 30 reports / 10 min, 10 "forget my contact" … — then count each journey alone, as they count each
 * person: no journey fails because others ran before it, and one that tests a limit reaches it
 * with its own requests. A retry is another network (its first attempt's requests still count).
 */
export function clientNetwork(testInfo: Pick<TestInfo, 'testId' | 'retry' | 'repeatEachIndex'>): string {
  const hash = createHash('sha256').update(`${testInfo.testId}:${testInfo.retry}:${testInfo.repeatEachIndex}`).digest();
  return `10.${hash[0]}.${hash[1]}.${1 + (hash[2]! % 254)}`;
}

/** The running test's network, for contexts it opens itself. */
let currentNetwork: string | null = null;

// Contexts a test opens itself (browser.newContext, browser.newPage) are watched as well: the
// worker's browser hands each new context to the test running in that worker.
// The patterns each test's watcher excuses, reachable from expectConsoleErrors.
const problemPatterns = new WeakMap<PageProblem[], RegExp[]>();

let watchNewContext: ((context: BrowserContext) => Promise<void>) | null = null;

interface PageProblemFixtures {
  pageProblems: PageProblem[];
  /** Excuses console errors this test provokes on purpose, from now to its end. */
  expectConsoleErrors: (...patterns: RegExp[]) => void;
}

export const test = base.extend<PageProblemOptions & PageProblemFixtures, object>({
  browser: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const context = await newContext(currentNetwork ? { ...options, extraHTTPHeaders: { 'X-Forwarded-For': currentNetwork, ...options?.extraHTTPHeaders } } : options);
        await watchNewContext?.(context);
        return context;
      };
      await use(browser);
    },
    { scope: 'worker' },
  ],
  extraHTTPHeaders: async ({ extraHTTPHeaders }, provide, testInfo) => {
    currentNetwork = clientNetwork(testInfo);
    await provide({ ...extraHTTPHeaders, 'X-Forwarded-For': currentNetwork });
    currentNetwork = null;
  },
  allowedConsoleErrors: [[], { option: true }],
  pageProblems: [
    async ({ context, allowedConsoleErrors }, use, testInfo) => {
      const problems: PageProblem[] = [];
      const allowed = [...allowedConsoleErrors];
      problemPatterns.set(problems, allowed);
      const watch = (page: Page) => {
        page.on('console', (message: ConsoleMessage) => {
          if (message.type() !== 'error') return;
          const text = message.text();
          const location = message.location();
          const where = location.url ? `${location.url}:${location.lineNumber}` : page.url();
          // A CSP violation is never excused.
          if (text.startsWith('CSP violation')) problems.push({ kind: 'csp', url: page.url(), text });
          else if (!allowed.some((pattern) => pattern.test(`${text} ${location.url || page.url()}`))) problems.push({ kind: 'console', url: where, text });
        });
        page.on('pageerror', (error) => problems.push({ kind: 'pageerror', url: page.url(), text: `${error.name}: ${error.message}` }));
      };
      const watchContext = async (watched: BrowserContext) => {
        await watched.addInitScript(REPORT_CSP_VIOLATIONS);
        watched.pages().forEach(watch);
        watched.on('page', watch);
      };
      await watchContext(context);
      watchNewContext = watchContext;
      // Playwright's use() returns once the test body ended, passed or failed.
      await use(problems);
      watchNewContext = null;
      if (problems.length > 0 && testInfo.status === testInfo.expectedStatus) {
        const list = problems.map((p) => `  [${p.kind}] ${p.url}\n    ${p.text.slice(0, 500)}`).join('\n');
        throw new Error(`${problems.length} console error(s), page error(s) or CSP violation(s) on the pages this test visited:\n${list}`);
      }
    },
    { auto: true },
  ],
  expectConsoleErrors: async ({ pageProblems }, provide) => {
    await provide((...patterns) => problemPatterns.get(pageProblems)!.push(...patterns));
  },
});

export { expect };
export type { Page };
