// Integration tests each get their own database, cloned from a migrated and seeded template:
// cloning takes a fraction of a second and keeps test files independent when run in parallel.
// The template is made once per run in global-setup.ts; this module stays light (no seed data, no
// migration engine) because every integration test file imports it.
import pg from 'pg';
import { databaseUrlFor } from '../../scripts/lib/test-cluster';

export const TEMPLATE_DATABASE = 'raspa_test_template';

export async function cloneTemplateDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(TEMPLATE_DATABASE)}`);
  } finally {
    await client.end();
  }
  return databaseUrlFor(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
