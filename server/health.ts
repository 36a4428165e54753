import type { Db } from './db/client';
import packageJson from '../package.json' with { type: 'json' };

export interface Health {
  status: 'ok' | 'degraded';
  db: 'ok' | 'down';
  version: string;
}

export async function checkHealth(db: Db): Promise<Health> {
  try {
    await db.$queryRaw`SELECT 1`;
    return { status: 'ok', db: 'ok', version: packageJson.version };
  } catch {
    return { status: 'degraded', db: 'down', version: packageJson.version };
  }
}
