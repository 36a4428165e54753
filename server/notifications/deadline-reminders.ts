// Deadline reminders (issue 16, like WikiRumours'): an open rumour about to miss its response
// deadline (DEADLINE_NEAR_FRACTION of its window gone) warns its assignee — or, with nobody
// assigned, the moderators of its regions — once; past the deadline it reminds its assignee, and an hour later the moderators of its regions; an unanswered
// verification question past its deadline reminds the verifier, and an hour later the one who
// asked and the regions' moderators. Run every minute by the worker (pg-boss schedule). Each stage
// of each deadline is recorded in DeadlineReminder in the transaction that notifies, before the
// notifications are written: a reminder goes out once, however often or on however many workers
// the job runs; a new deadline (the priority changed) gets its own reminders.
import type { Db, DbTx } from '../db/client';
import { Prisma } from '../db/generated/client';
import { logger } from '../log';
import { OPEN_STATUSES } from '../rumors/workflow';
import { notifyStaff, regionModerators } from './notify-staff';

/** How long after the first reminder the regions' moderators are told. */
export const ESCALATE_AFTER_MS = 60 * 60_000;
/** Deadlines missed longer ago than this are not reminded of (no flood of old work when this first runs). */
export const REMIND_WITHIN_MS = 7 * 24 * 60 * 60_000;
/**
 * A rumour is "about to miss its deadline" once this share of its window (first seen → due) has
 * passed: 80 % leaves a critical rumour's 2-hour window 24 minutes, a low one's 3 days 14 hours.
 */
export const DEADLINE_NEAR_FRACTION = 0.8;
/** At most this many reminders of each kind per run; the rest follow a minute later. */
const BATCH = 200;

/** 0: the deadline is near; 1: missed, the assignee; 2: missed an hour ago, the regions' moderators. */
type Stage = 0 | 1 | 2;

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

/** Records the stage; false when it had been recorded already (by an earlier run or another worker). */
async function claimReminder(tx: DbTx, subjectId: string, dueAt: Date, stage: Stage): Promise<boolean> {
  const inserted = await tx.$executeRaw`INSERT INTO "DeadlineReminder" ("subjectId", "dueAt", stage) VALUES (${subjectId}::uuid, ${dueAt}, ${stage}) ON CONFLICT DO NOTHING`;
  return inserted > 0;
}

interface NearRumor {
  id: string;
  dueAt: Date;
  assigneeId: string | null;
  regionCodes: string[];
}

export async function sendDeadlineReminders(db: Db, now = new Date()): Promise<{ near: number; rumors: number; tasks: number }> {
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

  // Not yet due, most of the window gone, not yet warned about this deadline.
  const near = await db.$queryRaw<NearRumor[]>`
    SELECT r.id::text AS id, r."dueAt", r."assigneeId"::text AS "assigneeId", r."regionCodes"
    FROM "Rumor" r
    WHERE r.status IN (${open}) AND r."mergedIntoId" IS NULL AND r."dueAt" > ${now}::timestamp
      AND r."firstSeenAt" + (r."dueAt" - r."firstSeenAt") * ${DEADLINE_NEAR_FRACTION}::float8 <= ${now}::timestamp
      AND NOT EXISTS (SELECT 1 FROM "DeadlineReminder" d WHERE d."subjectId" = r.id AND d."dueAt" = r."dueAt" AND d.stage = 0)
    ORDER BY r."dueAt" LIMIT ${BATCH}`;

  let sentNear = 0;
  for (const rumor of near) {
    await db.$transaction(async (tx) => {
      if (!(await claimReminder(tx, rumor.id, rumor.dueAt, 0))) return;
      const recipients = rumor.assigneeId ? [rumor.assigneeId] : await regionModerators(tx, rumor.regionCodes);
      if ((await notifyStaff(tx, { kind: 'RUMOR_DEADLINE_NEAR', rumorId: rumor.id, recipientIds: recipients, actorId: null })).length > 0) sentNear++;
    });
  }
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
  if (sentNear + sentRumors + sentTasks > 0) logger.info({ near: sentNear, rumors: sentRumors, tasks: sentTasks }, 'deadline reminders sent');
  return { near: sentNear, rumors: sentRumors, tasks: sentTasks };
}
