// The bot's settings, from the validated environment (tests point TELEGRAM_API_BASE_URL at a local
// fake Bot API server).
import type { UserFromGetMe } from 'grammy/types';
import { serverEnv, type ServerEnv } from '../../config/env';
import { publicBaseUrl } from '../../config/public-url';
import type { Language } from '../../i18n/languages';

export interface TelegramConfig {
  token: string;
  /** Null: the webhook refuses every update (nothing to check the secret-token header against). */
  webhookSecret: string | null;
  apiRoot: string;
  publicChannel: string | null;
  publicChannelLanguage: Language;
  botUsername: string | null;
}

/** Null when no bot token is set: the bot is off. */
export function telegramConfig(parsed: ServerEnv = serverEnv()): TelegramConfig | null {
  if (!parsed.TELEGRAM_BOT_TOKEN) return null;
  return {
    token: parsed.TELEGRAM_BOT_TOKEN,
    webhookSecret: parsed.TELEGRAM_WEBHOOK_SECRET ?? null,
    apiRoot: parsed.TELEGRAM_API_BASE_URL.replace(/\/+$/, ''),
    publicChannel: parsed.TELEGRAM_PUBLIC_CHANNEL ?? null,
    publicChannelLanguage: parsed.TELEGRAM_PUBLIC_CHANNEL_LANGUAGE,
    botUsername: parsed.TELEGRAM_BOT_USERNAME?.replace(/^@/, '') ?? null,
  };
}

/**
 * What grammY would otherwise ask Telegram with getMe on every cold start: the bot's id is the
 * token's prefix, and the rest only matters for command parsing in groups (/start@bot).
 */
export function presetBotInfo(config: TelegramConfig): UserFromGetMe {
  return {
    id: Number(config.token.split(':')[0]),
    is_bot: true,
    first_name: 'Raspa',
    username: config.botUsername ?? 'raspa_bot',
    can_join_groups: false,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
}

/** The public site's origin, as Telegram and the bot's users must reach it (NEXTAUTH_URL). */
export function telegramPublicOrigin(): string {
  return new URL(publicBaseUrl()).origin;
}
