// A busy but healthy database makes a transaction wait for a connection; it does not fail it.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { createPrismaClient, queryRows, TRANSACTION_OPTIONS } from './client';
import { Prisma } from './generated/client';

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

describe('queryRows: a statement read straight from the client’s pool', () => {
  const clients: ReturnType<typeof createPrismaClient>[] = [];
  afterAll(() => Promise.all(clients.map((c) => c.$disconnect())));
  afterEach(() => vi.unstubAllEnvs());

  it('returns the rows $queryRaw returns, times as UTC whatever the server’s time zone, before the first query and after a disconnect', async () => {
    // node-postgres reads a timestamp without time zone in local time: Almaty's would be 5 h off
    vi.stubEnv('TZ', 'Asia/Almaty');
    const db = createPrismaClient(t.url, 1);
    clients.push(db);
    const at = new Date('2026-03-01T23:30:05.120Z');
    const sql = Prisma.sql`
      SELECT ${at}::timestamp AS "receivedAt", ${at}::timestamptz AS "withZone", '2026-03-04'::date AS day, 9007199254740993::int8 AS big,
             0.4::float8 AS score, 7::int4 AS count, true AS yes, NULL::text AS nothing, ${['ru', 'kk "x"']}::text[] AS languages,
             jsonb_build_array(jsonb_build_object('text', 'Ақтау', 'score', 0.25)) AS sightings, 'ru'::"Language"::text AS language`;
    const direct = await queryRows<Record<string, unknown>>(db, sql);
    expect(direct).toEqual(await db.$queryRaw<Record<string, unknown>[]>(sql));
    expect(direct[0]).toMatchObject({ receivedAt: at, withZone: at, day: new Date('2026-03-04T00:00:00Z'), big: 9007199254740993n, languages: ['ru', 'kk "x"'], sightings: [{ text: 'Ақтау', score: 0.25 }] });
    await db.$disconnect();
    expect(await queryRows(db, Prisma.sql`SELECT ${at}::timestamp AS at`)).toEqual([{ at }]);
  });

  it('refuses a column it would read otherwise than $queryRaw (a numeric, an enum) instead of returning it changed', async () => {
    const db = createPrismaClient(t.url, 1);
    clients.push(db);
    await expect(queryRows(db, Prisma.sql`SELECT 1.50::numeric AS amount`)).rejects.toThrow(/"amount"/);
    await expect(queryRows(db, Prisma.sql`SELECT 'ru'::"Language" AS language`)).rejects.toThrow(/"language"/);
  });
});
