// Vitest global setup: one PostgreSQL for the whole run and a template database to clone.
import type { TestProject } from 'vitest/node';
import { claimOwnTestCluster, databaseUrlFor, startTestCluster, type TestCluster } from '../../scripts/lib/test-cluster';
import type { RunClaim } from '../../scripts/lib/test-run-lock';
import { applyMigrations } from '../db/migrate';
import { createPrismaClient } from '../db/client';
import { recreateDatabase } from '../db/embedded-postgres';
import { seedDatabase } from '../../prisma/seed';
import { TEMPLATE_DATABASE } from './template-database';

let cluster: TestCluster | undefined;
let claim: RunClaim | undefined;

export async function setup(project: TestProject) {
  // `npx vitest` on its own starts the test PostgreSQL: refused beside another run on the same one.
  claim = claimOwnTestCluster();
  cluster = await startTestCluster(process.cwd());
  await prepareTemplateDatabase(cluster.adminUrl);
  project.provide('pgAdminUrl', cluster.adminUrl);
}

/** The database every test file clones (server/testing/database.ts): migrated, with reference data. */
async function prepareTemplateDatabase(adminUrl: string): Promise<void> {
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

export async function teardown() {
  await cluster?.stop();
  claim?.release();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}
