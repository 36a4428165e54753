import type { Db } from '../db/client';
import type { EvidenceStance, VerificationAnswer } from '../db/generated/enums';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError, forbidden, notFound } from '../errors';
import { notifyStaff } from '../notifications/notify-staff';
import type { Actor } from '../policy';
import { answerVerificationInput, type AnswerVerificationInput } from './schema';

const STANCE_OF_ANSWER: Record<VerificationAnswer, EvidenceStance> = { CONFIRMS: 'SUPPORTS', DENIES: 'REFUTES', CANNOT_TELL: 'CONTEXT' };

/** The assignee answers their task; the answer becomes (internal) evidence on the rumour in the same transaction. */
export async function answerVerification(db: Db, actor: Actor, rawInput: AnswerVerificationInput) {
  const input = answerVerificationInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "VerificationRequest" WHERE id = ${input.id}::uuid FOR UPDATE`;
    if (!locked) throw notFound('Verification request');
    const request = await tx.verificationRequest.findUniqueOrThrow({
      where: { id: input.id },
      select: { id: true, rumorId: true, assigneeId: true, sourceId: true, question: true, status: true, requestedById: true },
    });
    // Only the person asked may answer — not even an admin answers in a verifier's name.
    if (request.assigneeId !== actor.id) throw forbidden('notYourTask');
    if (request.status !== 'OPEN') throw new DomainError('CONFLICT', 'taskNotOpen');
    const answeredAt = new Date();
    const updated = await tx.verificationRequest.update({
      where: { id: request.id },
      data: { status: 'ANSWERED', answer: input.answer, answerNote: input.note ?? null, answeredAt },
      select: { id: true, status: true, answer: true, answerNote: true, answeredAt: true },
    });
    const evidence = await tx.evidence.create({
      data: {
        rumorId: request.rumorId,
        sourceId: request.sourceId,
        adHocSourceName: request.sourceId ? null : actor.name,
        excerpt: input.note ?? request.question,
        stance: STANCE_OF_ANSWER[input.answer],
        obtainedAt: answeredAt,
        // A verifier on the ground may be identifiable: a moderator decides what becomes public.
        isPublic: false,
        createdById: actor.id,
        verificationRequestId: request.id,
      },
      select: { id: true, stance: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'verification.answered',
      entityId: request.id,
      before: { status: request.status },
      after: { status: updated.status, answer: updated.answer, evidenceId: evidence.id },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'evidence.added',
      entityId: evidence.id,
      after: { rumorId: request.rumorId, verificationRequestId: request.id, stance: evidence.stance, isPublic: false },
    });
    await notifyStaff(tx, { kind: 'VERIFICATION_ANSWERED', rumorId: request.rumorId, recipientIds: [request.requestedById], actorId: actor.id, verificationRequestId: request.id });
    return { ...updated, evidenceId: evidence.id };
  });
}
