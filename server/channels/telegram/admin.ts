// The Telegram part of the admin Channels page: is the bot on, where Telegram should send updates,
// how many chats subscribe — and registering that webhook with Telegram (setWebhook with the secret).
import { Api, GrammyError } from 'grammy';
import { recordAuditEvent } from '../../audit/record-audit-event';
import type { Db } from '../../db/client';
import { DomainError } from '../../errors';
import { assertAdmin, hasRole, MODERATION_ROLES, type Actor } from '../../policy';
import type { TelegramConfig } from './config';
import { PUBLIC_CHANNEL_LABEL } from './subscriptions';

export const TELEGRAM_WEBHOOK_PATH = '/api/telegram/webhook';
/** The update types the bot handles; Telegram sends nothing else. */
export const TELEGRAM_ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const;

export interface TelegramBotStatus {
  enabled: boolean;
  botUsername: string | null;
  webhookUrl: string;
  /** Telegram accepts only https:// webhooks. */
  webhookUrlIsHttps: boolean;
  webhookSecretSet: boolean;
  publicChannel: string | null;
  publicChannelSubscribed: boolean;
  /** Active bot-user subscriptions (the public channel not counted). */
  subscribers: number;
  /** Chats that have ever talked to the bot. */
  chats: number;
}

export function telegramWebhookUrl(publicOrigin: string): string {
  return new URL(TELEGRAM_WEBHOOK_PATH, publicOrigin).toString();
}

export async function getTelegramBotStatus(db: Db, actor: Actor, options: { config: TelegramConfig | null; publicOrigin: string }): Promise<TelegramBotStatus> {
  if (!hasRole(actor, MODERATION_ROLES)) throw new DomainError('FORBIDDEN', 'forbidden');
  const { config } = options;
  const webhookUrl = telegramWebhookUrl(options.publicOrigin);
  const [subscribers, publicChannel, chats] = await Promise.all([
    db.subscription.count({ where: { channel: 'TELEGRAM', active: true, OR: [{ label: null }, { label: { not: PUBLIC_CHANNEL_LABEL } }] } }),
    db.subscription.count({ where: { channel: 'TELEGRAM', active: true, label: PUBLIC_CHANNEL_LABEL } }),
    db.channelContact.count({ where: { channel: 'TELEGRAM' } }),
  ]);
  return {
    enabled: Boolean(config),
    botUsername: config?.botUsername ?? null,
    webhookUrl,
    webhookUrlIsHttps: webhookUrl.startsWith('https://'),
    webhookSecretSet: Boolean(config?.webhookSecret),
    publicChannel: config?.publicChannel ?? null,
    publicChannelSubscribed: publicChannel > 0,
    subscribers,
    chats,
  };
}

export type RegisterWebhookResult = { ok: true; webhookUrl: string } | { ok: false; reason: 'notConfigured' | 'noSecret' | 'rejected'; detail?: string };

/**
 * Tells Telegram where to send updates, with the secret it must echo in every request. An expected
 * refusal (bot off, no secret, Telegram said no) is a result the page shows, not an error.
 */
export async function registerTelegramWebhook(db: Db, actor: Actor, options: { config: TelegramConfig | null; publicOrigin: string }): Promise<RegisterWebhookResult> {
  assertAdmin(actor, 'forbidden');
  const { config } = options;
  if (!config) return { ok: false, reason: 'notConfigured' };
  if (!config.webhookSecret) return { ok: false, reason: 'noSecret' };
  const webhookUrl = telegramWebhookUrl(options.publicOrigin);
  try {
    await new Api(config.token, { apiRoot: config.apiRoot }).setWebhook(webhookUrl, { secret_token: config.webhookSecret, allowed_updates: [...TELEGRAM_ALLOWED_UPDATES] });
  } catch (error) {
    return { ok: false, reason: 'rejected', detail: error instanceof GrammyError ? error.description : error instanceof Error ? error.message : String(error) };
  }
  await db.$transaction((tx) => recordAuditEvent(tx, { actorId: actor.id, action: 'telegram.webhook_registered', entityId: String(config.token.split(':')[0]), after: { webhookUrl } }));
  return { ok: true, webhookUrl };
}
