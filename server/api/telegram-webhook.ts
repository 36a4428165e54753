// POST /api/telegram/webhook. Telegram retries any non-2xx answer for a long time, so after the
// secret-token check everything — a malformed body, an update type we do not handle, a failure
// while answering — gets 200; only "we could not record the update" (database down) asks for a retry.
import { timingSafeEqual } from 'node:crypto';
import type { Update } from 'grammy/types';
import { createTelegramBot } from '../channels/telegram/bot';
import { botTranslator, guessLanguage } from '../channels/telegram/texts';
import { ApiProblem, type ProblemCode } from '../http/problem';
import type { ApiDeps } from './deps';
import { checkChannelSecret, handleApiRequest, type ProblemRenderer } from './edge';
import { isUniqueViolation } from '../db/unique-violation';

/** Updates are a few kilobytes; anything near this is not from Telegram. */
const MAX_UPDATE_BYTES = 256 * 1024;
const UPDATE_IDS_KEPT_MS = 7 * 24 * 60 * 60_000;

function reply(status: number, body: Record<string, unknown>): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
}

/** A refusal, with the reason Telegram shows in getWebhookInfo's last_error_message. */
function refused(status: number, code: ProblemCode, detail: string): ApiProblem {
  return new ApiProblem(status, code, { detail });
}

const TELEGRAM_MESSAGES: Record<number, string> = {
  429: 'Too many wrong secret tokens from this address; retry after the Retry-After seconds.',
  503: 'Temporarily unavailable.',
};

const telegramProblem: ProblemRenderer = (problem) =>
  reply(problem.status, { ok: false, error: typeof problem.extra.detail === 'string' ? problem.extra.detail : (TELEGRAM_MESSAGES[problem.status] ?? 'Internal error.') });

function secretMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function parseUpdate(text: string): Update | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const updateId = (value as { update_id?: unknown }).update_id;
    return Number.isSafeInteger(updateId) && (updateId as number) >= 0 ? (value as Update) : null;
  } catch {
    return null;
  }
}

/** Who sent an update (a person's Telegram user id); channel posts and the like have none. */
function senderOf(update: Update): number | undefined {
  const from = update.message?.from ?? update.edited_message?.from ?? update.callback_query?.from ?? update.inline_query?.from ?? update.my_chat_member?.from;
  return from?.id;
}

/** The private chat an update came from, to apologise to when handling it failed. */
function privateChatOf(update: Update): { chatId: number; languageCode?: string } | null {
  const message = update.message ?? update.callback_query?.message;
  if (!message || message.chat.type !== 'private') return null;
  return { chatId: message.chat.id, languageCode: (update.message?.from ?? update.callback_query?.from)?.language_code };
}

export function handleTelegramWebhook(request: Request, deps: ApiDeps): Promise<Response> {
  return handleApiRequest(request, deps, () => answerUpdate(request, deps), telegramProblem);
}

async function answerUpdate(request: Request, deps: ApiDeps): Promise<Response> {
  const { log } = deps;
  const config = deps.telegramConfig();
  if (!config) throw refused(404, 'not_found', 'The Telegram bot is off: TELEGRAM_BOT_TOKEN is not set.');
  if (!config.webhookSecret) throw refused(503, 'unavailable', 'TELEGRAM_WEBHOOK_SECRET is not set, so no update can be verified.');

  const given = request.headers.get('x-telegram-bot-api-secret-token');
  if (!given) throw refused(401, 'unauthorized', 'Missing X-Telegram-Bot-Api-Secret-Token.');
  // Wrong tokens count against the caller's address, so guessing the token is bounded.
  const expected = config.webhookSecret;
  if (!(await checkChannelSecret(deps, request.headers, () => secretMatches(given, expected)))) throw refused(403, 'forbidden', 'Wrong secret token.');

  const declaredLength = Number(request.headers.get('content-length') ?? 0);
  if (declaredLength > MAX_UPDATE_BYTES) return reply(200, { ok: true, ignored: 'too large' });
  let text: string;
  try {
    text = await request.text();
  } catch {
    return reply(200, { ok: true, ignored: 'unreadable body' });
  }
  if (text.length > MAX_UPDATE_BYTES) return reply(200, { ok: true, ignored: 'too large' });
  const update = parseUpdate(text);
  if (!update) return reply(200, { ok: true, ignored: 'not an update' });

  // A flood from one sender is dropped, not refused: Telegram would resend a refused update and
  // hold the bot's later updates behind it.
  const sender = senderOf(update);
  if (sender !== undefined && !(await deps.consumeRateLimit('telegram', { telegramSender: sender })).allowed) {
    log.warn({ updateId: update.update_id }, 'telegram: sender over its rate limit, update dropped');
    return reply(200, { ok: true, ignored: 'rate limited' });
  }

  // Once per update_id: Telegram resends an update it thinks we missed. Any other failure here
  // is the edge's 503 (database down) or 500, and Telegram sends the update again later.
  try {
    await deps.db.telegramUpdate.create({ data: { updateId: BigInt(update.update_id) } });
  } catch (error) {
    if (isUniqueViolation(error)) return reply(200, { ok: true, duplicate: true });
    throw error;
  }

  // Telegram gives up on an update after 24 hours, so a week of ids is plenty; prune now and then.
  if (update.update_id % 500 === 0) {
    void deps.db.telegramUpdate.deleteMany({ where: { receivedAt: { lt: new Date(Date.now() - UPDATE_IDS_KEPT_MS) } } }).catch(() => undefined);
  }

  const publicOrigin = deps.publicOrigin ?? new URL(request.url).origin;
  const bot = createTelegramBot({ db: deps.db, encryptionKey: deps.encryptionKey, config, publicOrigin, log });
  try {
    await bot.handleUpdate(update);
  } catch (error) {
    log.error({ err: error, updateId: update.update_id }, 'telegram: handling an update failed');
    const chat = privateChatOf(update);
    if (chat) {
      await bot.api.sendMessage(chat.chatId, botTranslator(guessLanguage(chat.languageCode))('tryLater')).catch(() => undefined);
    }
  }
  return reply(200, { ok: true });
}
