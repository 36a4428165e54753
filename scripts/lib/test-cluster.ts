// The PostgreSQL that tests run against: RASPA_TEST_PG_ADMIN_URL when given (a role that may
// create databases, e.g. postgresql://postgres:pw@127.0.0.1:5432/postgres), otherwise a throwaway
// embedded cluster under .data/test-postgres, separate from the app's own data.
import path from 'node:path';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres';
import { claimTestRun, type RunClaim } from './test-run-lock';

export interface TestCluster {
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export function databaseUrlFor(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** The PostgreSQL server the tests will use, as one claim key (scripts/lib/test-run-lock.ts) and in words. */
export function testClusterIdentity(): { key: string; what: string } {
  const given = process.env.RASPA_TEST_PG_ADMIN_URL;
  if (given) {
    const url = new URL(given);
    return { key: `postgresql ${url.hostname}:${url.port || 5432}`, what: `the PostgreSQL server at ${url.hostname}:${url.port || 5432} (RASPA_TEST_PG_ADMIN_URL)` };
  }
  const port = testClusterPort();
  return { key: `postgresql 127.0.0.1:${port}`, what: `the test PostgreSQL on port ${port} (RASPA_TEST_PG_PORT)` };
}

/**
 * For Vitest started on its own (`npx vitest`), which starts the embedded cluster itself: claims it
 * (scripts/lib/test-run-lock.ts) or throws. Under `npm test` the admin URL is given — the cluster
 * is scripts/test.ts's, which has claimed it — and nothing is claimed here.
 */
export function claimOwnTestCluster(): RunClaim | undefined {
  if (process.env.RASPA_TEST_PG_ADMIN_URL) return undefined;
  return claimTestRun([testClusterIdentity()], { howToRunBeside: 'set RASPA_TEST_PG_PORT to a free port' });
}

function testClusterPort(): number {
  return Number(process.env.RASPA_TEST_PG_PORT ?? 54339);
}

export async function startTestCluster(root: string): Promise<TestCluster> {
  const given = process.env.RASPA_TEST_PG_ADMIN_URL;
  if (given) return { adminUrl: given, urlFor: (db) => databaseUrlFor(given, db), stop: async () => {} };
  const port = testClusterPort();
  const cluster = await startEmbeddedPostgres({
    dataDir: path.join(root, '.data', port === 54339 ? 'test-postgres' : `test-postgres-${port}`),
    port,
    password: 'raspa-test',
    database: 'postgres',
    ephemeral: true,
  });
  return { adminUrl: cluster.url, urlFor: cluster.urlFor, stop: cluster.stop };
}
