// One Prisma client per process (kept on globalThis so dev reloads do not open new pools).
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';
import { serverEnv } from '../config/env';

export type Db = PrismaClient;
/** A client or an interactive-transaction client: domain functions accept either. */
export type DbTx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export function createPrismaClient(connectionString: string, maxConnections = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: maxConnections }) });
}

const globalForPrisma = globalThis as unknown as { raspaPrisma?: PrismaClient };

export function db(): PrismaClient {
  globalForPrisma.raspaPrisma ??= createPrismaClient(serverEnv().DATABASE_URL);
  return globalForPrisma.raspaPrisma;
}
