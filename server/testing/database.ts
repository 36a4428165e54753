// For integration tests: `const t = await setupTestDatabase()` in a describe block gives a fresh,
// migrated database with reference data (regions, settlements, risk terms) and no demo content.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { createPrismaClient, type Db } from '../db/client';
import { cloneTemplateDatabase, dropDatabase } from './template-database';

export interface TestDatabase {
  db: Db;
  url: string;
}

export function setupTestDatabase(): TestDatabase {
  const handle = {} as TestDatabase;
  const name = `raspa_test_${randomBytes(5).toString('hex')}`;
  const adminUrl = inject('pgAdminUrl');
  beforeAll(async () => {
    handle.url = await cloneTemplateDatabase(adminUrl, name);
    handle.db = createPrismaClient(handle.url, 4);
  });
  afterAll(async () => {
    await handle.db?.$disconnect();
    await dropDatabase(adminUrl, name);
  });
  return handle;
}
