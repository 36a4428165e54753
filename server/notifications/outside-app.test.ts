// Staff notifications by e-mail through the delivery engine: only for who asked, once, after quiet
// hours unless critical, and never for a rumour that has left the member's regions.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../policy';
import { setupTestDatabase } from '../testing/database';
import { asActor, createRumor, createStaff } from '../testing/fixtures';
import { assignRumors } from '../rumors/assign-rumors';
import { runDeliveryBatch } from '../delivery/run-delivery-batch';
import { mailsSentInTests } from '../delivery/mailer';
import { emailSender } from '../delivery/email-sender';
import { afterQuietHours } from './outside-app';
import { notifyStaff } from './notify-staff';

const t = setupTestDatabase();
let moderator: Actor;
let member: Actor;
let memberEmail: string;

beforeAll(async () => {
  moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
  const row = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
  member = asActor(row);
  memberEmail = row.email;
  await t.db.user.update({ where: { id: member.id }, data: { locale: 'kk' } });
});

const almaty = (hhmm: string) => new Date(`2026-12-05T${hhmm}:00+05:00`);

describe('quiet hours', () => {
  it('hold a message until they end, overnight too', () => {
    expect(afterQuietHours(almaty('23:30'), 22 * 60, 7 * 60)).toEqual(new Date(almaty('07:00').getTime() + 24 * 3600_000));
    expect(afterQuietHours(almaty('06:15'), 22 * 60, 7 * 60)).toEqual(almaty('07:00'));
    expect(afterQuietHours(almaty('12:00'), 22 * 60, 7 * 60)).toEqual(almaty('12:00'));
    expect(afterQuietHours(almaty('13:10'), 13 * 60, 14 * 60)).toEqual(almaty('14:00'));
    expect(afterQuietHours(almaty('13:10'), null, null)).toEqual(almaty('13:10'));
  });
});

describe('e-mail', () => {
  it('goes through the delivery engine once, in the member’s language, only for the kinds they chose', async () => {
    await t.db.staffNotificationPreference.create({ data: { userId: member.id, kind: 'ASSIGNED', channel: 'EMAIL' } });
    const rumor = await createRumor(t.db, `Говорят, в Актау закроют порт <b>${Math.random()}</b>`, ['KZ-47']);
    await assignRumors(t.db, moderator, { ids: [rumor.id], assigneeId: member.id });
    await notifyStaff(t.db, { kind: 'MENTIONED', rumorId: rumor.id, recipientIds: [member.id], actorId: moderator.id });
    const deliveries = await t.db.delivery.findMany({ where: { staffNotification: { recipientId: member.id } } });
    expect(deliveries).toHaveLength(1);

    const before = mailsSentInTests().length;
    await runDeliveryBatch(t.db, { senders: { EMAIL: emailSender } });
    await runDeliveryBatch(t.db, { senders: { EMAIL: emailSender } });
    const mails = mailsSentInTests().slice(before).filter((mail) => mail.to === memberEmail);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain('сізге қауесет тағайындады');
    expect(mails[0]!.text).toContain(`/kk/admin/rumors/${rumor.id}`);
    expect(mails[0]!.html).not.toContain('<b>');
    expect(await t.db.delivery.findUniqueOrThrow({ where: { id: deliveries[0]!.id } })).toMatchObject({ status: 'SENT' });
  });

  it('waits for the end of quiet hours, except for a missed deadline', async () => {
    const row = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    // Quiet all day but one minute: whatever the clock says now, it is quiet.
    const now = new Date();
    const minute = (now.getUTCHours() * 60 + now.getUTCMinutes() + 5 * 60) % 1440;
    await t.db.user.update({ where: { id: row.id }, data: { quietHoursStart: (minute + 1439) % 1440, quietHoursEnd: (minute + 2) % 1440 } });
    await t.db.staffNotificationPreference.createMany({ data: [{ userId: row.id, kind: 'ASSIGNED', channel: 'EMAIL' }, { userId: row.id, kind: 'RUMOR_OVERDUE', channel: 'EMAIL' }] });
    const rumor = await createRumor(t.db, `Говорят, в Актау нет хлеба ${Math.random()}`, ['KZ-47']);
    await notifyStaff(t.db, { kind: 'ASSIGNED', rumorId: rumor.id, recipientIds: [row.id], actorId: moderator.id });
    await notifyStaff(t.db, { kind: 'RUMOR_OVERDUE', rumorId: rumor.id, recipientIds: [row.id], actorId: null });
    const deliveries = await t.db.delivery.findMany({ where: { staffNotification: { recipientId: row.id } }, include: { staffNotification: { select: { kind: true } } } });
    const at = Object.fromEntries(deliveries.map((d) => [d.staffNotification!.kind, d.nextAttemptAt!.getTime()]));
    expect(at.RUMOR_OVERDUE).toBeLessThanOrEqual(Date.now());
    expect(at.ASSIGNED).toBeGreaterThan(Date.now());
  });

  it('is not sent once the rumour has left the member’s regions', async () => {
    const row = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    await t.db.staffNotificationPreference.create({ data: { userId: row.id, kind: 'ASSIGNED', channel: 'EMAIL' } });
    const rumor = await createRumor(t.db, `Говорят, в Актау нет газа ${Math.random()}`, ['KZ-47']);
    await notifyStaff(t.db, { kind: 'ASSIGNED', rumorId: rumor.id, recipientIds: [row.id], actorId: moderator.id });
    await t.db.rumor.update({ where: { id: rumor.id }, data: { regionCodes: ['KZ-61'] } });
    await runDeliveryBatch(t.db, { senders: { EMAIL: emailSender } });
    expect(await t.db.delivery.findFirstOrThrow({ where: { staffNotification: { recipientId: row.id } } })).toMatchObject({ status: 'FAILED' });
    expect(mailsSentInTests().some((mail) => mail.to === row.email)).toBe(false);
  });
});
