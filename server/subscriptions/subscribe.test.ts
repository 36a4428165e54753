import { describe, expect, it } from 'vitest';
import { decryptText } from '../crypto/secret-box';
import { emailSender } from '../delivery/email-sender';
import { fanOutNoticeVersion } from '../delivery/fan-out';
import { mailsSentInTests } from '../delivery/mailer';
import { runDeliveryBatch } from '../delivery/run-delivery-batch';
import { latestVersionId, TEST_KEY } from '../testing/delivery';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import { confirmEmailSubscription, subscribe, unsubscribe } from './subscribe';

const t = setupTestDatabase();
const options = { encryptionKey: TEST_KEY };
const lastMailTo = (to: string) => mailsSentInTests().filter((m) => m.to === to).at(-1);
const titles = { kk: 'Шымкентте мектептер жабылады', ru: 'В Шымкенте закроют школы', en: 'Schools will close in Shymkent' };

describe('e-mail subscription (double opt-in) and unsubscribe', () => {
  it('sends a confirmation link, delivers notices only after it is opened, and stops after one-click unsubscribe', async () => {
    const email = `Aigerim.${Date.now()}@Example.kz`;
    expect(await subscribe(t.db, { language: 'kk', regionCodes: ['KZ-79'], email }, options)).toEqual({ kind: 'email' });
    const stored = await t.db.subscription.findFirstOrThrow({ where: { channel: 'EMAIL' }, orderBy: { createdAt: 'desc' } });
    expect(stored.confirmed).toBe(false);
    expect(stored.addressCipher).not.toContain('example');
    expect(decryptText(stored.addressCipher, TEST_KEY)).toBe(email.toLowerCase());

    const confirmation = lastMailTo(email.toLowerCase())!;
    expect(confirmation.subject).toBe('Raspa жазылымын растаңыз');
    const link = confirmation.text.match(/https?:\/\/\S+\/kk\/subscribe\/confirm\/(\S+)/);
    expect(link).not.toBeNull();
    expect(confirmation.headers?.['List-Unsubscribe']).toContain(stored.unsubscribeToken);

    // Before confirming, a notice for the region reaches nobody at this address.
    const { notice: before } = await createPublishedNotice(t.db, { slug: `mail-before-${Date.now()}`, verdict: 'FALSE', regionCodes: ['KZ-79'], titles });
    await fanOutNoticeVersion(t.db, await latestVersionId(t.db, before.id));
    expect(await t.db.delivery.count({ where: { subscriptionId: stored.id } })).toBe(0);

    expect(await confirmEmailSubscription(t.db, link![1]!)).toEqual({ language: 'kk' });
    expect(await confirmEmailSubscription(t.db, link![1]!)).toEqual({ language: 'kk' }); // opening twice is fine
    const { notice } = await createPublishedNotice(t.db, { slug: `mail-after-${Date.now()}`, verdict: 'FALSE', regionCodes: ['KZ-79'], titles });
    await fanOutNoticeVersion(t.db, await latestVersionId(t.db, notice.id));
    await runDeliveryBatch(t.db, { senders: { EMAIL: emailSender } });
    const noticeMail = lastMailTo(email.toLowerCase())!;
    expect(noticeMail.subject).toBe(`Жалған: ${titles.kk}`);
    expect(noticeMail.text).toContain(`/kk/notices/${notice.slug}`);
    expect(noticeMail.html).toContain('<html lang="kk">');
    expect(noticeMail.headers).toMatchObject({ 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    expect(noticeMail.headers?.['List-Unsubscribe']).toContain(`/api/v1/subscriptions/unsubscribe/${stored.unsubscribeToken}`);

    expect(await unsubscribe(t.db, stored.unsubscribeToken)).toBe(true);
    expect(await unsubscribe(t.db, stored.unsubscribeToken)).toBe(true); // idempotent
    expect(await unsubscribe(t.db, 'no-such-token-at-all-000')).toBe(false);
    expect(await t.db.subscription.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ active: false, deactivatedReason: 'unsubscribed' });
    const { notice: after } = await createPublishedNotice(t.db, { slug: `mail-unsub-${Date.now()}`, verdict: 'FALSE', regionCodes: ['KZ-79'], titles });
    const afterVersion = await latestVersionId(t.db, after.id);
    await fanOutNoticeVersion(t.db, afterVersion);
    expect(await t.db.delivery.count({ where: { subscriptionId: stored.id, noticeVersionId: afterVersion } })).toBe(0);
  });

  it('subscribing the same address or browser again updates one subscription instead of adding another', async () => {
    const push = { endpoint: `https://push.example.org/send/${Date.now()}`, keys: { p256dh: 'BAbc', auth: 'xyz' } };
    const first = await subscribe(t.db, { language: 'ru', regionCodes: ['KZ-75'], push }, options);
    const second = await subscribe(t.db, { language: 'en', regionCodes: ['KZ-11', 'KZ-75'], push }, options);
    expect(first.kind === 'push' && second.kind === 'push' && first.subscriptionId === second.subscriptionId).toBe(true);
    const row = await t.db.subscription.findUniqueOrThrow({ where: { id: (second as { subscriptionId: string }).subscriptionId } });
    expect(row).toMatchObject({ language: 'en', regionCodes: ['KZ-11', 'KZ-75'], confirmed: true, active: true });
  });

  it('a report-bound push subscription needs a real tracking code', async () => {
    const push = { endpoint: `https://push.example.org/send/r${Date.now()}`, keys: { p256dh: 'BAbc', auth: 'xyz' } };
    expect(await subscribe(t.db, { language: 'ru', push, trackingCode: 'ZZZZZZZZ' }, options)).toEqual({ kind: 'unknown-report' });
  });
});
