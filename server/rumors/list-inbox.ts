import type { Db } from '../db/client';
import { reportScopeSql, rumorScopeFilter, type Actor } from '../policy';
import { rumorIdsNeedingLanguageMerge } from './find-language-candidates';
import { inboxWhere, isOverdue, OPEN_STATUSES, rumorIdsMatching } from './inbox-filters';
import { AWAITING_CLUSTERING_CAP, listInboxInput, type ListInboxInput } from './schema';

const RECENT_SIGHTINGS_WINDOW_MS = 6 * 3600_000;

/**
 * Reports stored but not yet grouped into rumours, in the actor's regions (and those naming no
 * region). Normally 0 within a second; in a surge it tells moderators that more is coming.
 */
async function countAwaitingClustering(db: Db, actor: Actor): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM "Report" WHERE "clusteringPending" AND ${reportScopeSql(actor)} LIMIT ${AWAITING_CLUSTERING_CAP + 1}) pending`;
  return row?.n ?? 0;
}

const INBOX_SELECT = {
  id: true,
  claim: true,
  status: true,
  priorityLevel: true,
  priorityScore: true,
  sightingCount: true,
  settlementCount: true,
  regionCodes: true,
  language: true,
  firstSeenAt: true,
  lastSeenAt: true,
  dueAt: true,
  highRisk: true,
  riskFlags: true,
  isDemo: true,
  assigneeId: true,
  assignee: { select: { name: true } },
} as const;

/**
 * Rumours the actor may work on, filtered and paged: open work first (new, investigating, awaiting
 * approval), most urgent on top, then the rest (published today, dismissed…) — a published rumour with
 * many sightings must not push a new critical one down. Each part is paged by (priorityScore, id).
 */
export async function listInboxRumors(db: Db, actor: Actor, rawInput: ListInboxInput = {}, now = new Date()) {
  const input = listInboxInput.parse(rawInput);
  const { cursor } = input;
  const searchMatches = input.q ? await rumorIdsMatching(db, input.q) : null;
  const languageMergeIds = input.languageMerge ? await rumorIdsNeedingLanguageMerge(db, actor) : undefined;
  const filters = [rumorScopeFilter(actor), ...inboxWhere(actor, input, now, searchMatches, languageMergeIds)];
  const cursorOpen = cursor ? (cursor.open ?? true) : true;
  const rows: (Awaited<ReturnType<typeof listPart>>[number] & { open: boolean })[] = [];
  async function listPart(open: boolean, take: number) {
    const after = cursor && cursorOpen === open ? cursor : null;
    return db.rumor.findMany({
      where: {
        AND: [
          ...filters,
          { status: open ? { in: [...OPEN_STATUSES] } : { notIn: [...OPEN_STATUSES] } },
          ...(after ? [{ OR: [{ priorityScore: { lt: after.priorityScore } }, { priorityScore: after.priorityScore, id: { lt: after.id } }] }] : []),
        ],
      },
      orderBy: [{ priorityScore: 'desc' }, { id: 'desc' }],
      take,
      select: INBOX_SELECT,
    });
  }
  for (const open of cursorOpen ? [true, false] : [false]) {
    if (rows.length > input.limit) break;
    rows.push(...(await listPart(open, input.limit + 1 - rows.length)).map((row) => ({ ...row, open })));
  }
  const page = rows.slice(0, input.limit);
  const awaitingClustering = cursor ? 0 : await countAwaitingClustering(db, actor);
  const recent = page.length
    ? await db.report.groupBy({
        by: ['rumorId'],
        where: { rumorId: { in: page.map((r) => r.id) }, receivedAt: { gte: new Date(now.getTime() - RECENT_SIGHTINGS_WINDOW_MS) } },
        _count: { _all: true },
      })
    : [];
  const recentByRumor = new Map(recent.map((r) => [r.rumorId, r._count._all]));
  const last = page.at(-1);
  return {
    items: page.map(({ assignee, open: _open, ...rumor }) => ({
      ...rumor,
      assigneeName: assignee?.name ?? null,
      sightingsLast6h: recentByRumor.get(rumor.id) ?? 0,
      overdue: isOverdue(rumor, now),
    })),
    nextCursor: rows.length > input.limit && last ? { open: last.open, priorityScore: last.priorityScore, id: last.id } : null,
    /** First page only (0 on later pages). */
    awaitingClustering,
  };
}

export type InboxPage = Awaited<ReturnType<typeof listInboxRumors>>;
export type InboxRumor = InboxPage['items'][number];
