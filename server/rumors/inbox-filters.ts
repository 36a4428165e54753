// Turns the inbox filter bar into one Prisma filter. Every condition is index-backed: status +
// priorityScore, regionCodes (GIN), and search through the trigram indexes on
// Report.normalizedText and Rumor.normalizedClaim (LIKE '%…%' is served by gin_trgm_ops).
import type { DbTx } from '../db/client';
import type { Prisma } from '../db/generated/client';
import type { Actor } from '../policy';
import { normalizeReportText } from '../text';
import type { InboxFilters } from './schema';
import { startOfKazakhstanDay } from '../i18n/format';

export const OPEN_STATUSES = ['NEW', 'INVESTIGATING', 'AWAITING_APPROVAL'] as const;
const DEFAULT_STATUSES = [...OPEN_STATUSES, 'PUBLISHED'] as const;

/** A chosen day means that day in Kazakhstan. */
function startOfNextKzDay(day: string): Date {
  return new Date(startOfKazakhstanDay(day).getTime() + 24 * 3600_000);
}

/** LIKE wildcards typed by the moderator are searched for literally. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function isOverdue(rumor: { dueAt: Date | null; status: string }, now: Date): boolean {
  return rumor.dueAt !== null && rumor.dueAt < now && (OPEN_STATUSES as readonly string[]).includes(rumor.status);
}

/**
 * @param searchMatches ids of the rumours the search `q` matches (rumorIdsMatching), when known:
 *   then they stand for the search condition.
 * @param languageMergeIds ids of the rumours needing a language merge (rumorIdsNeedingLanguageMerge),
 *   given when the filter is on.
 */
export function inboxWhere(actor: Actor, filters: InboxFilters, now: Date, searchMatches?: string[] | null, languageMergeIds?: string[]): Prisma.RumorWhereInput[] {
  const and: Prisma.RumorWhereInput[] = [{ status: { in: [...(filters.status ?? DEFAULT_STATUSES)] } }];
  if (filters.regionCode) and.push({ regionCodes: { has: filters.regionCode } });
  if (filters.highRiskOnly) and.push({ highRisk: true });
  if (filters.priority?.length) and.push({ priorityLevel: { in: filters.priority } });
  if (filters.language) and.push({ language: filters.language });
  if (filters.channel) and.push({ reports: { some: { channel: filters.channel } } });
  if (filters.assignee === 'me') and.push({ assigneeId: actor.id });
  else if (filters.assignee === 'unassigned') and.push({ assigneeId: null });
  else if (filters.assignee) and.push({ assigneeId: filters.assignee });
  if (filters.overdue) and.push({ dueAt: { lt: now }, status: { in: [...OPEN_STATUSES] } });
  if (filters.lastSeenFrom) and.push({ lastSeenAt: { gte: startOfKazakhstanDay(filters.lastSeenFrom) } });
  if (filters.lastSeenTo) and.push({ lastSeenAt: { lt: startOfNextKzDay(filters.lastSeenTo) } });
  if (filters.q) and.push(searchMatches ? { id: { in: searchMatches } } : searchWhere(filters.q));
  if (filters.languageMerge) and.push({ id: { in: languageMergeIds ?? [] } });
  return and;
}

/**
 * Search matches the words of any report (normalised the way intake normalises them, so Kazakh
 * typed in Latin finds reports written in Cyrillic) or the moderator-edited claim.
 */
function searchWhere(q: string): Prisma.RumorWhereInput {
  const or: Prisma.RumorWhereInput[] = [{ claim: { contains: escapeLike(q), mode: 'insensitive' } }];
  const key = searchKey(q);
  if (key) {
    const pattern = escapeLike(key);
    or.push({ normalizedClaim: { contains: pattern } }, { reports: { some: { normalizedText: { contains: pattern } } } });
  }
  return { OR: or };
}

/** The search as match key; null when under 3 characters (no trigram to look up: it would scan every report). */
function searchKey(q: string): string | null {
  const key = normalizeReportText(q);
  return key.length >= 3 ? key : null;
}

/** More matching rows than this: the inbox's ordered scan finds the first page sooner (see below). */
const SEARCH_MATCH_CAP = 5000;

/**
 * Ids of the rumours whose claim or any report contains `q` (the same conditions as searchWhere),
 * as a UNION of lookups each served by its own trigram index — written as one OR, the report
 * branch (a semi-join) keeps PostgreSQL from combining the indexes, so every open rumour's claim
 * was matched one by one (bench/moderation.ts). Null when the search matches so much that
 * walking the inbox in priority order with searchWhere fills a page faster.
 */
export async function rumorIdsMatching(db: DbTx, q: string): Promise<string[] | null> {
  const key = searchKey(q);
  const claimPattern = `%${escapeLike(q)}%`;
  const keyPattern = key ? `%${escapeLike(key)}%` : null;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Rumor" WHERE claim ILIKE ${claimPattern}
    UNION ALL
    SELECT id FROM "Rumor" WHERE ${keyPattern}::text IS NOT NULL AND "normalizedClaim" LIKE ${keyPattern}
    UNION ALL
    SELECT "rumorId" FROM "Report" WHERE ${keyPattern}::text IS NOT NULL AND "normalizedText" LIKE ${keyPattern} AND "rumorId" IS NOT NULL
    LIMIT ${SEARCH_MATCH_CAP + 1}`;
  if (rows.length > SEARCH_MATCH_CAP) return null;
  return [...new Set(rows.map((r) => r.id))];
}
