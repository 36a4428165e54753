// Sends one notice delivery to a Telegram chat: a bot subscriber, the public channel, or a
// reporter who asked for the answer (in the bot, or by typing their @username on the web form).
// A withdrawal is a message of its own ("withdrawn: … — why"). In the public channel, where a post
// is what people forward, a correction is posted as a reply to the earlier post and a withdrawal
// as a reply too — both notify the channel's followers — and every earlier post of the notice is
// EDITED to say it was corrected or withdrawn, so whoever scrolls back or opens a link to it sees.
import { Api, GrammyError, HttpError } from 'grammy';
import { formatVerificationCode } from '../../signing/verification-code';
import type { ChannelSender, DeliveryTarget, OutgoingAnnouncement, OutgoingDigest, OutgoingNotice, SendOutcome } from '../../delivery/channel-sender';
import { digestPeriodLabel } from '../../delivery/mail-templates';
import { deliveryText } from '../../delivery/notice-words';
import { serverEnv } from '../../config/env';
import { decryptText } from '../../crypto/secret-box';
import type { Db } from '../../db/client';
import { loadNoticeVersionText } from '../../delivery/outgoing-notice';
import { leadsWithFact } from '../../notices/debunk-order';
import { formatTrackingCode } from '../../text';
import { telegramConfig, type TelegramConfig } from './config';
import { findChatCipherByUsername } from './contacts';
import type { OutgoingStaffNotification } from '../../notifications/staff-message';
import { TelegramRateLimiter } from './rate-limiter';
import { PUBLIC_CHANNEL_LABEL } from './subscriptions';
import { botTranslator, escapeHtml, verdictWord } from './texts';

const TELEGRAM_MESSAGE_MAX = 4096;
/** When the bot is not configured, look again in a while rather than failing the delivery. */
const NOT_CONFIGURED_RETRY_MS = 15 * 60_000;
/** A channel takes one message every 3 s: a delivery that edits earlier posts first waits its turn for each. */
const CHANNEL_CALL_MAX_WAIT_MS = 20_000;

