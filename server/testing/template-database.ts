// Integration tests each get their own database, cloned from a migrated and seeded template:
// cloning takes a fraction of a second and keeps test files independent when run in parallel.
import pg from 'pg';
import { applyMigrations } from '../db/migrate';
import { createPrismaClient } from '../db/client';
import { recreateDatabase } from '../db/embedded-postgres';
import { seedDatabase } from '../../prisma/seed';
import { databaseUrlFor } from '../../scripts/lib/test-cluster';

export const TEMPLATE_DATABASE = 'raspa_test_template';

export async function prepareTemplateDatabase(adminUrl: string): Promise<void> {
  await recreateDatabase(adminUrl, TEMPLATE_DATABASE);
  const url = databaseUrlFor(adminUrl, TEMPLATE_DATABASE);
  await applyMigrations(url);
  const prisma = createPrismaClient(url, 1);
  try {
    await seedDatabase(prisma, { demo: false });
  } finally {
    await prisma.$disconnect();
  }
}

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
