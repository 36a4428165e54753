import { randomUUID } from 'node:crypto';
import type { Db, DbTx } from '../db/client';
import type { EvidenceStance, VerificationAnswer } from '../db/generated/enums';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError, forbidden, notFound } from '../errors';
import { notifyStaff } from '../notifications/notify-staff';
import type { Actor } from '../policy';
import { roundCoordinate } from '../reports/submit-report';
import { prepareEvidenceFile, storeEvidenceFile, type PreparedFile } from './attach-evidence-file';
import { answerWithPhotosInput, type AnswerWithPhotosInput } from './schema';

export const STANCE_OF_ANSWER: Record<VerificationAnswer, EvidenceStance> = { CONFIRMS: 'SUPPORTS', DENIES: 'REFUTES', CANNOT_TELL: 'CONTEXT' };

const answerSelect = { id: true, status: true, answer: true, answerNote: true, answeredAt: true, answerCorrectedAt: true } as const;

/** Locks the task row and loads what answering and correcting check. */
export async function lockTask(tx: DbTx, id: string) {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "VerificationRequest" WHERE id = ${id}::uuid FOR UPDATE`;
  if (!locked) throw notFound('Verification request');
  return tx.verificationRequest.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      rumorId: true,
      assigneeId: true,
      sourceId: true,
      question: true,
      status: true,
      answer: true,
      answerNote: true,
      answeredAt: true,
      answerClientId: true,
      requestedById: true,
      evidence: { select: { id: true, files: { orderBy: { createdAt: 'asc' }, select: { id: true, mimeType: true, byteSize: true, sha256: true } } } },
    },
  });
}

/** Cheap checks before the (slow) photo processing, repeated under the lock. */
export async function assertMayAnswerTask(db: Db, actor: Actor, id: string) {
  const task = await db.verificationRequest.findUnique({ where: { id }, select: { assigneeId: true, answerClientId: true } });
  if (!task) throw notFound('Verification request');
  // Only the person asked may answer — not even an admin answers in a verifier's name.
  if (task.assigneeId !== actor.id) throw forbidden('notYourTask');
  return task;
}

/** Every photo through the evidence image pipeline (sniffed, re-encoded, metadata stripped), before any transaction. */
export function prepareAnswerPhotos(photos: Uint8Array[]): Promise<PreparedFile[]> {
  return Promise.all(photos.map((photo) => prepareEvidenceFile(photo, { photosOnly: true })));
}

/**
 * The assignee answers their task, optionally with up to three photos and "I am at the place"; the
 * answer becomes (internal) evidence on the rumour, the photos its files, all in one transaction.
 * The phone's `clientId` makes a resend after a lost response return the first answer unchanged.
 */
export async function answerVerification(db: Db, actor: Actor, rawInput: AnswerWithPhotosInput) {
  const input = answerWithPhotosInput.parse(rawInput);
  const task = await assertMayAnswerTask(db, actor, input.id);
  // A resend of an answer already stored needs no photo processed again.
  const isResend = input.clientId !== undefined && task.answerClientId === input.clientId;
  const photos = isResend ? [] : await prepareAnswerPhotos(input.photos);
  return db.$transaction(async (tx) => {
    const request = await lockTask(tx, input.id);
    if (request.assigneeId !== actor.id) throw forbidden('notYourTask');
    if (input.clientId && request.answerClientId === input.clientId) {
      if (!request.evidence) throw new DomainError('CONFLICT', 'taskNotOpen');
      const replay = await tx.verificationRequest.findUniqueOrThrow({ where: { id: request.id }, select: answerSelect });
      return { ...replay, evidenceId: request.evidence.id, fileIds: request.evidence.files.map((file) => file.id), replayed: true };
    }
    if (request.status !== 'OPEN') throw new DomainError('CONFLICT', 'taskNotOpen');
    if (input.clientId) {
      // The same key on another task is a client bug: refuse rather than answer this one silently.
      const usedElsewhere = await tx.verificationRequest.findUnique({ where: { answerClientId: input.clientId }, select: { id: true } });
      if (usedElsewhere) throw new DomainError('CONFLICT', 'taskNotOpen');
    }
    const answeredAt = new Date();
    const updated = await tx.verificationRequest.update({
      where: { id: request.id },
      data: {
        status: 'ANSWERED',
        answer: input.answer,
        answerNote: input.note ?? null,
        answeredAt,
        answerClientId: input.clientId ?? null,
        // Rounded here whatever the phone sent, with the rule report locations follow (about 1 km).
        answerLat: input.location ? roundCoordinate(input.location.lat) : null,
        answerLng: input.location ? roundCoordinate(input.location.lng) : null,
      },
      select: answerSelect,
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
    // The trail reads: answered (with its photos), then the evidence it became, then each photo on it.
    const fileIds = photos.map(() => randomUUID());
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'verification.answered',
      entityId: request.id,
      before: { status: request.status },
      after: { status: updated.status, answer: updated.answer, evidenceId: evidence.id, atPlace: Boolean(input.location), fileIds },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'evidence.added',
      entityId: evidence.id,
      after: { rumorId: request.rumorId, verificationRequestId: request.id, stance: evidence.stance, isPublic: false },
    });
    for (const [index, file] of photos.entries()) await storeEvidenceFile(tx, actor, { evidenceId: evidence.id, rumorId: request.rumorId, file, id: fileIds[index] });
    await notifyStaff(tx, { kind: 'VERIFICATION_ANSWERED', rumorId: request.rumorId, recipientIds: [request.requestedById], actorId: actor.id, verificationRequestId: request.id });
    return { ...updated, evidenceId: evidence.id, fileIds, replayed: false };
  });
}
