import type { Db } from '../db/client';
import type { EvidenceStance, VerificationAnswer } from '../db/generated/enums';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError, forbidden, notFound } from '../errors';
import type { Actor } from '../policy';
import { roundCoordinate } from '../reports/submit-report';
import { prepareEvidenceImage } from './attach-evidence-file';
import { answerVerificationInput, MAX_ANSWER_PHOTOS, type AnswerVerificationInput } from './schema';

export const STANCE_OF_ANSWER: Record<VerificationAnswer, EvidenceStance> = { CONFIRMS: 'SUPPORTS', DENIES: 'REFUTES', CANNOT_TELL: 'CONTEXT' };

/**
 * The assignee answers their task — with a note, up to three photos and, if they say so, where they
 * are; the answer becomes (internal) evidence on the rumour, the photos its files, in one transaction.
 */
export async function answerVerification(db: Db, actor: Actor, rawInput: AnswerVerificationInput, photos: readonly Uint8Array[] = []) {
  const input = answerVerificationInput.parse(rawInput);
  if (photos.length > MAX_ANSWER_PHOTOS) throw new DomainError('BAD_REQUEST', 'tooManyPhotos');
  // Who may answer is checked before the (slow) image processing, and again under the lock below.
  const owner = await db.verificationRequest.findUnique({ where: { id: input.id }, select: { assigneeId: true } });
  if (!owner) throw notFound('Verification request');
  if (owner.assigneeId !== actor.id) throw forbidden('notYourTask');
  // Sniffed, decoded and re-encoded without metadata: a verifier's photo can identify them as a reporter's can.
  const prepared: Awaited<ReturnType<typeof prepareEvidenceImage>>[] = [];
  for (const photo of photos) prepared.push(await prepareEvidenceImage(photo));
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "VerificationRequest" WHERE id = ${input.id}::uuid FOR UPDATE`;
    if (!locked) throw notFound('Verification request');
    const request = await tx.verificationRequest.findUniqueOrThrow({
      where: { id: input.id },
      select: { id: true, rumorId: true, assigneeId: true, sourceId: true, question: true, status: true },
    });
    // Only the person asked may answer — not even an admin answers in a verifier's name.
    if (request.assigneeId !== actor.id) throw forbidden('notYourTask');
    if (request.status !== 'OPEN') throw new DomainError('CONFLICT', 'taskNotOpen');
    const answeredAt = new Date();
    const updated = await tx.verificationRequest.update({
      where: { id: request.id },
      data: {
        status: 'ANSWERED',
        answer: input.answer,
        answerNote: input.note ?? null,
        answeredAt,
        answerLat: input.atPlace ? roundCoordinate(input.atPlace.lat) : null,
        answerLng: input.atPlace ? roundCoordinate(input.atPlace.lng) : null,
      },
      select: { id: true, status: true, answer: true, answerNote: true, answeredAt: true, answerLat: true, answerLng: true },
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
      after: { status: updated.status, answer: updated.answer, evidenceId: evidence.id, photoCount: prepared.length, atPlace: input.atPlace !== undefined },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'evidence.added',
      entityId: evidence.id,
      after: { rumorId: request.rumorId, verificationRequestId: request.id, stance: evidence.stance, isPublic: false },
    });
    // The photos are files of the evidence, so they are shown (and guarded) exactly as other evidence files are.
    const fileIds: string[] = [];
    for (const file of prepared) {
      const stored = await tx.storedFile.create({
        data: { evidenceId: evidence.id, verificationRequestId: request.id, mimeType: file.mimeType, byteSize: file.byteSize, width: file.width, height: file.height, sha256: file.sha256, data: new Uint8Array(file.data) },
        select: { id: true },
      });
      fileIds.push(stored.id);
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'evidence.file_attached',
        entityId: evidence.id,
        after: { rumorId: request.rumorId, fileId: stored.id, mimeType: file.mimeType, byteSize: file.byteSize, sha256: file.sha256 },
      });
    }
    return { ...updated, evidenceId: evidence.id, fileIds };
  });
}
