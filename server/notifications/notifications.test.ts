// Staff notifications (issue 16): who is told what, by the use case that causes it, never anyone
// outside the rumour's regions — neither when it is written nor when it is read later.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../policy';
import { setupTestDatabase } from '../testing/database';
import { asActor, createRumor, createStaff } from '../testing/fixtures';
import { createInvestigatingRumor } from '../testing/verification';
import { assignRumors } from '../rumors/assign-rumors';
import { addComment } from '../rumors/add-comment';
import { requestVerification } from '../verification/request-verification';
import { answerVerification } from '../verification/answer-verification';
import { draftVerdict } from '../verification/draft-verdict';
import { reviewVerdict } from '../verification/review-verdict';
import { notificationPath } from './kinds';
import { countUnreadNotifications, listNotifications } from './list-notifications';
import { markAllNotificationsRead, markNotificationsRead } from './mark-read';
import { notifyStaff } from './notify-staff';

const t = setupTestDatabase();
let moderator: Actor;
let colleague: Actor;
let otherRegionModerator: Actor;
let verifier: Actor;
let admin: Actor;

beforeAll(async () => {
  moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
  colleague = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
  otherRegionModerator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-61']));
  verifier = asActor(await createStaff(t.db, 'VERIFIER', ['KZ-47']));
  admin = asActor(await createStaff(t.db, 'ADMIN', []));
});

const kindsFor = async (actor: Actor, rumorId: string) =>
  (await t.db.staffNotification.findMany({ where: { recipientId: actor.id, rumorId }, orderBy: { createdAt: 'asc' } })).map((n) => n.kind);

describe('who is told', () => {
  it('tells a colleague they were assigned, but not someone assigning themselves', async () => {
    const rumor = await createRumor(t.db, `Говорят, в Актау отключат воду ${Math.random()}`, ['KZ-47']);
    await assignRumors(t.db, moderator, { ids: [rumor.id], assigneeId: colleague.id });
    expect(await kindsFor(colleague, rumor.id)).toEqual(['ASSIGNED']);
    const own = await createRumor(t.db, `Говорят, в Актау закроют школы ${Math.random()}`, ['KZ-47']);
    await assignRumors(t.db, moderator, { ids: [own.id], assigneeId: moderator.id });
    expect(await kindsFor(moderator, own.id)).toEqual([]);

    const [listed] = (await listNotifications(t.db, colleague, {})).items;
    expect(listed).toMatchObject({ kind: 'ASSIGNED', rumorId: rumor.id, actor: { name: moderator.name }, rumor: { claim: rumor.claim }, readAt: null });
    expect(notificationPath(listed!)).toBe(`/admin/rumors/${rumor.id}`);
    // The open centre refetches its first page with a null cursor (its server-rendered page's param).
    expect((await listNotifications(t.db, colleague, { cursor: null })).items[0]).toEqual(listed);
  });

  it('tells whoever an @mention names', async () => {
    const rumor = await createRumor(t.db, `Говорят, в Жанаозене нет хлеба ${Math.random()}`, ['KZ-47']);
    await addComment(t.db, moderator, { rumorId: rumor.id, body: `@${colleague.name}, посмотри, пожалуйста` });
    expect(await kindsFor(colleague, rumor.id)).toEqual(['MENTIONED']);
  });

  it('asks every eligible approver of the region for a second pair of eyes, tells the drafter the outcome, and settles the others’ requests', async () => {
    const rumor = await createInvestigatingRumor(t.db, ['KZ-47']);
    await t.db.rumor.update({ where: { id: rumor.id }, data: { highRisk: true } });
    const { draft } = await draftVerdict(t.db, moderator, { rumorId: rumor.id, verdict: 'UNVERIFIED', rationale: 'Ни подтверждений, ни опровержений пока нет.' });
    expect(await kindsFor(colleague, rumor.id)).toEqual(['APPROVAL_REQUESTED']);
    expect(await kindsFor(admin, rumor.id)).toEqual(['APPROVAL_REQUESTED']);
    expect(await kindsFor(moderator, rumor.id)).toEqual([]); // not the drafter
    expect(await kindsFor(otherRegionModerator, rumor.id)).toEqual([]);
    expect(await kindsFor(verifier, rumor.id)).toEqual([]);

    await reviewVerdict(t.db, colleague, { draftId: draft.id, decision: 'approve' });
    expect(await kindsFor(moderator, rumor.id)).toEqual(['VERDICT_APPROVED']);
    // The admin's request is no longer waiting for them.
    expect(await t.db.staffNotification.findFirstOrThrow({ where: { recipientId: admin.id, rumorId: rumor.id } })).toMatchObject({ readAt: expect.any(Date) });
  });

  it('tells the drafter their verdict was sent back', async () => {
    const rumor = await createInvestigatingRumor(t.db, ['KZ-47']);
    await t.db.rumor.update({ where: { id: rumor.id }, data: { highRisk: true } });
    const { draft } = await draftVerdict(t.db, moderator, { rumorId: rumor.id, verdict: 'UNVERIFIED', rationale: 'Ни подтверждений, ни опровержений пока нет.' });
    await reviewVerdict(t.db, admin, { draftId: draft.id, decision: 'return', comment: 'Нужен ответ акимата' });
    expect(await kindsFor(moderator, rumor.id)).toEqual(['VERDICT_RETURNED']);
  });

  it('tells a verifier of their question (leading to their task) and the asker of the answer', async () => {
    const rumor = await createInvestigatingRumor(t.db, ['KZ-47']);
    const [task] = await requestVerification(t.db, moderator, { rumorId: rumor.id, assigneeIds: [verifier.id], question: 'Закрыт ли рынок?', dueAt: new Date(Date.now() + 3600_000) });
    const [asked] = (await listNotifications(t.db, verifier, { unread: true })).items.filter((n) => n.rumorId === rumor.id);
    expect(asked).toMatchObject({ kind: 'VERIFICATION_REQUESTED', verificationRequestId: task!.id });
    expect(notificationPath(asked!)).toBe(`/admin/tasks#task-${task!.id}`);
    await answerVerification(t.db, verifier, { id: task!.id, answer: 'DENIES' });
    expect(await kindsFor(moderator, rumor.id)).toEqual(['VERIFICATION_ANSWERED']);
  });

  it('folds new reports on an assigned rumour into one unread notification that counts them', async () => {
    const rumor = await createRumor(t.db, `Говорят, в Актау подорожает бензин ${Math.random()}`, ['KZ-47']);
    await notifyStaff(t.db, { kind: 'REPORT_JOINED', rumorId: rumor.id, recipientIds: [colleague.id], actorId: null });
    await notifyStaff(t.db, { kind: 'REPORT_JOINED', rumorId: rumor.id, recipientIds: [colleague.id], actorId: null, count: 2 });
    const rows = await t.db.staffNotification.findMany({ where: { recipientId: colleague.id, rumorId: rumor.id } });
    expect(rows.map((n) => n.count)).toEqual([3]);
    await markNotificationsRead(t.db, colleague, { ids: [rows[0]!.id] });
    await notifyStaff(t.db, { kind: 'REPORT_JOINED', rumorId: rumor.id, recipientIds: [colleague.id], actorId: null });
    expect(await t.db.staffNotification.count({ where: { recipientId: colleague.id, rumorId: rumor.id } })).toBe(2);
  });
});

