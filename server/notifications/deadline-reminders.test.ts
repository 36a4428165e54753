// Deadline reminders: the assignee first, the regions' moderators an hour later, each once.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../policy';
import { setupTestDatabase } from '../testing/database';
import { asActor, createRumor, createStaff } from '../testing/fixtures';
import { createInvestigatingRumor } from '../testing/verification';
import { DEADLINE_NEAR_FRACTION, ESCALATE_AFTER_MS, REMIND_WITHIN_MS, sendDeadlineReminders } from './deadline-reminders';
import { notificationPath } from './kinds';

const t = setupTestDatabase();
let assignee: Actor;
let regionModerator: Actor;
let otherRegionModerator: Actor;
let verifier: Actor;

const MINUTE = 60_000;

beforeAll(async () => {
  assignee = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
  regionModerator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
  otherRegionModerator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-61']));
  verifier = asActor(await createStaff(t.db, 'VERIFIER', ['KZ-47']));
});

const told = async (rumorId: string) =>
  (await t.db.staffNotification.findMany({ where: { rumorId }, select: { recipientId: true, kind: true, verificationRequestId: true }, orderBy: { createdAt: 'asc' } })).map((n) => `${n.kind}:${n.recipientId}`).sort();

describe('an overdue rumour', () => {
  it('reminds its assignee once at the deadline, then the region’s moderators once, an hour later', async () => {
    const dueAt = new Date(Date.now() - MINUTE);
    const rumor = await createRumor(t.db, `Говорят, в Актау закроют рынок ${Math.random()}`, ['KZ-47'], 'INVESTIGATING');
    await t.db.rumor.update({ where: { id: rumor.id }, data: { dueAt, assigneeId: assignee.id } });

    await sendDeadlineReminders(t.db, new Date(dueAt.getTime() - MINUTE));
    expect(await told(rumor.id)).toEqual([]); // not yet due

    await sendDeadlineReminders(t.db);
    await sendDeadlineReminders(t.db);
    expect(await told(rumor.id)).toEqual([`RUMOR_OVERDUE:${assignee.id}`]);

    const later = new Date(dueAt.getTime() + ESCALATE_AFTER_MS + MINUTE);
    await Promise.all([sendDeadlineReminders(t.db, later), sendDeadlineReminders(t.db, later)]);
    await sendDeadlineReminders(t.db, later);
    // The assignee is a moderator of the region too, so hears it again at the second stage; the other region's never.
    expect(await told(rumor.id)).toEqual([`RUMOR_OVERDUE:${assignee.id}`, `RUMOR_OVERDUE:${assignee.id}`, `RUMOR_OVERDUE:${regionModerator.id}`].sort());
    expect(await t.db.staffNotification.count({ where: { rumorId: rumor.id, recipientId: otherRegionModerator.id } })).toBe(0);
  });

  it('tells the moderators at once when nobody is assigned, and nobody once the rumour is closed', async () => {
    const dueAt = new Date(Date.now() - MINUTE);
    const unassigned = await createRumor(t.db, `Говорят, в Жанаозене нет света ${Math.random()}`, ['KZ-47'], 'NEW');
    await t.db.rumor.update({ where: { id: unassigned.id }, data: { dueAt } });
    const closed = await createRumor(t.db, `Говорят, в Жанаозене нет газа ${Math.random()}`, ['KZ-47'], 'PUBLISHED');
    await t.db.rumor.update({ where: { id: closed.id }, data: { dueAt, assigneeId: assignee.id } });
    const ancient = await createRumor(t.db, `Говорят, в Жанаозене нет воды ${Math.random()}`, ['KZ-47'], 'NEW');
    await t.db.rumor.update({ where: { id: ancient.id }, data: { dueAt: new Date(Date.now() - REMIND_WITHIN_MS - MINUTE), assigneeId: assignee.id } });

    await sendDeadlineReminders(t.db);
    await sendDeadlineReminders(t.db, new Date(Date.now() + ESCALATE_AFTER_MS + MINUTE));
    expect(await told(unassigned.id)).toEqual([`RUMOR_OVERDUE:${assignee.id}`, `RUMOR_OVERDUE:${regionModerator.id}`].sort());
    expect(await told(closed.id)).toEqual([]);
    expect(await told(ancient.id)).toEqual([]);
  });

  it('reminds again when the deadline moves and is missed again', async () => {
    const rumor = await createRumor(t.db, `Говорят, в Актау перекроют трассу ${Math.random()}`, ['KZ-47'], 'INVESTIGATING');
    await t.db.rumor.update({ where: { id: rumor.id }, data: { dueAt: new Date(Date.now() - 2 * MINUTE), assigneeId: assignee.id } });
    await sendDeadlineReminders(t.db);
    await t.db.rumor.update({ where: { id: rumor.id }, data: { dueAt: new Date(Date.now() - MINUTE) } });
    await sendDeadlineReminders(t.db);
    expect(await told(rumor.id)).toEqual([`RUMOR_OVERDUE:${assignee.id}`, `RUMOR_OVERDUE:${assignee.id}`]);
  });
});

