// Reports stored before intake routed them (pending when the clustering_partitions migration was
// applied) go to the region their text names before they are clustered — once — instead of being
// clustered as national, where region-scoped staff would not see their rumour.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RegionCode } from '../regions/codes';
import { setupTestDatabase } from '../testing/database';
import { clusterPendingReports } from './cluster-pending-reports';
import { routeReportsPendingAtMigration } from './route-pending-reports';
import { submitReport } from './submit-report';

const t = setupTestDatabase();
const encryptionKey = Buffer.alloc(32, 7).toString('base64');

/** A report as intake stored it; `unrouted`: as before the migration, with no routed regions. */
async function store(text: string, receivedAt: Date, { unrouted = false, regionCode }: { unrouted?: boolean; regionCode?: RegionCode } = {}): Promise<string> {
  const { report } = await submitReport(t.db, { clientId: randomUUID(), text, regionCode }, { channel: 'API', encryptionKey, now: receivedAt });
  if (unrouted) await t.db.$executeRaw`UPDATE "Report" SET "routedRegionCodes" = '{}' WHERE id = ${report.id}::uuid`;
  return report.id;
}

const routingOf = async (id: string) => {
  const report = await t.db.report.findUniqueOrThrow({ where: { id }, select: { routedRegionCodes: true, rumor: { select: { regionCodes: true } } } });
  return { routed: report.routedRegionCodes, rumour: report.rumor?.regionCodes ?? null };
};

describe('reports pending since the clustering_partitions migration', () => {
  it('are routed by the places their texts name, once, and clustered with that region', async () => {
    const before = Date.parse('2025-06-01T10:00:00Z');
    const zhanaozen = await store('Говорят, в Жанаозене завтра отключат газ на три дня', new Date(before), { unrouted: true });
    const nowhere = await store('Говорят, бензин подорожает вдвое по всей стране с понедельника', new Date(before + 60_000), { unrouted: true });
    const aktau = await store('Слышал, что в Актау с понедельника закроют все рынки', new Date(before + 120_000), { unrouted: true });
    // Stored after the migration, by intake that routes: left as intake decided, whatever it says now.
    const decided = await store('Говорят, в Жанаозене закроют школы на неделю', new Date(), { unrouted: true });

    // Batches of one: every page of the backlog is looked at.
    expect(await routeReportsPendingAtMigration(t.db, { batch: 1 })).toBe(2);
    expect((await routingOf(zhanaozen)).routed).toEqual(['KZ-47']);
    expect((await routingOf(aktau)).routed).toEqual(['KZ-47']);
    expect((await routingOf(nowhere)).routed).toEqual([]);
    expect((await routingOf(decided)).routed).toEqual([]);
    // Again (another worker's start): nothing more to do.
    expect(await routeReportsPendingAtMigration(t.db)).toBe(0);

    while ((await clusterPendingReports(t.db, { limit: 50 })).length > 0);
    // What staff see: the rumour is Mangystau's, not one of no region.
    expect((await routingOf(zhanaozen)).rumour).toEqual(['KZ-47']);
    expect((await routingOf(nowhere)).rumour).toEqual([]);
  });
});
