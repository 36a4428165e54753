// The PostgreSQL that tests run against: RASPA_TEST_PG_ADMIN_URL when given (a role that may
// create databases, e.g. postgresql://postgres:pw@127.0.0.1:5432/postgres), otherwise a throwaway
// embedded cluster under .data/test-postgres, separate from the app's own data.
import path from 'node:path';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres';

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

export async function startTestCluster(root: string): Promise<TestCluster> {
  const given = process.env.RASPA_TEST_PG_ADMIN_URL;
  if (given) return { adminUrl: given, urlFor: (db) => databaseUrlFor(given, db), stop: async () => {} };
  const port = Number(process.env.RASPA_TEST_PG_PORT ?? 54339);
  const cluster = await startEmbeddedPostgres({
    dataDir: path.join(root, '.data', port === 54339 ? 'test-postgres' : `test-postgres-${port}`),
    port,
    password: 'raspa-test',
    database: 'postgres',
    ephemeral: true,
  });
  return { adminUrl: cluster.url, urlFor: cluster.urlFor, stop: cluster.stop };
}
