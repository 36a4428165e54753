// Sends one notice delivery to a Telegram chat: a bot subscriber, the public channel, or a
// reporter who asked for the answer (in the bot, or by typing their @username on the web form).
import { Api, GrammyError, HttpError } from 'grammy';
import type { ChannelSender, DeliveryTarget, OutgoingNotice, SendOutcome } from '../../delivery/channel-sender';
import { serverEnv } from '../../config/env';
import { decryptText } from '../../crypto/secret-box';
import type { Db } from '../../db/client';
import { formatTrackingCode } from '../../text';
import { telegramConfig, type TelegramConfig } from './config';
import { findChatCipherByUsername } from './contacts';
import { TelegramRateLimiter } from './rate-limiter';
import { botTranslator, escapeHtml, verdictWord } from './texts';

const TELEGRAM_MESSAGE_MAX = 4096;
/** When the bot is not configured, look again in a while rather than failing the delivery. */
const NOT_CONFIGURED_RETRY_MS = 15 * 60_000;

export interface TelegramSenderOptions {
  /** Read from the environment on each send when not given. */
  config?: () => TelegramConfig | null;
  encryptionKey?: () => string;
  limiter?: TelegramRateLimiter;
  sleep?: (ms: number) => Promise<void>;
}

/** The notice as one HTML message; every piece of notice text escaped. */
export function formatTelegramNotice(notice: OutgoingNotice, reporterTrackingCode: string | null): string {
  const t = botTranslator(notice.language);
  const head: string[] = [];
  if (reporterTrackingCode) head.push(escapeHtml(t('yourReportChecked', { code: formatTrackingCode(reporterTrackingCode) })));
  if (notice.isCorrection) head.push(`<b>${escapeHtml(t('correction'))}</b>${notice.changeNote ? `: ${escapeHtml(notice.changeNote)}` : ''}`);
  const title = `<b>${escapeHtml(verdictWord(notice.verdict, notice.language).toUpperCase())}:</b> ${escapeHtml(notice.title)}`;
  const link = `<a href="${escapeHtml(notice.url)}">${escapeHtml(t('readMore'))}</a>`;
  const top = [...head, title].join('\n');
  // The summary and advice give way when a notice is longer than one message allows.
  const room = TELEGRAM_MESSAGE_MAX - top.length - link.length - 10;
  let body = escapeHtml([notice.summary, notice.whatToDo].filter(Boolean).join('\n\n'));
  if (body.length > room) body = `${body.slice(0, room - 1).replace(/&[a-z]*$/, '')}…`;
  return `${top}\n\n${body}\n\n${link}`;
}

async function resolveChat(db: Db, target: DeliveryTarget, encryptionKey: string): Promise<{ chatId: string } | { error: string }> {
  if (target.subscription) return { chatId: decryptText(target.subscription.addressCipher, encryptionKey) };
  if (target.report?.contactKind === 'TELEGRAM' && target.report.contactCipher) {
    const contact = decryptText(target.report.contactCipher, encryptionKey);
    // Reports made in the bot hold the chat id; the web form holds a @username.
    if (/^-?\d+$/.test(contact)) return { chatId: contact };
    const cipher = await findChatCipherByUsername(db, encryptionKey, contact);
    if (!cipher) return { error: 'The reporter gave a Telegram username that has never written to the bot, and a bot cannot start a chat.' };
    return { chatId: decryptText(cipher, encryptionKey) };
  }
  return { error: 'The delivery has no Telegram chat to send to.' };
}

export function createTelegramSender(options: TelegramSenderOptions = {}): ChannelSender {
  const readConfig = options.config ?? (() => telegramConfig());
  const readKey = options.encryptionKey ?? (() => serverEnv().RASPA_ENCRYPTION_KEY);
  const limiter = options.limiter ?? new TelegramRateLimiter();
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let api: { key: string; api: Api } | null = null;
  const chatQueues = new Map<string, Promise<unknown>>();

  function inChatOrder<T>(chatId: string, task: () => Promise<T>): Promise<T> {
    const previous = chatQueues.get(chatId) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.catch(() => undefined);
    chatQueues.set(chatId, settled);
    void settled.then(() => {
      if (chatQueues.get(chatId) === settled) chatQueues.delete(chatId);
    });
    return next;
  }

  return {
    channel: 'TELEGRAM',
    async send(db, target, notice): Promise<SendOutcome> {
      const config = readConfig();
      if (!config) return { status: 'retry', error: 'The Telegram bot is not configured (TELEGRAM_BOT_TOKEN).', retryAfterMs: NOT_CONFIGURED_RETRY_MS };
      const chat = await resolveChat(db, target, readKey());
      if ('error' in chat) return { status: 'failed', error: chat.error };

      const apiKey = `${config.apiRoot}|${config.token}`;
      if (api?.key !== apiKey) api = { key: apiKey, api: new Api(config.token, { apiRoot: config.apiRoot }) };
      const client = api.api;
      const text = formatTelegramNotice(notice, target.report ? target.report.trackingCode : null);

      // One send at a time per chat, so the interval runs from the previous message's arrival.
      return inChatOrder(chat.chatId, async () => {
        const reservation = limiter.reserve(chat.chatId);
        if (!reservation.ok) return { status: 'retry', error: 'Telegram rate limit: waiting for this chat.', retryAfterMs: reservation.retryAfterMs };
        if (reservation.waitMs > 0) await sleep(reservation.waitMs);
        try {
          await client.sendMessage(chat.chatId, text, { parse_mode: 'HTML', link_preview_options: { url: notice.url } });
          return { status: 'sent' };
        } catch (error) {
          return outcomeOfError(error, chat.chatId, limiter, Boolean(target.subscription));
        } finally {
          limiter.markSent(chat.chatId);
        }
      });
    },
  };
}

function outcomeOfError(error: unknown, chatId: string, limiter: TelegramRateLimiter, isSubscription: boolean): SendOutcome {
  if (error instanceof GrammyError) {
    const description = `Telegram ${error.error_code}: ${error.description}`;
    if (error.error_code === 429) {
      const retryAfterMs = Math.max(1, error.parameters.retry_after ?? 5) * 1000;
      limiter.pause(chatId, retryAfterMs);
      return { status: 'retry', error: description, retryAfterMs };
    }
    // Blocked, kicked from the channel, deleted account, chat gone: sending again cannot work.
    if (error.error_code === 403 || (error.error_code === 400 && /chat not found|user is deactivated|chat_id is empty/i.test(error.description))) {
      return { status: 'failed', error: description, deactivateSubscription: isSubscription };
    }
    if (error.error_code >= 500) return { status: 'retry', error: description };
    return { status: 'failed', error: description };
  }
  if (error instanceof HttpError) return { status: 'retry', error: `Telegram unreachable: ${error.message}` };
  return { status: 'retry', error: error instanceof Error ? error.message : String(error) };
}

/** The process-wide sender, registered in server/delivery/senders.ts. */
export const telegramSender = createTelegramSender();
