// A report's regions are one rule in two places — the SQL function the pending-partition index is
// built on, and reportRegions for a row already read — and they must agree to the order of the
// codes: the clusterer compares partitions as arrays (cluster-pending-reports.ts).
import { describe, expect, it } from 'vitest';
import { Prisma } from '../db/generated/client';
import { setupTestDatabase } from '../testing/database';
import { reportRegions, reportRegionsSql } from './report-regions';

const t = setupTestDatabase();

describe('a report’s regions', () => {
  it('are the chosen region and the named ones, sorted, the same in SQL and TypeScript', async () => {
    const cases: [string | null, string[]][] = [
      [null, []],
      [null, ['KZ-47', 'KZ-79']],
      ['KZ-75', []],
      ['KZ-75', ['KZ-39']],
      ['KZ-39', ['KZ-39']],
      ['KZ-47', ['KZ-23', 'KZ-79']],
    ];
    for (const [region, routed] of cases) {
      const [row] = await t.db.$queryRaw<{ regions: string[] }[]>`SELECT report_regions(${region}::text, ${routed}::text[]) AS regions`;
      expect(row!.regions).toEqual(reportRegions(region, routed));
    }
    expect(reportRegions('KZ-47', ['KZ-23', 'KZ-79'])).toEqual(['KZ-23', 'KZ-47', 'KZ-79']);
    expect(reportRegions(null, [])).toEqual([]);
  });

  it('find the oldest pending partition through the pending-partition index (the same expression)', async () => {
    const plan = await t.db.$transaction(async (tx) => {
      // The table is nearly empty here: only an expression that matches the index can avoid a scan.
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      const sql = Prisma.sql`SELECT ${reportRegionsSql()} FROM "Report" WHERE "clusteringPending" ORDER BY 1 LIMIT 1`;
      return tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${sql.text}`, ...sql.values);
    });
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    expect(text).toContain('Report_clustering_partition_idx');
    expect(text).not.toContain('Sort');
  });
});
