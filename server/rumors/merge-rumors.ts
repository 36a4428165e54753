// Merging: the sources' reports (sightings), evidence and open verification requests move to the
// target; each source stays as a MERGED record pointing at the target, so old links and tracking
// codes follow to the surviving rumour. Every sighting is counted exactly once afterwards. What
// moved, and what each rumour was before, is recorded with the merge so undoMerge can put it back.
import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError } from '../errors';
import type { Actor } from '../policy';
import { loadRumorForAction } from './load-for-action';
import { refreshRumorStats } from './refresh-rumor-stats';
import { mergeInput } from './schema';
import { transitionRumor } from './transition-rumor';

export async function mergeRumors(db: Db, actor: Actor, rawInput: { targetId: string; sourceIds: string[] }) {
  const input = mergeInput.parse(rawInput);
  const sourceIds = [...new Set(input.sourceIds)];
  if (sourceIds.includes(input.targetId)) throw new DomainError('BAD_REQUEST', 'mergeIntoItself');
  return db.$transaction(async (tx) => {
    // Lock in id order so two merges touching the same rumours cannot deadlock.
    const ordered = [input.targetId, ...sourceIds].sort();
    const loaded = new Map<string, Awaited<ReturnType<typeof loadRumorForAction>>>();
    for (const id of ordered) loaded.set(id, await loadRumorForAction(tx, actor, id));
    const target = loaded.get(input.targetId)!;
    if (target.status === 'MERGED' || target.status === 'DISMISSED') throw new DomainError('CONFLICT', 'mergeTargetClosed');

    const targetBefore = await tx.rumor.findUniqueOrThrow({ where: { id: target.id }, select: { riskFlags: true, regionCodes: true } });
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
    let moved = 0;
    const record = [];
    for (const sourceId of sourceIds) {
      const source = loaded.get(sourceId)!;
      const [reportIds, evidenceIds, requestIds] = await Promise.all([
        tx.report.findMany({ where: { rumorId: sourceId }, select: { id: true } }).then(ids),
        tx.evidence.findMany({ where: { rumorId: sourceId }, select: { id: true } }).then(ids),
        tx.verificationRequest.findMany({ where: { rumorId: sourceId, status: 'OPEN' }, select: { id: true } }).then(ids),
      ]);
      await tx.report.updateMany({ where: { id: { in: reportIds } }, data: { rumorId: target.id } });
      await tx.evidence.updateMany({ where: { id: { in: evidenceIds } }, data: { rumorId: target.id } });
      await tx.verificationRequest.updateMany({ where: { id: { in: requestIds } }, data: { rumorId: target.id } });
      const sourceFlags = await tx.rumor.findUniqueOrThrow({ where: { id: sourceId }, select: { riskFlags: true } });
      const targetFlags = await tx.rumor.findUniqueOrThrow({ where: { id: target.id }, select: { riskFlags: true } });
      await tx.rumor.update({ where: { id: target.id }, data: { riskFlags: [...new Set([...targetFlags.riskFlags, ...sourceFlags.riskFlags])] } });
      await transitionRumor(tx, actor, source, 'MERGED', { intoId: target.id, reportsMoved: reportIds.length });
      record.push({ rumorId: sourceId, status: source.status, assigneeId: source.assigneeId, reportIds, evidenceIds, requestIds });
      moved += reportIds.length;
    }
    await refreshRumorStats(tx, target.id);
    // Its id lets the moderator undo the merge at once, from the message that says it happened.
    const mergeEventId = await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'rumor.merge_received',
      entityId: target.id,
      before: { riskFlags: targetBefore.riskFlags, regionCodes: targetBefore.regionCodes },
      after: { from: sourceIds, reportsMoved: moved, moved: record },
    });
    return { targetId: target.id, reportsMoved: moved, mergeEventId };
  });
}