describe('region scope', () => {
  it('never writes a notification for someone outside the rumour’s regions, nor for a role that cannot open it', async () => {
    const rumor = await createRumor(t.db, `Говорят, в Актау закроют порт ${Math.random()}`, ['KZ-47']);
    expect(await notifyStaff(t.db, { kind: 'MENTIONED', rumorId: rumor.id, recipientIds: [otherRegionModerator.id, verifier.id, colleague.id], actorId: moderator.id })).toEqual([colleague.id]);
    expect(await t.db.staffNotification.count({ where: { rumorId: rumor.id, recipientId: { in: [otherRegionModerator.id, verifier.id] } } })).toBe(0);
  });

  it('stops showing and counting a notification once its rumour has left the member’s regions', async () => {
    const member = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const rumor = await createRumor(t.db, `Говорят, в Актау отменят рейсы ${Math.random()}`, ['KZ-47']);
    await assignRumors(t.db, moderator, { ids: [rumor.id], assigneeId: member.id });
    expect(await countUnreadNotifications(t.db, member)).toBe(1);
    await t.db.rumor.update({ where: { id: rumor.id }, data: { regionCodes: ['KZ-61'] } });
    expect(await countUnreadNotifications(t.db, member)).toBe(0);
    expect((await listNotifications(t.db, member, {})).items).toEqual([]);
  });
});

describe('reading', () => {
  it('marks only one’s own notifications read, one or all at once', async () => {
    const member = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const other = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    for (let i = 0; i < 3; i++) {
      const rumor = await createRumor(t.db, `Говорят, в Актау ${i} ${Math.random()}`, ['KZ-47']);
      await assignRumors(t.db, moderator, { ids: [rumor.id], assigneeId: member.id });
    }
    const othersRumor = await createRumor(t.db, `Говорят, в Актау ещё ${Math.random()}`, ['KZ-47']);
    await assignRumors(t.db, moderator, { ids: [othersRumor.id], assigneeId: other.id });
    const [othersNotification] = (await listNotifications(t.db, other, {})).items;

    const { items } = await listNotifications(t.db, member, {});
    expect(items).toHaveLength(3);
    expect(await markNotificationsRead(t.db, member, { ids: [items[0]!.id, othersNotification!.id] })).toEqual({ marked: 1 });
    expect(await countUnreadNotifications(t.db, member)).toBe(2);
    expect(await countUnreadNotifications(t.db, other)).toBe(1);
    expect((await listNotifications(t.db, member, { unread: true })).items.map((n) => n.id)).toEqual([items[1]!.id, items[2]!.id]);
    expect(await markAllNotificationsRead(t.db, member)).toEqual({ marked: 2 });
    expect(await countUnreadNotifications(t.db, member)).toBe(0);
    expect(await countUnreadNotifications(t.db, other)).toBe(1);
  });
});
