// One Prisma client per process (kept on globalThis so dev reloads do not open new pools).
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';
import { serverEnv } from '../config/env';

export type Db = PrismaClient;
/** A client or an interactive-transaction client: domain functions accept either. */
export type DbTx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/**
 * How long an interactive transaction may wait for a pooled connection, and run. Prisma's defaults
 * (2 s, 5 s) turned a busy but healthy database into failed requests: 24 confirmations at once on a
 * loaded machine waited more than 2 s for one of the 10 connections and each answered 500. A request
 * rather waits its turn; past these it is answered 503 (server/db/unavailable.ts: busy).
 */
export const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

export function createPrismaClient(connectionString: string, maxConnections = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: maxConnections }), transactionOptions: TRANSACTION_OPTIONS });
}

const globalForPrisma = globalThis as unknown as { raspaPrisma?: PrismaClient };

export function db(): PrismaClient {
  globalForPrisma.raspaPrisma ??= createPrismaClient(serverEnv().DATABASE_URL);
  return globalForPrisma.raspaPrisma;
}
