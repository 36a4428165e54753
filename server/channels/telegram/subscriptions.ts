// Telegram subscriptions: bot users' chats (/subscribe, /unsubscribe) and the public channel. One
// row per chat (unique channel + address hash), so re-subscribing updates it instead of adding one.
import { randomBytes } from 'node:crypto';
import { recordAuditEvent } from '../../audit/record-audit-event';
import { serverEnv } from '../../config/env';
import { encryptText } from '../../crypto/secret-box';
import type { Db } from '../../db/client';
import { chatAddressHash } from './contacts';
import { telegramConfig, type TelegramConfig } from './config';
import type { Language } from '../../i18n/languages';

export const PUBLIC_CHANNEL_LABEL = 'public-channel';

function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Empty regionCodes = every region (the fan-out treats [] as "all"). Confirmed at once: the chat itself asked. */
export async function subscribeTelegramChat(
  db: Db,
  encryptionKey: string,
  input: { chatId: number | string; language: Language; regionCodes: string[]; label?: string },
): Promise<{ id: string }> {
  const addressHash = chatAddressHash(input.chatId, encryptionKey);
  const regionCodes = [...new Set(input.regionCodes)].sort();
  return db.$transaction(async (tx) => {
    const now = new Date();
    // Inserted unless the chat has its row (ON CONFLICT DO NOTHING): two workers starting at once, or a
    // /subscribe sent twice, both find no row; the second waits for the first to commit, inserts nothing
    // and updates that row below like any existing one, instead of failing on the unique key.
    const [created] = await tx.subscription.createManyAndReturn({
      data: {
        channel: 'TELEGRAM',
        regionCodes,
        language: input.language,
        confirmed: true,
        confirmedAt: now,
        active: true,
        addressHash,
        addressCipher: encryptText(String(input.chatId), encryptionKey),
        unsubscribeToken: newToken(),
        label: input.label,
      },
      select: { id: true },
      skipDuplicates: true,
    });
    if (created) {
      await recordAuditEvent(tx, { actorLabel: 'telegram', action: 'subscription.created', entityId: created.id, after: { channel: 'TELEGRAM', regionCodes, language: input.language } });
      return created;
    }
    const existing = await tx.subscription.findUniqueOrThrow({
      where: { channel_addressHash: { channel: 'TELEGRAM', addressHash } },
      select: { id: true, regionCodes: true, language: true, active: true, label: true },
    });
    const unchanged =
      existing.active && existing.language === input.language && existing.label === (input.label ?? existing.label) && existing.regionCodes.join() === regionCodes.join();
    if (unchanged) return { id: existing.id };
    await tx.subscription.update({
      where: { id: existing.id },
      data: { regionCodes, language: input.language, active: true, confirmed: true, confirmedAt: now, deactivatedReason: null, label: input.label ?? existing.label },
    });
    await recordAuditEvent(tx, {
      actorLabel: 'telegram',
      action: 'subscription.updated',
      entityId: existing.id,
      before: { regionCodes: existing.regionCodes, language: existing.language, active: existing.active },
      after: { regionCodes, language: input.language, active: true },
    });
    return { id: existing.id };
  });
}

/** False when the chat had no active subscription. */
export async function unsubscribeTelegramChat(db: Db, encryptionKey: string, chatId: number | string, reason = 'unsubscribed'): Promise<boolean> {
  const addressHash = chatAddressHash(chatId, encryptionKey);
  return db.$transaction(async (tx) => {
    const existing = await tx.subscription.findUnique({ where: { channel_addressHash: { channel: 'TELEGRAM', addressHash } }, select: { id: true, active: true } });
    if (!existing?.active) return false;
    await tx.subscription.update({ where: { id: existing.id }, data: { active: false, deactivatedReason: reason } });
    await recordAuditEvent(tx, { actorLabel: 'telegram', action: 'subscription.deactivated', entityId: existing.id, after: { reason } });
    return true;
  });
}

export async function findTelegramChatSubscription(db: Db, encryptionKey: string, chatId: number | string) {
  return db.subscription.findUnique({
    where: { channel_addressHash: { channel: 'TELEGRAM', addressHash: chatAddressHash(chatId, encryptionKey) } },
    select: { id: true, active: true, regionCodes: true, language: true, cadence: true, unsubscribeToken: true },
  });
}

/**
 * The configured public channel gets every published notice through the same delivery queue as
 * everyone else: it is just a Telegram subscription to all regions. Idempotent; a channel that is
 * no longer configured stops receiving. Called at worker start.
 */
export async function ensureTelegramPublicChannelSubscription(
  db: Db,
  options: { config?: TelegramConfig | null; encryptionKey?: string } = {},
): Promise<{ id: string } | null> {
  const config = options.config === undefined ? telegramConfig() : options.config;
  const encryptionKey = options.encryptionKey ?? serverEnv().RASPA_ENCRYPTION_KEY;
  const current = config?.publicChannel ? chatAddressHash(config.publicChannel, encryptionKey) : null;

  const stale = await db.subscription.findMany({
    where: { channel: 'TELEGRAM', label: PUBLIC_CHANNEL_LABEL, active: true, ...(current ? { addressHash: { not: current } } : {}) },
    select: { id: true },
  });
  for (const old of stale) {
    await db.$transaction(async (tx) => {
      // Only the worker that stops it records it: another starting at once finds it stopped already.
      const stopped = await tx.subscription.updateMany({ where: { id: old.id, active: true }, data: { active: false, deactivatedReason: 'public channel no longer configured' } });
      if (stopped.count === 1) await recordAuditEvent(tx, { actorLabel: 'system', action: 'subscription.deactivated', entityId: old.id, after: { reason: 'public channel no longer configured' } });
    });
  }
  if (!config?.publicChannel) return null;
  return subscribeTelegramChat(db, encryptionKey, { chatId: config.publicChannel, language: config.publicChannelLanguage, regionCodes: [], label: PUBLIC_CHANNEL_LABEL });
}
