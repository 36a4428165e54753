import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError } from '../errors';
import { notifyStaff } from '../notifications/notify-staff';
import { coversRegions, type Actor } from '../policy';
import { loadRumorForAction } from '../rumors/load-for-action';
import { OPEN_STATUSES } from '../rumors/workflow';
import { requestVerificationInput, type RequestVerificationInput } from './schema';

/** Asks one or more field verifiers of the rumour's regions a concrete question, with a deadline. One task each. */
export async function requestVerification(db: Db, actor: Actor, rawInput: RequestVerificationInput) {
  const input = requestVerificationInput.parse(rawInput);
  const assigneeIds = [...new Set(input.assigneeIds)];
  return db.$transaction(async (tx) => {
    const rumor = await loadRumorForAction(tx, actor, input.rumorId);
    if (!(OPEN_STATUSES as readonly string[]).includes(rumor.status)) throw new DomainError('CONFLICT', 'rumorClosed');
    const verifiers = await tx.user.findMany({ where: { id: { in: assigneeIds } }, select: { id: true, role: true, active: true, regionCodes: true, nationalQueue: true } });
    for (const id of assigneeIds) {
      const verifier = verifiers.find((v) => v.id === id);
      if (!verifier || !verifier.active || verifier.role !== 'VERIFIER') throw new DomainError('BAD_REQUEST', 'assigneeNotVerifier');
      // A verifier with no regions covers nothing: they are asked only about their own places.
      if (verifier.regionCodes.length === 0 || !coversRegions(verifier, rumor.regionCodes)) {
        throw new DomainError('BAD_REQUEST', 'assigneeOutOfRegion');
      }
    }
    if (input.settlementId) {
      const settlement = await tx.settlement.findUnique({ where: { id: input.settlementId }, select: { regionCode: true } });
      if (!settlement) throw new DomainError('BAD_REQUEST', 'settlementInvalid');
    }
    const created = [];
    for (const assigneeId of assigneeIds) {
      const request = await tx.verificationRequest.create({
        data: { rumorId: rumor.id, question: input.question, dueAt: input.dueAt, assigneeId, settlementId: input.settlementId ?? null, requestedById: actor.id },
        select: { id: true, rumorId: true, assigneeId: true, question: true, dueAt: true, status: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'verification.requested',
        entityId: request.id,
        after: { rumorId: rumor.id, assigneeId, question: input.question, dueAt: input.dueAt.toISOString(), settlementId: input.settlementId ?? null },
      });
      await notifyStaff(tx, { kind: 'VERIFICATION_REQUESTED', rumorId: rumor.id, recipientIds: [assigneeId], actorId: actor.id, verificationRequestId: request.id });
      created.push(request);
    }
    return created;
  });
}
