// Vitest global setup: one PostgreSQL for the whole run and a template database to clone.
import type { TestProject } from 'vitest/node';
import { startTestCluster, type TestCluster } from '../../scripts/lib/test-cluster';
import { prepareTemplateDatabase } from './template-database';

let cluster: TestCluster | undefined;

export async function setup(project: TestProject) {
  cluster = await startTestCluster(process.cwd());
  await prepareTemplateDatabase(cluster.adminUrl);
  project.provide('pgAdminUrl', cluster.adminUrl);
}

export async function teardown() {
  await cluster?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}
