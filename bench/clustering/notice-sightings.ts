// The "with sightings" protocol of the search benches (search-sets.ts, evaluate-xlang.ts): a notice
// is published after some reports of its claim arrived, so its rumour holds them — the group's
// first SIGHTINGS_PER_GROUP reports in the order of the set, in whatever languages they are — and
// only the group's OTHER reports are asked as queries (a query that is itself in the rumour would
// find its own copy). Notices published in one language only keep the rumour's reports in all.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../server/db/client';
import type { Language } from '../../server/i18n/languages';
import { loadClaimContext, representClaim } from '../../server/lexicon/represent-claim';
import { normalizeReportText } from '../../server/text';

/** Reports of each group in its notice's rumour before the notice is published. */
export const SIGHTINGS_PER_GROUP = 3;

export type Protocol = 'notices' | 'sightings';

interface SetReport {
  group: string;
  language: Language;
  text: string;
}

/** The reports that are sightings (by index in set.reports): each group's first SIGHTINGS_PER_GROUP. */
export function sightingIndices(reports: readonly SetReport[]): Set<number> {
  const taken = new Map<string, number>();
  const indices = new Set<number>();
  reports.forEach((r, i) => {
    const n = taken.get(r.group) ?? 0;
    if (n < SIGHTINGS_PER_GROUP) indices.add(i);
    taken.set(r.group, n + 1);
  });
  return indices;
}

/** Stores a group's sightings in its rumour, clustered as the worker would store them (concept key, normalised text). */
export async function addSightings(db: Db, rumorId: string, reports: readonly SetReport[], at: Date): Promise<void> {
  const context = await loadClaimContext(db);
  for (const [i, r] of reports.entries()) {
    const normalizedText = normalizeReportText(r.text);
    const { conceptKey } = representClaim(context, { text: r.text, normalizedText, kazakh: r.language === 'kk' });
    await db.report.create({
      data: {
        clientId: randomUUID(), trackingCode: `S${randomUUID().slice(0, 12)}`, channel: 'WEB', rumorId, text: r.text, normalizedText, language: r.language,
        heardAt: at, receivedAt: new Date(at.getTime() - (reports.length - i) * 1000), conceptKey, conceptKeyRevision: context.lexicon.revision,
      },
    });
  }
}
