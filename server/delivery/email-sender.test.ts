// A notice by e-mail carries a Message-ID derived from its Delivery: if the worker dies between
// handing the mail to SMTP and marking the delivery sent, the copy sent again has the same id, so
// the receiving server or mail client can drop it (RFC 5322 §3.6.4).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { serverEnv } from '../config/env';
import { encryptText } from '../crypto/secret-box';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import type { DeliveryTarget } from './channel-sender';
import { emailSender } from './email-sender';
import { deliveryMessageId, mailsSentInTests, transportMessage } from './mailer';
import { loadOutgoingNotice } from './outgoing-notice';

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
});
