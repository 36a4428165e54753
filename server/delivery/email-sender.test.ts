// A notice by e-mail carries a Message-ID derived from its Delivery: if the worker dies between
// handing the mail to SMTP and marking the delivery sent, the copy sent again has the same id, so
// the receiving server or mail client can drop it (RFC 5322 §3.6.4).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { serverEnv } from '../config/env';
import { encryptText } from '../crypto/secret-box';
import { loadOutgoingStaffNotification } from '../notifications/staff-message';
import { notifyStaff } from '../notifications/notify-staff';
import { updateNotificationSettings } from '../notifications/settings';
import { setupTestDatabase } from '../testing/database';
import { asActor, createPublishedNotice, createRumor, createStaff } from '../testing/fixtures';
import type { DeliveryTarget } from './channel-sender';
import { emailSender } from './email-sender';
import { deliveryMessageId, mailsSentInTests, transportMessage } from './mailer';
import { loadOutgoingNotice } from './outgoing-notice';
import { runDeliveryBatch } from './run-delivery-batch';

const t = setupTestDatabase();

function subscriberTarget(deliveryId: string, address: string): DeliveryTarget {
  return {
    deliveryId,
    channel: 'EMAIL',
    attempts: 0,
    subscription: { id: randomUUID(), language: 'kk', regionCodes: ['KZ-47'], addressCipher: encryptText(address, serverEnv().RASPA_ENCRYPTION_KEY), webhookSecret: null, unsubscribeToken: 'u'.repeat(32), label: null },
    report: null,
  };
}

describe('e-mail deliveries', () => {
  it('carry the same Message-ID on every attempt of one delivery, and another one for each other delivery', async () => {
    const { notice } = await createPublishedNotice(t.db, { slug: `mail-id-${Date.now()}`, verdict: 'FALSE', regionCodes: ['KZ-47'], titles: { kk: 'Жалған', ru: 'Ложь', en: 'False' } });
    const version = await t.db.noticeVersion.findFirstOrThrow({ where: { noticeId: notice.id } });
    const message = (await loadOutgoingNotice(t.db, version.id))('kk')!;
    const first = randomUUID();
    const other = randomUUID();
    const before = mailsSentInTests().length;
    expect(await emailSender.send(t.db, subscriberTarget(first, 'aigerim@example.kz'), message)).toEqual({ status: 'sent' });
    await emailSender.send(t.db, { ...subscriberTarget(first, 'aigerim@example.kz'), attempts: 1 }, message);
    await emailSender.send(t.db, subscriberTarget(other, 'dana@example.kz'), message);
    const ids = mailsSentInTests().slice(before).map((mail) => mail.messageId);
    expect(ids[0]).toMatch(new RegExp(`^<delivery\\.${first}@[A-Za-z0-9.-]+>$`));
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).toBe(deliveryMessageId(other));
    expect(ids[2]).not.toBe(ids[0]);
    // … and it is what the SMTP transport is given.
    expect(transportMessage(mailsSentInTests().at(-1)!)).toMatchObject({ messageId: ids[2], to: 'dana@example.kz' });
  });

  it('give a staff notification mailed by the delivery engine the Message-ID of its Delivery too, the same on a second attempt', async () => {
    const staff = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    const member = asActor(staff);
    await updateNotificationSettings(t.db, member, { channels: { ASSIGNED: 'EMAIL' }, quietHoursStart: null, quietHoursEnd: null });
    const assigner = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    const rumor = await createRumor(t.db, `Говорят, в Актау закроют порт ${randomUUID()}`, ['KZ-47'], 'INVESTIGATING');
    await t.db.$transaction((tx) => notifyStaff(tx, { kind: 'ASSIGNED', rumorId: rumor.id, recipientIds: [member.id], actorId: assigner.id }));
    const notification = await t.db.staffNotification.findFirstOrThrow({ where: { recipientId: member.id, rumorId: rumor.id } });
    const delivery = await t.db.delivery.findFirstOrThrow({ where: { staffNotificationId: notification.id } });
    expect(delivery.channel).toBe('EMAIL');

    const before = mailsSentInTests().length;
    await runDeliveryBatch(t.db, { senders: { EMAIL: emailSender } });
    const mails = mailsSentInTests().slice(before).filter((mail) => mail.to === staff.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.messageId).toBe(deliveryMessageId(delivery.id));
    // Sent again after a crash between SMTP and 'sent': the same id, so the copy can be dropped.
    await emailSender.sendStaffNotification!(t.db, (await loadOutgoingStaffNotification(t.db, notification.id))!, delivery.id);
    expect(mailsSentInTests().at(-1)).toMatchObject({ to: staff.email, messageId: mails[0]!.messageId });
    expect(transportMessage(mailsSentInTests().at(-1)!)).toMatchObject({ messageId: deliveryMessageId(delivery.id) });
  });
});
