// Deadline reminders (issue 16, like WikiRumours'): an open rumour past its response deadline
// reminds its assignee, and an hour later the moderators of its regions; an unanswered
// verification question past its deadline reminds the verifier, and an hour later the one who
// asked and the regions' moderators. Run every minute by the worker (pg-boss schedule). Each stage
// of each deadline is recorded in DeadlineReminder in the transaction that notifies, before the
// notifications are written: a reminder goes out once, however often or on however many workers
// the job runs; a new deadline (the priority changed) gets its own reminders.
import type { Db, DbTx } from '../db/client';
import { Prisma } from '../db/generated/client';
import { logger } from '../log';
import { OPEN_STATUSES } from '../rumors/workflow';
import { notifyStaff } from './notify-staff';

/** How long after the first reminder the regions' moderators are told. */
export const ESCALATE_AFTER_MS = 60 * 60_000;
/** Deadlines missed longer ago than this are not reminded of (no flood of old work when this first runs). */
export const REMIND_WITHIN_MS = 7 * 24 * 60 * 60_000;
/** At most this many reminders of each kind per run; the rest follow a minute later. */
const BATCH = 200;

type Stage = 1 | 2;

interface OverdueRumor {
  id: string;
  dueAt: Date;
  assigneeId: string | null;
  regionCodes: string[];
  stage: Stage;
}

interface OverdueTask {
  id: string;
  rumorId: string;
  dueAt: Date;
  assigneeId: string | null;
  requestedById: string;
  regionCodes: string[];
  stage: Stage;
}

/** Who hears of an escalation: the moderators of the rumour's regions (the national queue's for none); admins when a region has none. */
async function regionModerators(tx: DbTx, regionCodes: string[]): Promise<string[]> {
  const moderators = await tx.user.findMany({
    where: { active: true, role: 'MODERATOR', ...(regionCodes.length ? { regionCodes: { hasSome: regionCodes } } : { nationalQueue: true }) },
    select: { id: true },
  });
  if (moderators.length > 0) return moderators.map((m) => m.id);
  return (await tx.user.findMany({ where: { active: true, role: 'ADMIN' }, select: { id: true } })).map((a) => a.id);
}

/** Records the stage; false when it had been recorded already (by an earlier run or another worker). */
async function claimReminder(tx: DbTx, subjectId: string, dueAt: Date, stage: Stage): Promise<boolean> {
  const inserted = await tx.$executeRaw`INSERT INTO "DeadlineReminder" ("subjectId", "dueAt", stage) VALUES (${subjectId}::uuid, ${dueAt}, ${stage}) ON CONFLICT DO NOTHING`;
  return inserted > 0;
}

export async function sendDeadlineReminders(db: Db, now = new Date()): Promise<{ rumors: number; tasks: number }> {
  // Stage 1 is due at the deadline, stage 2 an hour later; each (deadline, stage) not yet recorded.
  const firstSince = new Date(now.getTime() - REMIND_WITHIN_MS);
  const escalateBefore = new Date(now.getTime() - ESCALATE_AFTER_MS);
  const open = Prisma.join([...OPEN_STATUSES].map((status) => Prisma.sql`${status}::"RumorStatus"`));
  const rumors = await db.$queryRaw<OverdueRumor[]>`
    SELECT r.id::text AS id, r."dueAt", r."assigneeId"::text AS "assigneeId", r."regionCodes", s.stage
    FROM "Rumor" r CROSS JOIN (VALUES (1), (2)) AS s(stage)
    WHERE r.status IN (${open}) AND r."mergedIntoId" IS NULL AND r."dueAt" >= ${firstSince}
      AND r."dueAt" < CASE WHEN s.stage = 1 THEN ${now}::timestamp ELSE ${escalateBefore}::timestamp END
      AND NOT EXISTS (SELECT 1 FROM "DeadlineReminder" d WHERE d."subjectId" = r.id AND d."dueAt" = r."dueAt" AND d.stage = s.stage)
    ORDER BY r."dueAt", s.stage LIMIT ${BATCH}`;
  const tasks = await db.$queryRaw<OverdueTask[]>`
    SELECT v.id::text AS id, v."rumorId"::text AS "rumorId", v."dueAt", v."assigneeId"::text AS "assigneeId", v."requestedById"::text AS "requestedById", r."regionCodes", s.stage
    FROM "VerificationRequest" v JOIN "Rumor" r ON r.id = v."rumorId" CROSS JOIN (VALUES (1), (2)) AS s(stage)
    WHERE v.status = 'OPEN' AND r.status IN (${open}) AND v."dueAt" >= ${firstSince}
      AND v."dueAt" < CASE WHEN s.stage = 1 THEN ${now}::timestamp ELSE ${escalateBefore}::timestamp END
      AND NOT EXISTS (SELECT 1 FROM "DeadlineReminder" d WHERE d."subjectId" = v.id AND d."dueAt" = v."dueAt" AND d.stage = s.stage)
    ORDER BY v."dueAt", s.stage LIMIT ${BATCH}`;

  let sentRumors = 0;
  for (const rumor of rumors) {
    await db.$transaction(async (tx) => {
      if (!(await claimReminder(tx, rumor.id, rumor.dueAt, rumor.stage))) return;
      // Nobody assigned: the moderators are the ones to act, at once.
      const recipients = rumor.stage === 1 && rumor.assigneeId ? [rumor.assigneeId] : await regionModerators(tx, rumor.regionCodes);
      if (rumor.stage === 1 && !rumor.assigneeId) await claimReminder(tx, rumor.id, rumor.dueAt, 2);
      if ((await notifyStaff(tx, { kind: 'RUMOR_OVERDUE', rumorId: rumor.id, recipientIds: recipients, actorId: null })).length > 0) sentRumors++;
    });
  }
  let sentTasks = 0;
  for (const task of tasks) {
    await db.$transaction(async (tx) => {
      if (!(await claimReminder(tx, task.id, task.dueAt, task.stage))) return;
      const told =
        task.stage === 1
          ? await notifyStaff(tx, { kind: 'TASK_OVERDUE', rumorId: task.rumorId, verificationRequestId: task.id, recipientIds: [task.assigneeId], actorId: null })
          : await notifyStaff(tx, { kind: 'TASK_UNANSWERED', rumorId: task.rumorId, verificationRequestId: task.id, recipientIds: [task.requestedById, ...(await regionModerators(tx, task.regionCodes))], actorId: null });
      if (told.length > 0) sentTasks++;
    });
  }
  if (sentRumors + sentTasks > 0) logger.info({ rumors: sentRumors, tasks: sentTasks }, 'deadline reminders sent');
  return { rumors: sentRumors, tasks: sentTasks };
}