export interface TelegramSenderOptions {
  /** Read from the environment on each send when not given. */
  config?: () => TelegramConfig | null;
  encryptionKey?: () => string;
  limiter?: TelegramRateLimiter;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The notice as one HTML message; every piece of notice text escaped. Debunking order: for a false,
 * misleading or unverified claim the fact comes first (bold) and the claim once, flagged; a true
 * claim (or an interim notice) leads with the verdict and the claim.
 */
export function formatTelegramNotice(notice: OutgoingNotice, reporterTrackingCode: string | null): string {
  const t = botTranslator(notice.language);
  const head: string[] = [];
  if (reporterTrackingCode) head.push(escapeHtml(t('yourReportChecked', { code: formatTrackingCode(reporterTrackingCode) })));
  if (notice.isCorrection) head.push(`<b>${escapeHtml(t('correction'))}</b>${notice.changeNote ? `: ${escapeHtml(notice.changeNote)}` : ''}`);
  const verdict = `<b>${escapeHtml(verdictWord(notice.verdict, notice.language).toUpperCase())}:</b>`;
  const link = [`<a href="${escapeHtml(notice.url)}">${escapeHtml(t('readMore'))}</a>`, verificationLine(notice)].filter(Boolean).join('\n');
  const fitted = (text: string, room: number) => {
    const escaped = escapeHtml(text);
    return escaped.length > room ? `${escaped.slice(0, Math.max(0, room - 1)).replace(/&[a-z]*$/, '')}…` : escaped;
  };
  if (leadsWithFact(notice.verdict)) {
    const claim = `${verdict} «${escapeHtml(notice.title)}»`;
    const top = head.join('\n');
    // The advice gives way first, then the fact's tail, when a notice is longer than one message allows.
    const room = TELEGRAM_MESSAGE_MAX - top.length - claim.length - link.length - 20;
    const fact = `<b>${fitted(notice.summary, room)}</b>`;
    const advice = notice.whatToDo ? fitted(notice.whatToDo, room - fact.length) : '';
    return [top, fact, claim, advice, link].filter(Boolean).join('\n\n');
  }
  const top = [...head, `${verdict} ${escapeHtml(notice.title)}`].join('\n');
  // The summary and advice give way when a notice is longer than one message allows.
  const body = fitted([notice.summary, notice.whatToDo].filter(Boolean).join('\n\n'), TELEGRAM_MESSAGE_MAX - top.length - link.length - 10);
  return `${top}\n\n${body}\n\n${link}`;
}

/** "Withdrawn: … — why; do not share it", as one HTML message. */
export function formatTelegramWithdrawal(notice: OutgoingNotice, reporterTrackingCode: string | null): string {
  const t = botTranslator(notice.language);
  const lines: string[] = [];
  if (reporterTrackingCode) lines.push(escapeHtml(t('yourReportWithdrawn', { code: formatTrackingCode(reporterTrackingCode) })));
  lines.push(`<b>${escapeHtml(t('withdrawnTitle'))}</b> ${escapeHtml(t('withdrawnWas', { verdict: verdictWord(notice.verdict, notice.language), title: notice.title }))}`);
  if (notice.withdrawal?.reason) lines.push(escapeHtml(t('withdrawnReason', { reason: notice.withdrawal.reason })));
  lines.push(escapeHtml(t('withdrawnDoNotShare')));
  lines.push([`<a href="${escapeHtml(notice.url)}">${escapeHtml(t('readMore'))}</a>`, verificationLine(notice)].filter(Boolean).join('\n'));
  return lines.join('\n\n');
}

/** "Verification code: ABCDE-FGHJK — check it at <verify page>": a forwarded message can be checked. */
function verificationLine(notice: OutgoingNotice): string {
  if (!notice.verificationCode) return '';
  const verifyUrl = `${new URL(notice.url).origin}/${notice.language}/verify?code=${notice.verificationCode}`;
  const code = formatVerificationCode(notice.verificationCode);
  return escapeHtml(botTranslator(notice.language)('verificationCode', { code: '\u0000', url: '\u0001' }))
    .replace('\u0000', `<code>${code}</code>`)
    .replace('\u0001', `<a href="${escapeHtml(verifyUrl)}">${escapeHtml(verifyUrl.replace(/^https?:\/\//, ''))}</a>`);
}

/** An earlier channel post, edited after a correction or withdrawal: a banner above what it said. */
export function formatEditedChannelPost(earlier: OutgoingNotice, current: OutgoingNotice): string {
  const t = botTranslator(earlier.language);
  const banner = current.withdrawal
    ? `<b>${escapeHtml(t('withdrawnTitle'))}</b> ${escapeHtml(current.withdrawal.reason ? t('withdrawnReason', { reason: current.withdrawal.reason }) : t('withdrawnDoNotShare'))}`
    : `<b>${escapeHtml(t('correctedBanner'))}</b> <a href="${escapeHtml(current.url)}">${escapeHtml(t('correctedSeeNew'))}</a>`;
  const post = formatTelegramNotice(earlier, null);
  const room = TELEGRAM_MESSAGE_MAX - banner.length - 4;
  // The old text is what is cut when the two do not fit (never inside an entity or a tag).
  const body = post.length > room ? `${post.slice(0, room - 1).replace(/<[^>]*$/, '').replace(/&[a-z]*$/, '')}…` : post;
  return `${banner}\n\n${current.withdrawal ? `<s>${stripTags(body)}</s>` : body}`;
}

function stripTags(html: string): string {
  return html.replace(/<[^>]+>/g, '');
}

/** A staff notification as one HTML message: what happened, the claim (escaped, cut to fit), the link. */
export function formatTelegramStaffNotification(message: OutgoingStaffNotification): string {
  const head = `<b>${escapeHtml(message.what)}</b>`;
  const link = escapeHtml(message.url);
  const room = TELEGRAM_MESSAGE_MAX - head.length - link.length - 10;
  const claim = escapeHtml(message.claim);
  return `${head}\n\n${claim.length > room ? `${claim.slice(0, room - 1).replace(/&[a-z]*$/, '')}…` : claim}\n\n${link}`;
}

/** Titles a digest message lists before "more: N" (the link leads to them all). */
const TELEGRAM_DIGEST_ITEMS = 10;

/** A daily or weekly digest as one short HTML message: the titles (linked), and the link to them all. */
export function formatTelegramDigest(digest: OutgoingDigest): string {
  const lang = digest.language;
  const head = `<b>${escapeHtml(deliveryText(lang, digest.cadence === 'DAILY' ? 'digestSubjectDaily' : 'digestSubjectWeekly', { period: digestPeriodLabel(digest) }))}</b>`;
  const count = escapeHtml(deliveryText(lang, 'digestCount', { count: digest.items.length }));
  const lines = digest.items.slice(0, TELEGRAM_DIGEST_ITEMS).map((item) => {
    const marker = item.isCorrection ? `<i>${escapeHtml(deliveryText(lang, 'digestCorrected'))}</i> · ` : '';
    const title = item.title.length > 200 ? `${item.title.slice(0, 199)}…` : item.title;
    return `• ${marker}<b>${escapeHtml(verdictWord(item.verdict, lang))}:</b> <a href="${escapeHtml(item.url)}">${escapeHtml(title)}</a>`;
  });
  const more = digest.items.length > TELEGRAM_DIGEST_ITEMS ? [escapeHtml(deliveryText(lang, 'digestMore', { count: digest.items.length - TELEGRAM_DIGEST_ITEMS }))] : [];
  return [head, count, [...lines, ...more].join('\n'), `<a href="${escapeHtml(digest.url)}">${escapeHtml(deliveryText(lang, 'digestAll'))}</a>`].join('\n\n');
}

/** An announcement (e.g. a published transparency report) as one HTML message. */
export function formatTelegramAnnouncement(announcement: OutgoingAnnouncement): string {
  const t = botTranslator(announcement.language);
  return `<b>${escapeHtml(announcement.title)}</b>\n\n${escapeHtml(announcement.summary)}\n\n<a href="${escapeHtml(announcement.url)}">${escapeHtml(t('readMore'))}</a>`;
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

  /** One Bot API call to this chat within Telegram's limits; a 429 pauses the chat and is rethrown. */
  async function limited<T>(chatId: string, maxWaitMs: number | undefined, call: () => Promise<T>): Promise<T | { retryAfterMs: number }> {
    const reservation = limiter.reserve(chatId, maxWaitMs);
    if (!reservation.ok) return { retryAfterMs: reservation.retryAfterMs };
    if (reservation.waitMs > 0) await sleep(reservation.waitMs);
    try {
      return await call();
    } finally {
      limiter.markSent(chatId);
    }
  }

  /** The bot's client (made again when the token or API root changed), or why nothing can be sent now. */
  function botClient(): Api | SendOutcome {
    const config = readConfig();
    if (!config) return { status: 'retry', error: 'The Telegram bot is not configured (TELEGRAM_BOT_TOKEN).', retryAfterMs: NOT_CONFIGURED_RETRY_MS };
    const apiKey = `${config.apiRoot}|${config.token}`;
    if (api?.key !== apiKey) api = { key: apiKey, api: new Api(config.token, { apiRoot: config.apiRoot }) };
    return api.api;
  }

  /** The bot's client and the target's chat, or why nothing can be sent now. */
  async function reachChat(db: Db, target: DeliveryTarget): Promise<{ client: Api; chat: { chatId: string } } | SendOutcome> {
    const client = botClient();
    if (!(client instanceof Api)) return client;
    const chat = await resolveChat(db, target, readKey());
    if ('error' in chat) return { status: 'failed', error: chat.error };
    return { client, chat };
  }

  /**
   * Sends one message in the chat's order and within Telegram's limits (`before` runs first in the
   * same turn, e.g. editing earlier channel posts), and maps what happened to a delivery outcome.
   */
  function sendInChat(
    chatId: string,
    options: { maxWaitMs: number | undefined; isSubscription: boolean },
    send: (before: { replyTo: number | null }) => Promise<{ message_id: number }>,
    before?: () => Promise<{ replyTo: number | null } | SendOutcome>,
  ): Promise<SendOutcome> {
    return inChatOrder(chatId, async () => {
      try {
        const prepared = before ? await before() : { replyTo: null };
        if ('status' in prepared) return prepared;
        const sent = await limited(chatId, options.maxWaitMs, () => send(prepared));
        if ('retryAfterMs' in sent) return { status: 'retry', error: 'Telegram rate limit: waiting for this chat.', retryAfterMs: sent.retryAfterMs };
        return { status: 'sent', externalId: String(sent.message_id) };
      } catch (error) {
        return outcomeOfError(error, chatId, limiter, options.isSubscription);
      }
    });
  }

  return {
    channel: 'TELEGRAM',
    async send(db, target, notice): Promise<SendOutcome> {
      const reached = await reachChat(db, target);
      if ('status' in reached) return reached;
      const { client, chat } = reached;
      const trackingCode = target.report ? target.report.trackingCode : null;
      const text = notice.withdrawal ? formatTelegramWithdrawal(notice, trackingCode) : formatTelegramNotice(notice, trackingCode);
      const isPublicChannel = target.subscription?.label === PUBLIC_CHANNEL_LABEL;

      // One send at a time per chat, so the interval runs from the previous message's arrival.
      return sendInChat(
        chat.chatId,
        { maxWaitMs: isPublicChannel ? CHANNEL_CALL_MAX_WAIT_MS : undefined, isSubscription: Boolean(target.subscription) },
        ({ replyTo }) =>
          client.sendMessage(chat.chatId, text, {
            parse_mode: 'HTML',
            link_preview_options: { url: notice.url },
            ...(replyTo ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
          }),
        async () => {
          if (!(isPublicChannel && target.subscription && (notice.withdrawal || notice.version > 1))) return { replyTo: null };
          const earlier = await earlierChannelPosts(db, target.subscription.id, notice);
          for (const post of earlier) {
            const edited = await limited(chat.chatId, CHANNEL_CALL_MAX_WAIT_MS, () => editPost(client, chat.chatId, post.messageId, formatEditedChannelPost(post.notice, notice)));
            if (edited && typeof edited === 'object' && 'retryAfterMs' in edited) return { status: 'retry', error: 'Telegram rate limit: editing the earlier channel posts.', retryAfterMs: edited.retryAfterMs };
          }
          return { replyTo: earlier.at(-1)?.messageId ?? null };
        },
      );
    },
    // To the chat the member linked through the bot (server/notifications/staff-telegram.ts).
    async sendStaffNotification(_db, message): Promise<SendOutcome> {
      const client = botClient();
      if (!(client instanceof Api)) return client;
      if (!message.recipient.telegramChatCipher) return { status: 'failed', error: 'The member has not linked a Telegram chat.' };
      const chatId = decryptText(message.recipient.telegramChatCipher, readKey());
      return sendInChat(chatId, { maxWaitMs: undefined, isSubscription: false }, () =>
        client.sendMessage(chatId, formatTelegramStaffNotification(message), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } }),
      );
    },
    async sendDigest(db, target, digest): Promise<SendOutcome> {
      if (!target.subscription) return { status: 'failed', error: 'a digest needs a subscription' };
      const reached = await reachChat(db, target);
      if ('status' in reached) return reached;
      const { client, chat } = reached;
      return sendInChat(chat.chatId, { maxWaitMs: undefined, isSubscription: true }, () =>
        client.sendMessage(chat.chatId, formatTelegramDigest(digest), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } }),
      );
    },
    async sendAnnouncement(db, target, announcement): Promise<SendOutcome> {
      const reached = await reachChat(db, target);
      if ('status' in reached) return reached;
      const { client, chat } = reached;
      const isPublicChannel = target.subscription?.label === PUBLIC_CHANNEL_LABEL;
      return sendInChat(chat.chatId, { maxWaitMs: isPublicChannel ? CHANNEL_CALL_MAX_WAIT_MS : undefined, isSubscription: Boolean(target.subscription) }, () =>
        client.sendMessage(chat.chatId, formatTelegramAnnouncement(announcement), { parse_mode: 'HTML', link_preview_options: { url: announcement.url } }),
      );
    },
  };
}

