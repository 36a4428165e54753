// A report's regions: the one its reporter chose AND those its text names (Report.routedRegionCodes,
// routed at intake), sorted; none is the national queue. They are its clustering partition, the
// regions whose rumours it is compared with (with their neighbours), and what it adds to its
// rumour's regions. The rule lives in the database function report_regions (migration
// report_regions_union: the pending-partition index is built on it); this is the same rule for a
// row already read.
import { Prisma } from '../db/generated/client';

/** report_regions(regionCode, routedRegionCodes) in SQL, over a report row (`alias`, or the bare table). */
export function reportRegionsSql(alias?: string): Prisma.Sql {
  return alias ? Prisma.raw(`report_regions(${alias}."regionCode", ${alias}."routedRegionCodes")`) : Prisma.raw(`report_regions("regionCode", "routedRegionCodes")`);
}

/** The same rule in TypeScript. */
export function reportRegions(regionCode: string | null | undefined, routedRegionCodes: readonly string[]): string[] {
  return [...new Set([...(regionCode ? [regionCode] : []), ...routedRegionCodes])].sort();
}
