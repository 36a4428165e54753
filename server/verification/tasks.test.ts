import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../policy';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff, sessionFor } from '../testing/fixtures';
import { createCaller } from '../trpc/app-router';
import { answerVerification } from './answer-verification';
import { getRumorVerification } from './get-rumor-verification';
import { listMyTasks } from './list-my-tasks';
import { requestVerification } from './request-verification';
import { MY_TASKS_PAGE_SIZE } from './schema';
import { createInvestigatingRumor } from '../testing/verification';

const t = setupTestDatabase();
let moderator: Actor;
let verifier: Actor;
let secondVerifier: Actor;
let turkistanVerifier: Actor;
let admin: Actor;

const question = 'Правда ли, что рынок в Жанаозене закрыт с утра?';
const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000);

beforeAll(async () => {
  moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
  verifier = asActor(await createStaff(t.db, 'VERIFIER', ['KZ-47']));
  secondVerifier = asActor(await createStaff(t.db, 'VERIFIER', ['KZ-47']));
  turkistanVerifier = asActor(await createStaff(t.db, 'VERIFIER', ['KZ-61']));
  admin = asActor(await createStaff(t.db, 'ADMIN', []));
});

describe('verification requests', () => {
  it('asks several verifiers of the region at once, one audited task each', async () => {
    const rumor = await createInvestigatingRumor(t.db, ['KZ-47']);
    const tasks = await requestVerification(t.db, moderator, { rumorId: rumor.id, assigneeIds: [verifier.id, secondVerifier.id], question, dueAt: inHours(3) });
    expect(tasks.map((task) => task.assigneeId).sort()).toEqual([verifier.id, secondVerifier.id].sort());
    for (const task of tasks) expect(await t.db.auditEvent.count({ where: { entityId: task.id, action: 'verification.requested' } })).toBe(1);
    const overview = await getRumorVerification(t.db, moderator, rumor.id);
    expect(overview.requests).toHaveLength(2);
    expect(overview.verifiers.map((v) => v.id)).toEqual(expect.arrayContaining([verifier.id, secondVerifier.id]));
    expect(overview.verifiers.map((v) => v.id)).not.toContain(turkistanVerifier.id);
  });

  it('refuses a verifier of another region, a non-verifier, and a deadline in the past — all or nothing', async () => {
    const rumor = await createInvestigatingRumor(t.db, ['KZ-47']);
    await expect(requestVerification(t.db, moderator, { rumorId: rumor.id, assigneeIds: [verifier.id, turkistanVerifier.id], question, dueAt: inHours(3) })).rejects.toMatchObject({ message: 'assigneeOutOfRegion' });
    await expect(requestVerification(t.db, moderator, { rumorId: rumor.id, assigneeIds: [moderator.id], question, dueAt: inHours(3) })).rejects.toMatchObject({ message: 'assigneeNotVerifier' });
    await expect(requestVerification(t.db, moderator, { rumorId: rumor.id, assigneeIds: [verifier.id], question, dueAt: inHours(-1) })).rejects.toThrow(/dueInPast/);
    expect(await t.db.verificationRequest.count({ where: { rumorId: rumor.id } })).toBe(0);
  });
});

