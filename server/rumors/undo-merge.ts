// Undoing a manual merge in one action, from the merged-into rumour's history: every rumour it had
// merged is open again with the status and assignee it had, and gets back exactly what moved with
// it (reports, evidence, verification requests, recorded by mergeRumors); what came to the
// rumour after the merge stays. Sightings, regions and priority are recomputed for all of them.
// Refused once a verdict on the merged rumour was published after the merge (its reporters may
// have been told it), when the rumour is closed, or when the merge was undone already.
import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { readAuditData } from '../audit/actions';
import { DomainError, notFound } from '../errors';
import type { RumorStatus } from '../db/generated/enums';
import type { Actor } from '../policy';
import { loadRumorForAction } from './load-for-action';
import { refreshRumorStats } from './refresh-rumor-stats';
import { undoMergeInput } from './schema';
import { restoreMergedRumor } from './transition-rumor';
import { OPEN_STATUSES } from './workflow';

export async function undoMerge(db: Db, actor: Actor, rawInput: { id: string; eventId: string }) {
  const input = undoMergeInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const event = await tx.auditEvent.findFirst({ where: { id: BigInt(input.eventId), action: 'rumor.merge_received', entityType: 'Rumor', entityId: input.id }, select: { before: true, after: true, createdAt: true } });
    if (!event) throw notFound('Merge');
    const data = readAuditData('rumor.merge_received', event);
    const moved = data?.after.moved;
    if (!data?.before || !moved) throw new DomainError('CONFLICT', 'undoMergeNotRecorded' satisfies MergeUndoRefusal);

    // Lock in id order, as merging does, so an undo and a merge of the same rumours cannot deadlock.
    const loaded = new Map<string, Awaited<ReturnType<typeof loadRumorForAction>>>();
    for (const id of [input.id, ...moved.map((m) => m.rumorId)].sort()) loaded.set(id, await loadRumorForAction(tx, actor, id));
    const target = loaded.get(input.id)!;
    const published = await tx.notice.aggregate({ where: { rumorId: target.id }, _max: { lastPublishedAt: true } });
    const refusal = mergeUndoRefusal({
      targetStatus: target.status,
      event,
      lastPublishedAt: published._max.lastPublishedAt,
      isMergedHere: (id) => loaded.get(id)?.status === 'MERGED' && loaded.get(id)?.mergedIntoId === target.id,
    });
    if (refusal) throw new DomainError('CONFLICT', refusal);

    let returned = 0;
    for (const source of moved) {
      // Only what is still here goes back: a report split off since stays where it is now.
      const reports = await tx.report.updateMany({ where: { id: { in: source.reportIds }, rumorId: target.id }, data: { rumorId: source.rumorId } });
      await tx.evidence.updateMany({ where: { id: { in: source.evidenceIds }, rumorId: target.id }, data: { rumorId: source.rumorId } });
      await tx.verificationRequest.updateMany({ where: { id: { in: source.requestIds }, rumorId: target.id }, data: { rumorId: source.rumorId } });
      const assignee = source.assigneeId ? await tx.user.findFirst({ where: { id: source.assigneeId, active: true }, select: { id: true } }) : null;
      await restoreMergedRumor(tx, actor, { id: source.rumorId, status: 'MERGED', mergedIntoId: target.id }, { status: source.status, assigneeId: assignee?.id ?? null, reportsReturned: reports.count });
      await refreshRumorStats(tx, source.rumorId);
      returned += reports.count;
    }
    // The flags the merge brought, and only those, leave; the regions it had are where a rumour
    // whose reports name none falls back to (refreshRumorStats).
    const current = await tx.rumor.findUniqueOrThrow({ where: { id: target.id }, select: { riskFlags: true } });
    const sourceFlags = await tx.rumor.findMany({ where: { id: { in: moved.map((m) => m.rumorId) } }, select: { riskFlags: true } });
    const brought = new Set(sourceFlags.flatMap((r) => r.riskFlags).filter((flag) => !data.before!.riskFlags.includes(flag)));
    await tx.rumor.update({ where: { id: target.id }, data: { riskFlags: current.riskFlags.filter((flag) => !brought.has(flag)), regionCodes: data.before.regionCodes } });
    await refreshRumorStats(tx, target.id);
    const restored = moved.map((m) => m.rumorId);
    await recordAuditEvent(tx, { actorId: actor.id, action: 'rumor.merge_undone', entityId: target.id, after: { mergeEventId: input.eventId, restored, reportsReturned: returned } });
    return { rumorId: target.id, restored, reportsReturned: returned };
  });
}

export type MergeUndoRefusal = 'undoMergeNotRecorded' | 'undoMergeDone' | 'undoMergeClosed' | 'undoMergeVerdict';

/**
 * Why a merge (its rumor.merge_received event) can no longer be undone, or null: recorded before
 * undo existed; undone already (a rumour it merged no longer points here); the rumour is closed; a
 * notice on it was published after the merge — its recipients were told the answer with the
 * merged reports in it, so those are split out by hand, deliberately, instead.
 */
export function mergeUndoRefusal(input: { targetStatus: RumorStatus; event: { before: unknown; after: unknown; createdAt: Date }; lastPublishedAt: Date | null; isMergedHere: (rumorId: string) => boolean }): MergeUndoRefusal | null {
  const data = readAuditData('rumor.merge_received', input.event);
  if (!data?.before || !data.after.moved) return 'undoMergeNotRecorded';
  if (!data.after.moved.every((m) => input.isMergedHere(m.rumorId))) return 'undoMergeDone';
  if (!(OPEN_STATUSES as readonly RumorStatus[]).includes(input.targetStatus)) return 'undoMergeClosed';
  if (input.lastPublishedAt && input.lastPublishedAt > input.event.createdAt) return 'undoMergeVerdict';
  return null;
}
