import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError, forbidden, notFound } from '../errors';
import type { Actor } from '../policy';
import { STANCE_OF_ANSWER } from './answer-verification';
import { ANSWER_CORRECTION_WINDOW_MS, correctVerificationAnswerInput, type CorrectVerificationAnswerInput } from './schema';

/**
 * A wrong tap, put right: the answer's author may change its answer and note for ten minutes after
 * sending it (the evidence it became follows); after that it is locked, and a moderator reads what was sent.
 */
export async function correctVerificationAnswer(db: Db, actor: Actor, rawInput: CorrectVerificationAnswerInput, now = new Date()) {
  const input = correctVerificationAnswerInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "VerificationRequest" WHERE id = ${input.id}::uuid FOR UPDATE`;
    if (!locked) throw notFound('Verification request');
    const request = await tx.verificationRequest.findUniqueOrThrow({
      where: { id: input.id },
      select: { id: true, assigneeId: true, status: true, answer: true, answerNote: true, answeredAt: true, question: true, evidence: { select: { id: true } } },
    });
    if (request.assigneeId !== actor.id) throw forbidden('notYourTask');
    if (request.status !== 'ANSWERED' || !request.answeredAt || !request.answer) throw new DomainError('CONFLICT', 'taskNotAnswered');
    if (now.getTime() - request.answeredAt.getTime() > ANSWER_CORRECTION_WINDOW_MS) throw new DomainError('CONFLICT', 'answerLocked');
    const note = input.note ?? null;
    const updated = await tx.verificationRequest.update({
      where: { id: request.id },
      data: { answer: input.answer, answerNote: note },
      select: { id: true, status: true, answer: true, answerNote: true, answeredAt: true },
    });
    if (request.evidence) {
      await tx.evidence.update({ where: { id: request.evidence.id }, data: { stance: STANCE_OF_ANSWER[input.answer], excerpt: note ?? request.question } });
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'verification.answer_corrected',
      entityId: request.id,
      before: { answer: request.answer, note: request.answerNote },
      after: { answer: input.answer, note },
    });
    return updated;
  });
}
