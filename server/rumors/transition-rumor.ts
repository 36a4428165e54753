// The one writer of Rumor.status. Every use case that moves a rumour (starting an investigation,
// dismissing, merging, a verdict waiting for approval or sent back, a notice published) calls this
// inside its own transaction: the move is checked against the lifecycle table (workflow.ts), the
// status is written with what belongs to it, and the change is audited in the same transaction.
import type { AuditAction, AuditAfter } from '../audit/actions';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { DbTx } from '../db/client';
import type { DismissReason, RumorStatus } from '../db/generated/enums';
import type { Prisma } from '../db/generated/client';
import type { Actor } from '../policy';
import { assertTransition, assertUnmerge } from './workflow';

/** What a move to each status needs, and records with it. No move leads back to NEW. */
export interface RumorTransitionDetails {
  INVESTIGATING: {
    /** Starting an investigation by hand: whoever does it owns the rumour unless someone already does. */
    claimIfUnassigned?: boolean;
    /** Sent back by the second moderator: the draft they returned, and why. */
    verdictDraftId?: string;
    comment?: string | null;
    /** Reopened because its notice was withdrawn: the verdict is off the table again. */
    withdrawnNoticeId?: string;
  };
  AWAITING_APPROVAL: { verdictDraftId: string };
  PUBLISHED: { noticeId: string };
  DISMISSED: { reason: DismissReason; note?: string | null };
  MERGED: { intoId: string; reportsMoved: number };
}
export type RumorTransitionTarget = keyof RumorTransitionDetails;

/** The rumour as the acting use case loaded (and locked) it. */
export interface RumorBeforeTransition {
  id: string;
  status: RumorStatus;
  assigneeId?: string | null;
  dismissReason?: DismissReason | null;
}

const AUDIT_ACTION = {
  INVESTIGATING: 'rumor.status_changed',
  AWAITING_APPROVAL: 'rumor.status_changed',
  PUBLISHED: 'rumor.status_changed',
  DISMISSED: 'rumor.dismissed',
  MERGED: 'rumor.merged',
} as const satisfies Record<RumorTransitionTarget, AuditAction>;

type TransitionAction = (typeof AUDIT_ACTION)[RumorTransitionTarget];

/** The columns a status brings with it, and what the audit trail records about the move. */
function effectsOf<To extends RumorTransitionTarget>(actor: Actor | null, rumor: RumorBeforeTransition, to: To, details: RumorTransitionDetails[To]) {
  // Only a dismissed rumour has a dismissal reason: reopening one clears it.
  const data: Prisma.RumorUncheckedUpdateInput = { status: to, dismissReason: null, dismissNote: null };
  let after: AuditAfter<TransitionAction>;
  switch (to) {
    case 'INVESTIGATING': {
      const d = details as RumorTransitionDetails['INVESTIGATING'];
      if (d.claimIfUnassigned && !rumor.assigneeId && actor) data.assigneeId = actor.id;
      after = { status: to, ...(d.verdictDraftId ? { verdictDraftId: d.verdictDraftId, comment: d.comment ?? null } : {}), ...(d.withdrawnNoticeId ? { withdrawnNoticeId: d.withdrawnNoticeId } : {}) };
      break;
    }
    case 'AWAITING_APPROVAL':
      after = { status: to, verdictDraftId: (details as RumorTransitionDetails['AWAITING_APPROVAL']).verdictDraftId };
      break;
    case 'PUBLISHED':
      after = { status: to, noticeId: (details as RumorTransitionDetails['PUBLISHED']).noticeId };
      break;
    case 'DISMISSED': {
      const d = details as RumorTransitionDetails['DISMISSED'];
      Object.assign(data, { dismissReason: d.reason, dismissNote: d.note ?? null });
      after = { status: 'DISMISSED', dismissReason: d.reason, ...(d.note ? { note: d.note } : {}) };
      break;
    }
    default: {
      const d = details as RumorTransitionDetails['MERGED'];
      // A merged rumour is an empty pointer to the survivor: its sightings now count there.
      Object.assign(data, { mergedIntoId: d.intoId, sightingCount: 0, settlementCount: 0, assigneeId: null, lockedById: null, lockedUntil: null });
      after = { status: 'MERGED', mergedIntoId: d.intoId, reportsMoved: d.reportsMoved };
    }
  }
  return { data, after };
}

/**
 * Moves a rumour to `to`: refuses a move the lifecycle does not allow (CONFLICT), writes the new
 * status with what belongs to it, and audits who did it, from what and why.
 */
export async function transitionRumor<To extends RumorTransitionTarget>(tx: DbTx, /** null: the system (the clusterer merging a claim split early). */ actor: Actor | null, rumor: RumorBeforeTransition, to: To, details: RumorTransitionDetails[To]) {
  assertTransition(rumor.status, to);
  const { data, after } = effectsOf(actor, rumor, to, details);
  const updated = await tx.rumor.update({ where: { id: rumor.id }, data, select: { id: true, status: true, assigneeId: true, dismissReason: true } });
  await recordAuditEvent<TransitionAction>(tx, {
    actorId: actor?.id ?? null,
    action: AUDIT_ACTION[to],
    entityId: rumor.id,
    before: { status: rumor.status, ...(rumor.dismissReason ? { dismissReason: rumor.dismissReason } : {}) },
    after,
  });
  return updated;
}

/**
 * Undoing a merge: the merged rumour gets back the open status and the assignee it had
 * (assertUnmerge), no longer points at the rumour it was merged into, and the move is audited.
 */
export async function restoreMergedRumor(tx: DbTx, actor: Actor, rumor: { id: string; status: RumorStatus; mergedIntoId: string }, back: { status: RumorStatus; assigneeId: string | null; reportsReturned: number }) {
  assertUnmerge(rumor.status, back.status);
  await tx.rumor.update({ where: { id: rumor.id }, data: { status: back.status, mergedIntoId: null, assigneeId: back.assigneeId } });
  await recordAuditEvent(tx, {
    actorId: actor.id,
    action: 'rumor.unmerged',
    entityId: rumor.id,
    before: { status: 'MERGED', mergedIntoId: rumor.mergedIntoId },
    after: { status: back.status, reportsReturned: back.reportsReturned },
  });
}
