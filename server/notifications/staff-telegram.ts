// A staff member's own Telegram chat for their notifications (issue 16). The account page shows a
// one-time code (15 minutes); the member opens the bot with it (t.me/<bot>?start=<code>, or types
// `/start <code>`), and the bot's webhook binds that chat to them (server/channels/telegram/bot.ts
// calls linkTelegramChat). Only keyed hashes of the code and the chat id are searchable; the chat
// id itself is stored encrypted. Linking and unlinking are audited.
import { randomBytes } from 'node:crypto';
import { recordAuditEvent } from '../audit/record-audit-event';
import { telegramConfig, type TelegramConfig } from '../channels/telegram/config';
import { serverEnv } from '../config/env';
import { encryptText, keyedHash } from '../crypto/secret-box';
import type { Db } from '../db/client';
import type { Language } from '../i18n/languages';
import type { Actor } from '../policy';

export const TELEGRAM_LINK_CODE_MINUTES = 15;
/** What a link code looks like: Telegram's start parameter allows 1–64 of [A-Za-z0-9_-]. */
export const TELEGRAM_LINK_CODE = /^staff_[A-Za-z0-9_-]{24}$/;

const key = () => serverEnv().RASPA_ENCRYPTION_KEY;

/** Whether the member's Telegram is linked, and whether linking is possible here (the bot is configured and has a username). */
export async function getTelegramLink(db: Db, actor: Actor, options: { config?: TelegramConfig | null } = {}) {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { telegramLinkedAt: true } });
  const config = options.config === undefined ? telegramConfig() : options.config;
  return { linked: user.telegramLinkedAt !== null, botUsername: config?.botUsername ?? null, available: Boolean(config?.botUsername) };
}

/** A new one-time code (replacing any earlier one) and the ways to hand it to the bot; refused when this server has no bot. */
export async function startTelegramLink(db: Db, actor: Actor, options: { config?: TelegramConfig | null } = {}) {
  const botUsername = (options.config === undefined ? telegramConfig() : options.config)?.botUsername;
  if (!botUsername) return { started: false as const, reason: 'telegramUnavailable' as const };
  const code = `staff_${randomBytes(18).toString('base64url')}`;
  const expiresAt = new Date(Date.now() + TELEGRAM_LINK_CODE_MINUTES * 60_000);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { telegramLinkCodeHash: keyedHash(code, key()), telegramLinkCodeExpiresAt: expiresAt } });
    await recordAuditEvent(tx, { actorId: actor.id, action: 'account.telegram_link_started', entityId: actor.id });
  });
  return { started: true as const, code, deepLink: `https://t.me/${botUsername}?start=${code}`, botUsername, minutes: TELEGRAM_LINK_CODE_MINUTES };
}

/** Unlinks the chat; the kinds that came by Telegram go back to the app only. */
export async function unlinkTelegram(db: Db, actor: Actor) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { telegramLinkedAt: true } });
    await tx.user.update({ where: { id: actor.id }, data: { telegramChatCipher: null, telegramChatHash: null, telegramLinkedAt: null, telegramLinkCodeHash: null, telegramLinkCodeExpiresAt: null } });
    const { count } = await tx.staffNotificationPreference.deleteMany({ where: { userId: actor.id, channel: 'TELEGRAM' } });
    if (user.telegramLinkedAt) await recordAuditEvent(tx, { actorId: actor.id, action: 'account.telegram_unlinked', entityId: actor.id, after: { kindsBackInApp: count } });
    return { linked: false };
  });
}

/**
 * The bot's half: binds the chat that sent `/start <code>` to the code's member, if the code is
 * current and the member active. A chat linked to another member before is taken from them (one
 * chat, one member). Returns who was linked (for the bot's answer in their language), or null.
 */
export async function linkTelegramChat(db: Db, input: { code: string; chatId: number; encryptionKey: string }, now = new Date()): Promise<{ name: string; locale: Language } | null> {
  if (!TELEGRAM_LINK_CODE.test(input.code)) return null;
  const chatHash = keyedHash(String(input.chatId), input.encryptionKey);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { telegramLinkCodeHash: keyedHash(input.code, input.encryptionKey) }, select: { id: true, name: true, locale: true, active: true, telegramLinkCodeExpiresAt: true } });
    if (!user || !user.active || !user.telegramLinkCodeExpiresAt || user.telegramLinkCodeExpiresAt <= now) return null;
    const previous = await tx.user.findUnique({ where: { telegramChatHash: chatHash }, select: { id: true } });
    if (previous && previous.id !== user.id) {
      await tx.user.update({ where: { id: previous.id }, data: { telegramChatCipher: null, telegramChatHash: null, telegramLinkedAt: null } });
      await tx.staffNotificationPreference.deleteMany({ where: { userId: previous.id, channel: 'TELEGRAM' } });
      await recordAuditEvent(tx, { actorLabel: 'telegram', action: 'account.telegram_unlinked', entityId: previous.id, after: { kindsBackInApp: 0 } });
    }
    await tx.user.update({
      where: { id: user.id },
      data: { telegramChatCipher: encryptText(String(input.chatId), input.encryptionKey), telegramChatHash: chatHash, telegramLinkedAt: now, telegramLinkCodeHash: null, telegramLinkCodeExpiresAt: null },
    });
    await recordAuditEvent(tx, { actorId: user.id, actorLabel: 'telegram', action: 'account.telegram_linked', entityId: user.id });
    return { name: user.name, locale: user.locale };
  });
}
