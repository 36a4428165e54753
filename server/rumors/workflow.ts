// The rumour lifecycle, enforced on the server:
//   NEW → INVESTIGATING → AWAITING_APPROVAL → PUBLISHED
//   NEW | INVESTIGATING | AWAITING_APPROVAL → DISMISSED (with a reason) or MERGED (into another)
//   AWAITING_APPROVAL → INVESTIGATING (sent back by the approver)
//   INVESTIGATING → PUBLISHED directly only when no second approval is required (decided by the
//   verdict use case, which is the only caller allowed to publish)
//   DISMISSED → INVESTIGATING (reopened)   PUBLISHED → INVESTIGATING (new evidence; a correction follows)
//   MERGED → the open status it had before, only by undoing that merge (undo-merge.ts, assertUnmerge)
// ALLOWED below is the one table of these moves; transitionRumor (transition-rumor.ts), the only
// writer of Rumor.status, checks every move against it. A new move is a row here plus a call.
import type { RumorStatus } from '../db/generated/enums';
import { DomainError } from '../errors';

const ALLOWED: Record<RumorStatus, readonly RumorStatus[]> = {
  NEW: ['INVESTIGATING', 'DISMISSED', 'MERGED'],
  INVESTIGATING: ['AWAITING_APPROVAL', 'PUBLISHED', 'DISMISSED', 'MERGED'],
  AWAITING_APPROVAL: ['INVESTIGATING', 'PUBLISHED', 'DISMISSED', 'MERGED'],
  PUBLISHED: ['INVESTIGATING'],
  DISMISSED: ['INVESTIGATING'],
  MERGED: [],
};

export function canTransition(from: RumorStatus, to: RumorStatus): boolean {
  return ALLOWED[from].includes(to);
}

export function assertTransition(from: RumorStatus, to: RumorStatus): void {
  if (!canTransition(from, to)) throw new DomainError('CONFLICT', `A rumour cannot go from ${from} to ${to}.`);
}

/** Statuses in which a rumour is still being worked on. */
export const OPEN_STATUSES = ['NEW', 'INVESTIGATING', 'AWAITING_APPROVAL'] as const satisfies readonly RumorStatus[];

/** Undoing a merge is the one way out of MERGED, and only back to an open status (the one it had). */
export function assertUnmerge(from: RumorStatus, to: RumorStatus): void {
  if (from !== 'MERGED' || !(OPEN_STATUSES as readonly RumorStatus[]).includes(to)) throw new DomainError('CONFLICT', `A rumour cannot go back from ${from} to ${to}.`);
}
