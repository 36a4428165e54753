import type { Db } from '../db/client';
import type { Actor } from '../policy';
import { correctableUntil } from './correct-verification-answer';

const RECENT_ANSWERED = 20;

/** A field verifier's tasks: open ones first (earliest deadline first, overdue flagged), then the latest answered. */
export async function listMyTasks(db: Db, actor: Actor, now = new Date()) {
  const select = {
    id: true,
    question: true,
    dueAt: true,
    status: true,
    answer: true,
    answerNote: true,
    answeredAt: true,
    answerClientId: true,
    answerCorrectedAt: true,
    answerLat: true,
    answerLng: true,
    createdAt: true,
    // The verifier's own photos, listed (not shown: the file route is for the rumour's moderators) so a wrong one can be removed.
    evidence: { select: { files: { orderBy: { createdAt: 'asc' }, select: { id: true, byteSize: true } } } },
    rumor: { select: { id: true, claim: true, regionCodes: true } },
    settlement: { select: { nameKk: true, nameRu: true, nameEn: true, regionCode: true } },
    requestedBy: { select: { name: true } },
  } as const;
  const [open, answered] = await Promise.all([
    db.verificationRequest.findMany({ where: { assigneeId: actor.id, status: 'OPEN' }, orderBy: [{ dueAt: 'asc' }], select }),
    db.verificationRequest.findMany({ where: { assigneeId: actor.id, status: 'ANSWERED' }, orderBy: [{ answeredAt: 'desc' }], take: RECENT_ANSWERED, select }),
  ]);
  return [...open, ...answered].map(({ evidence, ...task }) => {
    const until = task.answeredAt ? correctableUntil(task.answeredAt) : null;
    return {
      ...task,
      photos: evidence?.files ?? [],
      overdue: task.status === 'OPEN' && task.dueAt.getTime() < now.getTime(),
      correctableUntil: until && until.getTime() > now.getTime() ? until : null,
    };
  });
}
