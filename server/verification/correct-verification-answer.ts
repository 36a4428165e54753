import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError, forbidden } from '../errors';
import type { Actor } from '../policy';
import { storeEvidenceFile } from './attach-evidence-file';
import { assertMayAnswerTask, lockTask, prepareAnswerPhotos, STANCE_OF_ANSWER } from './answer-verification';
import { ANSWER_CORRECTION_WINDOW_MS, MAX_ANSWER_PHOTOS, correctAnswerInput, type CorrectAnswerInput } from './schema';

/** Until when the verifier may still correct an answer given at `answeredAt`. */
export function correctableUntil(answeredAt: Date): Date {
  return new Date(answeredAt.getTime() + ANSWER_CORRECTION_WINDOW_MS);
}

/**
 * A wrong tap, put right: within ten minutes of answering, the verifier changes the answer or the
 * note and adds or removes photos; the evidence follows in the same transaction, the change is
 * audited with what it replaced, and the task shows moderators that it was corrected. Afterwards
 * the answer is locked (a moderator can still ask again).
 */
export async function correctVerificationAnswer(db: Db, actor: Actor, rawInput: CorrectAnswerInput) {
  const input = correctAnswerInput.parse(rawInput);
  await assertMayAnswerTask(db, actor, input.id);
  const photos = await prepareAnswerPhotos(input.photos);
  return db.$transaction(async (tx) => {
    const request = await lockTask(tx, input.id);
    if (request.assigneeId !== actor.id) throw forbidden('notYourTask');
    if (request.status !== 'ANSWERED' || !request.answer || !request.answeredAt || !request.evidence) throw new DomainError('CONFLICT', 'taskNotAnswered');
    const correctedAt = new Date();
    if (correctedAt.getTime() > correctableUntil(request.answeredAt).getTime()) throw new DomainError('CONFLICT', 'correctionWindowClosed');
    const evidence = request.evidence;
    const ownFiles = new Set(evidence.files.map((file) => file.id));
    const removed = evidence.files.filter((file) => input.removeFileIds.includes(file.id));
    if (input.removeFileIds.some((id) => !ownFiles.has(id))) throw new DomainError('BAD_REQUEST', 'photoNotOnAnswer');
    // A resend of the same correction after a lost response must not attach the same photo twice.
    const keptHashes = new Set(evidence.files.filter((file) => !input.removeFileIds.includes(file.id)).map((file) => file.sha256));
    const added = photos.filter((photo) => !keptHashes.has(photo.sha256));
    if (evidence.files.length - removed.length + added.length > MAX_ANSWER_PHOTOS) throw new DomainError('BAD_REQUEST', 'tooManyPhotos');

    const updated = await tx.verificationRequest.update({
      where: { id: request.id },
      data: { answer: input.answer, answerNote: input.note ?? null, answerCorrectedAt: correctedAt },
      select: { id: true, status: true, answer: true, answerNote: true, answeredAt: true, answerCorrectedAt: true },
    });
    await tx.evidence.update({ where: { id: evidence.id }, data: { excerpt: input.note ?? request.question, stance: STANCE_OF_ANSWER[input.answer] } });
    for (const file of removed) {
      await tx.storedFile.delete({ where: { id: file.id } });
      await recordAuditEvent(tx, { actorId: actor.id, action: 'evidence.file_removed', entityId: evidence.id, before: { rumorId: request.rumorId, fileId: file.id, mimeType: file.mimeType, byteSize: file.byteSize, sha256: file.sha256 } });
    }
    const addedIds: string[] = [];
    for (const file of added) addedIds.push((await storeEvidenceFile(tx, actor, { evidenceId: evidence.id, rumorId: request.rumorId, file })).id);
    const fileIds = [...evidence.files.filter((file) => !input.removeFileIds.includes(file.id)).map((file) => file.id), ...addedIds];
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'verification.answer_corrected',
      entityId: request.id,
      before: { answer: request.answer, note: request.answerNote, fileIds: evidence.files.map((file) => file.id) },
      after: { answer: input.answer, note: input.note ?? null, fileIds, evidenceId: evidence.id },
    });
    return { ...updated, evidenceId: evidence.id, fileIds };
  });
}
