// Partner webhooks (media, akimat press services), managed by admins. The signing secret is shown
// once, when created; the URL is stored encrypted like every other subscriber address.
import { recordAuditEvent } from '../audit/record-audit-event';
import { decryptText, encryptText, keyedHash } from '../crypto/secret-box';
import type { Db } from '../db/client';
import { DomainError, notFound } from '../errors';
import { generateWebhookSecret } from '../delivery/webhook-signature';
import { checkDestinationUrl, privateDestinationsAllowed } from '../delivery/public-destination';
import { assertAdmin, type Actor } from '../policy';
import { createWebhookInput, setWebhookActiveInput, type CreateWebhookInput } from './schema';
import { newSubscriptionToken } from './tokens';

export async function createWebhook(db: Db, actor: Actor, rawInput: CreateWebhookInput, options: { encryptionKey: string }) {
  assertAdmin(actor, 'Only admins manage partner webhooks.');
  const input = createWebhookInput.parse(rawInput);
  const checked = await checkDestinationUrl(input.url, { allowHttp: true, allowPrivate: privateDestinationsAllowed() });
  if (!checked.ok) throw new DomainError('BAD_REQUEST', 'urlRefused');
  const url = checked.url.toString();
  const secret = generateWebhookSecret();
  return db.$transaction(async (tx) => {
    const addressHash = keyedHash(url, options.encryptionKey);
    const data = {
      label: input.label,
      regionCodes: input.regionCodes,
      language: input.language,
      addressCipher: encryptText(url, options.encryptionKey),
      webhookSecret: secret,
      confirmed: true,
      confirmedAt: new Date(),
      active: true,
      deactivatedReason: null,
    };
    // Registering the same URL again replaces its settings and secret (idempotent on retry).
    const saved = await tx.subscription.upsert({
      where: { channel_addressHash: { channel: 'WEBHOOK', addressHash } },
      create: { channel: 'WEBHOOK', addressHash, unsubscribeToken: newSubscriptionToken(), ...data },
      update: data,
      select: { id: true },
    });
    await recordAuditEvent(tx, { actorId: actor.id, action: 'webhook.registered', entityId: saved.id, after: { label: input.label, regionCodes: input.regionCodes, host: checked.url.host } });
    return { id: saved.id, secret };
  });
}

export async function setWebhookActive(db: Db, actor: Actor, rawInput: { id: string; active: boolean }) {
  assertAdmin(actor, 'Only admins manage partner webhooks.');
  const input = setWebhookActiveInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const found = await tx.subscription.findFirst({ where: { id: input.id, channel: 'WEBHOOK' }, select: { id: true, active: true } });
    if (!found) throw notFound('Webhook');
    await tx.subscription.update({ where: { id: found.id }, data: { active: input.active, deactivatedReason: input.active ? null : 'turned off by an admin' } });
    await recordAuditEvent(tx, { actorId: actor.id, action: input.active ? 'webhook.activated' : 'webhook.deactivated', entityId: found.id, before: { active: found.active }, after: { active: input.active } });
    return { id: found.id, active: input.active };
  });
}

export async function listWebhooks(db: Db, actor: Actor, options: { encryptionKey: string }) {
  assertAdmin(actor, 'Only admins manage partner webhooks.');
  const hooks = await db.subscription.findMany({
    where: { channel: 'WEBHOOK' },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      label: true,
      regionCodes: true,
      language: true,
      active: true,
      deactivatedReason: true,
      addressCipher: true,
      createdAt: true,
      deliveries: {
        orderBy: { queuedAt: 'desc' },
        take: 10,
        select: { id: true, kind: true, status: true, attempts: true, lastError: true, queuedAt: true, sentAt: true, noticeVersion: { select: { version: true, notice: { select: { slug: true } } } } },
      },
    },
  });
  return hooks.map(({ addressCipher, deliveries, ...hook }) => ({
    ...hook,
    url: safeDecrypt(addressCipher, options.encryptionKey),
    // Webhooks carry notices only (announcements go to the public channel), but the column allows both.
    deliveries: deliveries.flatMap((d) => (d.noticeVersion ? [{ id: d.id, kind: d.kind, status: d.status, attempts: d.attempts, lastError: d.lastError, queuedAt: d.queuedAt, sentAt: d.sentAt, slug: d.noticeVersion.notice.slug, version: d.noticeVersion.version }] : [])),
  }));
}
export type WebhookListItem = Awaited<ReturnType<typeof listWebhooks>>[number];

function safeDecrypt(cipher: string, key: string): string {
  try {
    return decryptText(cipher, key);
  } catch {
    return '—';
  }
}