/** An edit that changes nothing (a retried delivery) or whose post is gone is not an error. */
async function editPost(client: Api, chatId: string, messageId: number, text: string): Promise<void> {
  try {
    await client.editMessageText(chatId, messageId, text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
  } catch (error) {
    if (error instanceof GrammyError && error.error_code === 400 && /message is not modified|message to edit not found|message can't be edited/i.test(error.description)) return;
    throw error;
  }
}

/** The posts this channel got of the notice's earlier versions (oldest first), with their texts in the channel's language. */
async function earlierChannelPosts(db: Db, subscriptionId: string, current: OutgoingNotice): Promise<{ messageId: number; notice: OutgoingNotice }[]> {
  const rows = await db.delivery.findMany({
    where: {
      subscriptionId,
      kind: 'NOTICE',
      status: 'SENT',
      externalId: { not: null },
      noticeVersion: { noticeId: current.noticeId, ...(current.withdrawal ? {} : { version: { lt: current.version } }) },
    },
    orderBy: { sentAt: 'asc' },
    select: { externalId: true, noticeVersionId: true },
  });
  const posts: { messageId: number; notice: OutgoingNotice }[] = [];
  for (const row of rows) {
    const messageId = Number(row.externalId);
    const text = (await loadNoticeVersionText(db, row.noticeVersionId!))?.inLanguage(current.language);
    if (Number.isSafeInteger(messageId) && text) posts.push({ messageId, notice: { ...text, withdrawal: null } });
  }
  return posts;
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
