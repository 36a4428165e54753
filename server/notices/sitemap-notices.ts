// The published notices a search engine should find — a debunk is only useful if the person
// searching for the rumour lands on it. Demo notices and superseded interim ones are left out;
// withdrawn ones too (their pages stay, marked withdrawn, but nobody should be sent to them).
import type { DbTx } from '../db/client';

export interface SitemapNotice {
  slug: string;
  lastModified: Date;
}

export async function listSitemapNotices(db: DbTx, limit = 45_000): Promise<SitemapNotice[]> {
  const rows = await db.notice.findMany({
    where: { status: 'PUBLISHED', supersededById: null, isDemo: false, lastPublishedAt: { not: null } },
    orderBy: { lastPublishedAt: 'desc' },
    take: limit,
    select: { slug: true, lastPublishedAt: true, lastChangedAt: true },
  });
  return rows.map((row) => ({ slug: row.slug, lastModified: row.lastChangedAt ?? row.lastPublishedAt! }));
}
