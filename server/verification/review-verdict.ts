import type { Db } from '../db/client';
import type { RumorStatus } from '../db/generated/enums';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError, forbidden, notFound } from '../errors';
import { notifyStaff, settleApprovalRequests } from '../notifications/notify-staff';
import type { Actor } from '../policy';
import { loadRumorForAction } from '../rumors/load-for-action';
import { transitionRumor } from '../rumors/transition-rumor';
import { reviewVerdictInput, type ReviewVerdictInput } from './schema';

/**
 * The second pair of eyes: another moderator of the rumour's region (or an admin) approves the
 * draft, or returns it with a comment, which sends the rumour back to INVESTIGATING.
 */
export async function reviewVerdict(db: Db, actor: Actor, rawInput: ReviewVerdictInput) {
  const input = reviewVerdictInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const found = await tx.verdictDraft.findUnique({ where: { id: input.draftId }, select: { rumorId: true } });
    if (!found) throw notFound('Verdict draft');
    // Lock the rumour first (the same order as every other rumour action), then the draft.
    const rumor = await loadRumorForAction(tx, actor, found.rumorId);
    await tx.$queryRaw`SELECT id FROM "VerdictDraft" WHERE id = ${input.draftId}::uuid FOR UPDATE`;
    const draft = await tx.verdictDraft.findUniqueOrThrow({ where: { id: input.draftId }, select: { id: true, status: true, draftedById: true, verdict: true } });
    if (draft.draftedById === actor.id) throw forbidden('fourEyes');
    if (draft.status !== 'AWAITING_APPROVAL' || rumor.status !== 'AWAITING_APPROVAL') throw new DomainError('CONFLICT', 'draftNotAwaitingApproval');

    const approve = input.decision === 'approve';
    const reviewed = await tx.verdictDraft.update({
      where: { id: draft.id },
      data: { status: approve ? 'APPROVED' : 'RETURNED', reviewedById: actor.id, reviewedAt: new Date(), reviewComment: input.comment ?? null },
      select: { id: true, rumorId: true, verdict: true, status: true, draftedById: true, reviewedById: true, reviewComment: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: approve ? 'verdict.approved' : 'verdict.returned',
      entityId: draft.id,
      before: { status: draft.status },
      after: { status: reviewed.status, comment: reviewed.reviewComment },
    });
    let rumorStatus: RumorStatus = rumor.status;
    if (!approve) rumorStatus = (await transitionRumor(tx, actor, rumor, 'INVESTIGATING', { verdictDraftId: draft.id, comment: reviewed.reviewComment })).status;
    await settleApprovalRequests(tx, rumor.id);
    await notifyStaff(tx, { kind: approve ? 'VERDICT_APPROVED' : 'VERDICT_RETURNED', rumorId: rumor.id, recipientIds: [reviewed.draftedById], actorId: actor.id });
    // Approved: the rumour stays AWAITING_APPROVAL until the publishing step publishes the notice.
    return { draft: reviewed, rumorStatus };
  });
}
