// A busy but healthy database makes a transaction wait for a connection; it does not fail it.
import { afterAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { createPrismaClient, TRANSACTION_OPTIONS } from './client';

const t = setupTestDatabase();

describe('interactive transactions on a busy pool', () => {
  const clients: ReturnType<typeof createPrismaClient>[] = [];
  afterAll(() => Promise.all(clients.map((c) => c.$disconnect())));

  it('waits for a connection held longer than Prisma’s default 2 s instead of failing', { timeout: 30_000 }, async () => {
    expect(TRANSACTION_OPTIONS.maxWait).toBeGreaterThan(2_000);
    // One connection: the second transaction must wait for the first to finish (~3 s).
    const db = createPrismaClient(t.url, 1);
    clients.push(db);
    await db.$queryRaw`SELECT 1`;
    let release!: () => void;
    const holding = new Promise<void>((resolve) => (release = resolve));
    const first = db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1`;
      await holding;
      return 'first';
    });
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    const second = db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1`;
      return 'second';
    });
    setTimeout(release, 3_000);
    expect(await Promise.all([first, second])).toEqual(['first', 'second']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_500);
  });
});
