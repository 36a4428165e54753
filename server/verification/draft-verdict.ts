import type { Db, DbTx } from '../db/client';
import type { RumorStatus } from '../db/generated/enums';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError } from '../errors';
import { eligibleApprovers, notifyStaff } from '../notifications/notify-staff';
import type { Actor } from '../policy';
import { loadRumorForAction } from '../rumors/load-for-action';
import { transitionRumor } from '../rumors/transition-rumor';
import { draftVerdictInput, verdictsNeedingEvidence, type DraftVerdictInput } from './schema';

/** Four eyes: a high-risk rumour, or one touching a region that asks for it, needs a second moderator. */
export async function needsSecondApproval(tx: DbTx, rumor: { highRisk: boolean; regionCodes: string[] }): Promise<boolean> {
  if (rumor.highRisk) return true;
  if (rumor.regionCodes.length === 0) return false;
  return (await tx.region.count({ where: { code: { in: rumor.regionCodes }, requiresApproval: true } })) > 0;
}

/**
 * Drafts the verdict on a rumour under investigation. When a second approval is needed the draft
 * and the rumour wait for it; otherwise the draft is approved at once and the rumour stays
 * INVESTIGATING, ready for the publishing step.
 */
export async function draftVerdict(db: Db, actor: Actor, rawInput: DraftVerdictInput) {
  const input = draftVerdictInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const rumor = await loadRumorForAction(tx, actor, input.rumorId);
    if (rumor.status !== 'INVESTIGATING') throw new DomainError('CONFLICT', 'rumorNotInvestigating');
    if (verdictsNeedingEvidence.includes(input.verdict) && (await tx.evidence.count({ where: { rumorId: rumor.id } })) === 0) {
      throw new DomainError('BAD_REQUEST', 'evidenceRequired');
    }
    const secondApproval = await needsSecondApproval(tx, rumor);
    const now = new Date();
    const draft = await tx.verdictDraft.create({
      data: {
        rumorId: rumor.id,
        verdict: input.verdict,
        rationale: input.rationale,
        draftedById: actor.id,
        ...(secondApproval ? { status: 'AWAITING_APPROVAL' } : { status: 'APPROVED', reviewedById: actor.id, reviewedAt: now }),
      },
      select: { id: true, rumorId: true, verdict: true, rationale: true, status: true, draftedById: true, reviewedById: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: secondApproval ? 'verdict.drafted' : 'verdict.self_approved',
      entityId: draft.id,
      after: { rumorId: rumor.id, verdict: draft.verdict, status: draft.status, rationale: draft.rationale },
    });
    let rumorStatus: RumorStatus = rumor.status;
    if (secondApproval) {
      rumorStatus = (await transitionRumor(tx, actor, rumor, 'AWAITING_APPROVAL', { verdictDraftId: draft.id })).status;
      // Any eligible approver may take it: all of them are told, and told again it is settled once one has.
      await notifyStaff(tx, { kind: 'APPROVAL_REQUESTED', rumorId: rumor.id, recipientIds: await eligibleApprovers(tx, rumor, actor.id), actorId: actor.id });
    }
    return { draft, rumorStatus, needsSecondApproval: secondApproval };
  });
}
