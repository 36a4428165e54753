import type { Db } from '../db/client';
import type { Actor } from '../policy';
import { ANSWER_CORRECTION_WINDOW_MS } from './schema';

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
    answerLat: true,
    createdAt: true,
    _count: { select: { files: true } },
    rumor: { select: { id: true, claim: true, regionCodes: true } },
    settlement: { select: { nameKk: true, nameRu: true, nameEn: true, regionCode: true } },
    requestedBy: { select: { name: true } },
  } as const;
  const [open, answered] = await Promise.all([
    db.verificationRequest.findMany({ where: { assigneeId: actor.id, status: 'OPEN' }, orderBy: [{ dueAt: 'asc' }], select }),
    db.verificationRequest.findMany({ where: { assigneeId: actor.id, status: 'ANSWERED' }, orderBy: [{ answeredAt: 'desc' }], take: RECENT_ANSWERED, select }),
  ]);
  return [...open, ...answered].map(({ answerLat, _count, ...task }) => ({
    ...task,
    overdue: task.status === 'OPEN' && task.dueAt.getTime() < now.getTime(),
    atPlace: answerLat !== null,
    photoCount: _count.files,
    // Until then its author may correct it (server/verification/correct-verification-answer.ts).
    correctableUntil: task.answeredAt ? new Date(task.answeredAt.getTime() + ANSWER_CORRECTION_WINDOW_MS) : null,
  }));
}
