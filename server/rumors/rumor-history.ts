// The rumour's audit trail as the page shows it, newest first, with who did it: its own events,
// those of its reports (including reports split out of it or merged into it), and those of its
// evidence, field verification requests, verdict drafts and notices. Each event comes with the
// message keys that say it in words (server/audit/actions.ts), never as a raw action name. A manual
// merge that can still be undone says so (undoMerge), for the page's "Undo this merge".
import { auditActionMessageKey, auditActorMessageKey, isAuditAction, readAuditData, type AuditEntityType } from '../audit/actions';
import type { Db } from '../db/client';
import type { RumorStatus, Verdict } from '../db/generated/enums';
import { notFound } from '../errors';
import { assertCoversRegions, type Actor } from '../policy';
import { rumorIdInput } from './schema';
import { mergeUndoRefusal } from './undo-merge';

const HISTORY_LIMIT = 200;

/** What the line shows besides the action: a status move, or the verdict an event is about. */
function detailsOf(action: string, stored: { before: unknown; after: unknown }): { statusChange: { from: RumorStatus; to: RumorStatus } | null; verdict: Verdict | null } {
  const none = { statusChange: null, verdict: null };
  if (!isAuditAction(action)) return none;
  switch (action) {
    case 'rumor.status_changed':
    case 'rumor.dismissed':
    case 'rumor.merged': {
      const data = readAuditData(action, stored);
      return data ? { statusChange: { from: data.before.status, to: data.after.status }, verdict: null } : none;
    }
    case 'verdict.drafted':
    case 'verdict.self_approved':
    case 'notice.published':
    case 'notice.correction_published': {
      const data = readAuditData(action, stored);
      return data ? { statusChange: null, verdict: data.after.verdict } : none;
    }
    default:
      return none;
  }
}

export async function getRumorHistory(db: Db, actor: Actor, rawInput: { id: string }) {
  const { id } = rumorIdInput.parse(rawInput);
  const ids = { select: { id: true } } as const;
  const rumor = await db.rumor.findUnique({
    where: { id },
    select: { status: true, regionCodes: true, reports: ids, evidence: ids, verificationRequests: ids, verdictDrafts: ids, notices: ids },
  });
  if (!rumor) throw notFound('Rumour');
  assertCoversRegions(actor, rumor.regionCodes);
  const of = (entityType: AuditEntityType, rows: { id: string }[]) => ({ entityType, entityId: { in: rows.map((r) => r.id) } });
  const events = await db.auditEvent.findMany({
    where: {
      OR: [
        { entityType: 'Rumor' satisfies AuditEntityType, entityId: id },
        of('Report', rumor.reports),
        of('Evidence', rumor.evidence),
        of('VerificationRequest', rumor.verificationRequests),
        of('VerdictDraft', rumor.verdictDrafts),
        of('Notice', rumor.notices),
        // Reports split out of this rumour no longer belong to it but their move is part of its story.
        // Only report.split records a report's former rumour; naming the action lets the
        // (action, createdAt) index find them instead of reading every audit event's JSON.
        { entityType: 'Report' satisfies AuditEntityType, action: 'report.split', before: { path: ['rumorId'], equals: id } },
      ],
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: HISTORY_LIMIT,
    select: { id: true, action: true, entityType: true, entityId: true, before: true, after: true, createdAt: true, actorLabel: true, actor: { select: { name: true } } },
  });
  // Whether each merge into this rumour can still be undone: the rumours it merged still point here
  // and no notice was published since (the same rule undoMerge enforces).
  const merges = events.some((e) => e.action === 'rumor.merge_received');
  const [mergedHere, published] = merges
    ? await Promise.all([
        db.rumor.findMany({ where: { mergedIntoId: id, status: 'MERGED' }, select: { id: true } }),
        db.notice.aggregate({ where: { rumorId: id }, _max: { lastPublishedAt: true } }),
      ])
    : [[], null];
  const here = new Set(mergedHere.map((r) => r.id));
  const undoable = (e: (typeof events)[number]) =>
    e.action === 'rumor.merge_received' &&
    mergeUndoRefusal({ targetStatus: rumor.status, event: e, lastPublishedAt: published?._max.lastPublishedAt ?? null, isMergedHere: (source) => here.has(source) }) === null;
  return events.map((e) => ({
    id: e.id.toString(),
    action: e.action,
    /** The action in words: a key under `audit` in messages/*.json. */
    message: auditActionMessageKey(e.action),
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before,
    // What a merge moved is for undoing it, not for the page (it may list thousands of reports).
    after: e.action === 'rumor.merge_received' && e.after && typeof e.after === 'object' ? { ...(e.after as Record<string, unknown>), moved: undefined } : e.after,
    undoMerge: undoable(e),
    createdAt: e.createdAt,
    actorName: e.actor?.name ?? e.actorLabel ?? 'system',
    /** False for citizens, gateways and the system itself, whose labels the page translates. */
    byStaff: e.actor !== null,
    /** For those: who acted, in words. */
    actorMessage: e.actor ? null : auditActorMessageKey(e.actorLabel ?? 'system'),
    ...detailsOf(e.action, e),
  }));
}

export type RumorHistoryEvent = Awaited<ReturnType<typeof getRumorHistory>>[number];
