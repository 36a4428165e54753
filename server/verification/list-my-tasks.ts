import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import type { Actor } from '../policy';
import { correctableUntil } from './correct-verification-answer';
import { MY_TASKS_PAGE_SIZE, myTasksInput, type MyTasksInput } from './schema';

const RECENT_ANSWERED = 20;

const TASK_SELECT = {
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
} as const satisfies Prisma.VerificationRequestSelect;

/**
 * A field verifier's tasks, a page at a time: open ones earliest deadline first (overdue flagged),
 * paged by (dueAt, id) so a task answered or added meanwhile neither repeats nor hides one; with the
 * number open and overdue, and on the first page the latest answered. Only the actor's own tasks.
 */
export async function listMyTasks(db: Db, actor: Actor, rawInput?: MyTasksInput, now = new Date()) {
  const after = myTasksInput.parse(rawInput)?.cursor ?? null;
  const mine = { assigneeId: actor.id, status: 'OPEN' } as const;
  const [rows, openCount, overdueCount, answered] = await Promise.all([
    db.verificationRequest.findMany({
      where: { ...mine, ...(after ? { OR: [{ dueAt: { gt: after.dueAt } }, { dueAt: after.dueAt, id: { gt: after.id } }] } : {}) },
      orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
      take: MY_TASKS_PAGE_SIZE + 1,
      select: TASK_SELECT,
    }),
    db.verificationRequest.count({ where: mine }),
    db.verificationRequest.count({ where: { ...mine, dueAt: { lt: now } } }),
    after
      ? []
      : db.verificationRequest.findMany({ where: { assigneeId: actor.id, status: 'ANSWERED' }, orderBy: [{ answeredAt: 'desc' }], take: RECENT_ANSWERED, select: TASK_SELECT }),
  ]);
  const open = rows.slice(0, MY_TASKS_PAGE_SIZE);
  const last = open.at(-1);
  const asTask = ({ evidence, ...task }: (typeof rows)[number]) => {
    const until = task.answeredAt ? correctableUntil(task.answeredAt) : null;
    return {
      ...task,
      photos: evidence?.files ?? [],
      overdue: task.status === 'OPEN' && task.dueAt.getTime() < now.getTime(),
      correctableUntil: until && until.getTime() > now.getTime() ? until : null,
    };
  };
  return {
    open: open.map(asTask),
    openCount,
    overdueCount,
    nextCursor: rows.length > MY_TASKS_PAGE_SIZE && last ? { dueAt: last.dueAt.toISOString(), id: last.id } : null,
    answered: answered.map(asTask),
  };
}

export type MyTasksPage = Awaited<ReturnType<typeof listMyTasks>>;
export type MyTask = MyTasksPage['open'][number];