describe('a rumour about to miss its deadline', () => {
  it('warns its assignee once, when most of the window has passed and the deadline has not', async () => {
    const firstSeenAt = new Date(Date.now() - 90 * MINUTE);
    const dueAt = new Date(firstSeenAt.getTime() + 100 * MINUTE);
    const rumor = await createRumor(t.db, `Говорят, в Актау закроют мост ${Math.random()}`, ['KZ-47'], 'INVESTIGATING');
    await t.db.rumor.update({ where: { id: rumor.id }, data: { firstSeenAt, dueAt, assigneeId: assignee.id } });

    await sendDeadlineReminders(t.db, new Date(firstSeenAt.getTime() + (DEADLINE_NEAR_FRACTION * 100 - 1) * MINUTE));
    expect(await told(rumor.id)).toEqual([]); // too early
    await Promise.all([sendDeadlineReminders(t.db), sendDeadlineReminders(t.db)]);
    await sendDeadlineReminders(t.db);
    expect(await told(rumor.id)).toEqual([`RUMOR_DEADLINE_NEAR:${assignee.id}`]);
    // Then missed: the overdue reminder follows, the warning is not repeated.
    await sendDeadlineReminders(t.db, new Date(dueAt.getTime() + MINUTE));
    expect(await told(rumor.id)).toEqual([`RUMOR_DEADLINE_NEAR:${assignee.id}`, `RUMOR_OVERDUE:${assignee.id}`]);
  });

  it('warns the region’s moderators when nobody is assigned, and nobody about an answered rumour', async () => {
    const firstSeenAt = new Date(Date.now() - 90 * MINUTE);
    const dueAt = new Date(firstSeenAt.getTime() + 100 * MINUTE);
    const open = await createRumor(t.db, `Говорят, в Актау нет бензина ${Math.random()}`, ['KZ-47'], 'NEW');
    const answered = await createRumor(t.db, `Говорят, в Актау нет соли ${Math.random()}`, ['KZ-47'], 'PUBLISHED');
    for (const rumor of [open, answered]) await t.db.rumor.update({ where: { id: rumor.id }, data: { firstSeenAt, dueAt } });
    await sendDeadlineReminders(t.db);
    expect(await told(open.id)).toEqual([`RUMOR_DEADLINE_NEAR:${assignee.id}`, `RUMOR_DEADLINE_NEAR:${regionModerator.id}`].sort());
    expect(await told(answered.id)).toEqual([]);
  });
});

describe('an unanswered verification question', () => {
  it('reminds the verifier (leading to the task), then the asker and the region’s moderators', async () => {
    const rumor = await createInvestigatingRumor(t.db, ['KZ-47']);
    const dueAt = new Date(Date.now() - MINUTE);
    const task = await t.db.verificationRequest.create({ data: { rumorId: rumor.id, question: 'Закрыт ли рынок?', dueAt, assigneeId: verifier.id, requestedById: assignee.id } });
    const answered = await t.db.verificationRequest.create({ data: { rumorId: rumor.id, question: 'Есть ли очередь?', dueAt, assigneeId: verifier.id, requestedById: assignee.id, status: 'ANSWERED', answer: 'DENIES', answeredAt: new Date() } });

    await sendDeadlineReminders(t.db);
    await sendDeadlineReminders(t.db);
    const [reminder] = await t.db.staffNotification.findMany({ where: { rumorId: rumor.id } });
    expect(reminder).toMatchObject({ kind: 'TASK_OVERDUE', recipientId: verifier.id, verificationRequestId: task.id });
    expect(notificationPath(reminder!)).toBe(`/admin/tasks#task-${task.id}`);

    await sendDeadlineReminders(t.db, new Date(dueAt.getTime() + ESCALATE_AFTER_MS + MINUTE));
    expect(await told(rumor.id)).toEqual([`TASK_OVERDUE:${verifier.id}`, `TASK_UNANSWERED:${assignee.id}`, `TASK_UNANSWERED:${regionModerator.id}`].sort());
    expect(await t.db.staffNotification.count({ where: { verificationRequestId: answered.id } })).toBe(0);
  });
});
