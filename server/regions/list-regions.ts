import type { Db } from '../db/client';

export async function listRegions(db: Db) {
  return db.region.findMany({
    orderBy: { code: 'asc' },
    select: { code: true, kind: true, nameKk: true, nameRu: true, nameEn: true, lat: true, lng: true },
  });
}

export type RegionListItem = Awaited<ReturnType<typeof listRegions>>[number];