describe("a verifier's tasks", () => {
  it('lists open tasks first by deadline, flags overdue ones, and shows only their own', async () => {
    const lister = asActor(await createStaff(t.db, 'VERIFIER', ['KZ-47']));
    const rumor = await createInvestigatingRumor(t.db, ['KZ-47'], 'Говорят, в Жанаозене закрыли рынок');
    const make = (dueAt: Date, status: 'OPEN' | 'ANSWERED' = 'OPEN', assigneeId = lister.id) =>
      t.db.verificationRequest.create({ data: { rumorId: rumor.id, question, dueAt, status, assigneeId, requestedById: moderator.id, ...(status === 'ANSWERED' ? { answer: 'DENIES', answeredAt: new Date() } : {}) } });
    const answered = await make(inHours(-10), 'ANSWERED');
    const later = await make(inHours(5));
    const overdue = await make(inHours(-2));
    await make(inHours(1), 'OPEN', secondVerifier.id);
    const tasks = await listMyTasks(t.db, lister);
    expect(tasks.open.map((task) => task.id)).toEqual([overdue.id, later.id]);
    expect(tasks.open.map((task) => task.overdue)).toEqual([true, false]);
    expect(tasks.answered.map((task) => task.id)).toEqual([answered.id]);
    expect(tasks).toMatchObject({ openCount: 2, overdueCount: 1, nextCursor: null });
    expect(tasks.open[0]?.rumor.claim).toBe('Говорят, в Жанаозене закрыли рынок');
  });

  it('pages a long list by deadline: every open task exactly once, in order, and never another verifier’s', async () => {
    const listerUser = await createStaff(t.db, 'VERIFIER', ['KZ-47']);
    const otherUser = await createStaff(t.db, 'VERIFIER', ['KZ-47']);
    const lister = asActor(listerUser);
    const rumor = await createInvestigatingRumor(t.db, ['KZ-47']);
    const base = Date.now();
    // 2½ pages; groups of three share a deadline to the millisecond, so the id decides between them; 9 already overdue.
    // The first group not overdue is due half an hour after `base`, not a second: the rows take more
    // than a second to write on a loaded machine, and it must not fall due while the test runs.
    const dueTimes = Array.from({ length: MY_TASKS_PAGE_SIZE * 2 + MY_TASKS_PAGE_SIZE / 2 }, (_, i) => new Date(base + (Math.floor(i / 3) - 3) * 3600_000 + 30 * 60_000));
    const data = (assigneeId: string, status: 'OPEN' | 'ANSWERED' = 'OPEN') => (dueAt: Date) => ({
      rumorId: rumor.id,
      question,
      dueAt,
      status,
      assigneeId,
      requestedById: moderator.id,
      ...(status === 'ANSWERED' ? { answer: 'CONFIRMS' as const, answeredAt: new Date() } : {}),
    });
    await t.db.verificationRequest.createMany({ data: [...dueTimes].reverse().map(data(lister.id)) });
    // Another verifier's tasks with the same deadlines, and the lister's own answered ones, interleave in the table.
    await t.db.verificationRequest.createMany({ data: dueTimes.map(data(otherUser.id)) });
    await t.db.verificationRequest.createMany({ data: dueTimes.slice(0, 3).map(data(lister.id, 'ANSWERED')) });
    const expected = await t.db.verificationRequest.findMany({ where: { assigneeId: lister.id, status: 'OPEN' }, select: { id: true, dueAt: true } });
    expected.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || (a.id < b.id ? -1 : 1));

    const seen: string[] = [];
    const sizes: number[] = [];
    let page = await listMyTasks(t.db, lister);
    expect(page).toMatchObject({ openCount: dueTimes.length, overdueCount: 9 });
    expect(page.answered).toHaveLength(3);
    for (;;) {
      sizes.push(page.open.length);
      seen.push(...page.open.map((task) => task.id));
      expect(page.open.every((task) => task.status === 'OPEN')).toBe(true);
      if (!page.nextCursor) break;
      page = await listMyTasks(t.db, lister, { cursor: page.nextCursor });
      // The answered ones come with the first page only.
      expect(page.answered).toEqual([]);
      expect(page.openCount).toBe(dueTimes.length);
    }
    expect(sizes).toEqual([MY_TASKS_PAGE_SIZE, MY_TASKS_PAGE_SIZE, MY_TASKS_PAGE_SIZE / 2]);
    expect(seen).toEqual(expected.map((task) => task.id));

    // A task answered between two pages moves nothing: the next page starts right after the cursor.
    const first = await listMyTasks(t.db, lister);
    await t.db.verificationRequest.update({ where: { id: first.open[0]!.id }, data: { status: 'ANSWERED', answer: 'DENIES', answeredAt: new Date() } });
    const second = await listMyTasks(t.db, lister, { cursor: first.nextCursor });
    expect(second.open.map((task) => task.id)).toEqual(expected.slice(MY_TASKS_PAGE_SIZE, MY_TASKS_PAGE_SIZE * 2).map((task) => task.id));
    expect(second.openCount).toBe(dueTimes.length - 1);

    // The other verifier sees only theirs, through the procedure and its cursor too.
    const asOther = createCaller({ db: t.db, session: await sessionFor(t.db, otherUser), requestId: 'test' });
    const theirs = [...(await asOther.verification.myTasks()).open, ...(await asOther.verification.myTasks({ cursor: first.nextCursor })).open];
    expect(theirs).toHaveLength(MY_TASKS_PAGE_SIZE * 2);
    expect(theirs.filter((task) => seen.includes(task.id))).toEqual([]);
    const mineThroughTheProcedure = createCaller({ db: t.db, session: await sessionFor(t.db, listerUser), requestId: 'test' });
    expect((await mineThroughTheProcedure.verification.myTasks({ cursor: first.nextCursor })).open.map((task) => task.id)).toEqual(second.open.map((task) => task.id));
  });

  it('refuses a cursor that is not a task position', async () => {
    const caller = createCaller({ db: t.db, session: await sessionFor(t.db, await createStaff(t.db, 'VERIFIER', ['KZ-47'])), requestId: 'test' });
    const id = crypto.randomUUID();
    for (const cursor of [{ dueAt: 'yesterday', id }, { dueAt: '2026-13-01T00:00:00Z', id }, { dueAt: new Date(-8_640_000_000_000_000), id }, { dueAt: new Date(Number.NaN), id }, { dueAt: new Date().toISOString(), id: 'nope' }]) {
      await expect(caller.verification.myTasks({ cursor })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    }
  });

  it('turns an answer into internal evidence on the rumour in the same transaction, audited', async () => {
    const rumor = await createInvestigatingRumor(t.db, ['KZ-47']);
    const [task] = await requestVerification(t.db, moderator, { rumorId: rumor.id, assigneeIds: [verifier.id], question, dueAt: inHours(2) });
    const result = await answerVerification(t.db, verifier, { id: task!.id, answer: 'DENIES', note: 'Рынок работает, я там был в 10:00.' });
    expect(result).toMatchObject({ status: 'ANSWERED', answer: 'DENIES' });
    const evidence = await t.db.evidence.findUniqueOrThrow({ where: { verificationRequestId: task!.id } });
    expect(evidence).toMatchObject({ id: result.evidenceId, rumorId: rumor.id, stance: 'REFUTES', isPublic: false, excerpt: 'Рынок работает, я там был в 10:00.', adHocSourceName: verifier.name, createdById: verifier.id });
    expect(await t.db.auditEvent.count({ where: { entityId: task!.id, action: 'verification.answered', actorId: verifier.id } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { entityId: evidence.id, action: 'evidence.added' } })).toBe(1);
    // Answered once; a second answer is refused.
    await expect(answerVerification(t.db, verifier, { id: task!.id, answer: 'CONFIRMS' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('maps each answer to a stance', async () => {
    for (const [answer, stance] of [['CONFIRMS', 'SUPPORTS'], ['CANNOT_TELL', 'CONTEXT']] as const) {
      const rumor = await createInvestigatingRumor(t.db, ['KZ-47']);
      const [task] = await requestVerification(t.db, moderator, { rumorId: rumor.id, assigneeIds: [verifier.id], question, dueAt: inHours(2) });
      const { evidenceId } = await answerVerification(t.db, verifier, { id: task!.id, answer });
      expect((await t.db.evidence.findUniqueOrThrow({ where: { id: evidenceId } })).stance).toBe(stance);
    }
  });

  it("refuses to let anyone but the assignee answer, and records nothing", async () => {
    const rumor = await createInvestigatingRumor(t.db, ['KZ-47']);
    const [task] = await requestVerification(t.db, moderator, { rumorId: rumor.id, assigneeIds: [verifier.id], question, dueAt: inHours(2) });
    const eventsBefore = await t.db.auditEvent.count();
    for (const someoneElse of [secondVerifier, moderator, admin]) {
      await expect(answerVerification(t.db, someoneElse, { id: task!.id, answer: 'CONFIRMS' })).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'notYourTask' });
    }
    expect(await t.db.auditEvent.count()).toBe(eventsBefore);
    expect(await t.db.evidence.count({ where: { rumorId: rumor.id } })).toBe(0);
    expect((await t.db.verificationRequest.findUniqueOrThrow({ where: { id: task!.id } })).status).toBe('OPEN');
  });
});
