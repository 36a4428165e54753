// The conversation: /start (language), any text or caption → a report with an immediate answer,
// /subscribe with region buttons, /unsubscribe, /status CODE, /language, /help. Only private chats
// are served; the bot stays silent in groups and channels it is added to.
import { createHash } from 'node:crypto';
import { Bot, InlineKeyboard, type Context } from 'grammy';
import type { Message, MessageOrigin } from 'grammy/types';
import { recordAuditEvent } from '../../audit/record-audit-event';
import { noticePageUrl, trackingPageUrl } from '../../api/links';
import { encryptText } from '../../crypto/secret-box';
import type { Db } from '../../db/client';
import { LANGUAGE_NAMES, LANGUAGE_PATTERN, LANGUAGES, placeName, type Language } from '../../i18n/languages';
import type { Logger } from '../../log';
import { isRegionCode, REGION_CODES } from '../../regions/codes';
import { REPORT_TEXT_MAX, REPORT_TEXT_MIN } from '../../reports/constants';
import { submitReport } from '../../reports/submit-report';
import { leadsWithFact } from '../../notices/debunk-order';
import { trackReport } from '../../reports/track-report';
import { formatTrackingCode } from '../../text';
import { formatVerificationCode } from '../../signing/verification-code';
import { verifyNoticeCode, type NoticeVerification } from '../../signing/verify-notice-code';

/** A verification code as Raspa prints it ("ABCDE-FGHJK", Crockford letters and digits). */
const PRINTED_CODE = /(?:^|[^0-9A-Z])[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}(?:$|[^0-9A-Z])/i;
import { presetBotInfo, type TelegramConfig } from './config';
import { setContactLanguage, setContactState, upsertTelegramContact, type TelegramContact } from './contacts';
import { findTelegramChatSubscription, subscribeTelegramChat, unsubscribeTelegramChat } from './subscriptions';
import { CADENCES, type Cadence } from '../../subscriptions/schema';
import { setSubscriptionCadence } from '../../subscriptions/subscribe';
import { linkTelegramChat } from '../../notifications/staff-telegram';
import { botTranslator, escapeHtml, guessLanguage, trackingStatusWord, verdictWord } from './texts';

export interface TelegramBotDeps {
  db: Db;
  encryptionKey: string;
  config: TelegramConfig;
  /** Origin of the public site, for links in replies. */
  publicOrigin: string;
  log: Logger;
}

type BotContext = Context & { contact: TelegramContact; language: Language };

function languageKeyboard(): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const language of LANGUAGES) keyboard.text(LANGUAGE_NAMES[language], `lang:${language}`);
  return keyboard;
}

const CADENCE_WORDS = { IMMEDIATE: 'digestAtOnce', DAILY: 'digestDaily', WEEKLY: 'digestWeekly' } as const;
const CADENCE_SET = { IMMEDIATE: 'digestSetAtOnce', DAILY: 'digestSetDaily', WEEKLY: 'digestSetWeekly' } as const;

/** One choice per row; the current one marked. */
function cadenceKeyboard(language: Language, current: Cadence): InlineKeyboard {
  const t = botTranslator(language);
  const keyboard = new InlineKeyboard();
  for (const cadence of CADENCES) keyboard.text(`${cadence === current ? '✓ ' : ''}${t(CADENCE_WORDS[cadence])}`, `digest:${cadence}`).row();
  return keyboard;
}

/** The same message always gets the same report (a retried update, a replayed webhook). */
export function telegramReportClientId(chatId: number, messageId: number): string {
  const hex = createHash('sha256').update(`telegram:${chatId}:${messageId}`).digest('hex').slice(0, 32).split('');
  hex[12] = '5'; // RFC 9562 version 5 (name-based) …
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16); // … and variant bits
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Where a forwarded message came from — a person's name, a group's or channel's title — never who forwarded it. */
export function describeForwardOrigin(origin: MessageOrigin | undefined): string | undefined {
  if (!origin) return undefined;
  let label: string;
  switch (origin.type) {
    case 'user':
      label = [origin.sender_user.first_name, origin.sender_user.last_name].filter(Boolean).join(' ') + (origin.sender_user.username ? ` (@${origin.sender_user.username})` : '');
      break;
    case 'hidden_user':
      label = origin.sender_user_name;
      break;
    case 'chat':
      label = (origin.sender_chat.title ?? 'chat') + ('username' in origin.sender_chat && origin.sender_chat.username ? ` (@${origin.sender_chat.username})` : '');
      break;
    case 'channel':
      label = (origin.chat.title ?? 'channel') + ('username' in origin.chat && origin.chat.username ? ` (@${origin.chat.username})` : '');
      break;
    default:
      return undefined;
  }
  return label.trim().slice(0, 200) || undefined;
}

async function regionNames(db: Db, language: Language): Promise<Map<string, string>> {
  const regions = await db.region.findMany({ select: { code: true, nameKk: true, nameRu: true, nameEn: true } });
  return new Map(regions.map((r) => [r.code, placeName(r, language)]));
}

async function regionKeyboard(db: Db, language: Language, selected: string[]): Promise<InlineKeyboard> {
  const t = botTranslator(language);
  const names = await regionNames(db, language);
  const keyboard = new InlineKeyboard();
  const codes = [...REGION_CODES].sort((a, b) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b, language));
  codes.forEach((code, index) => {
    keyboard.text(`${selected.includes(code) ? '✅ ' : ''}${names.get(code) ?? code}`, `sub:toggle:${code}`);
    if (index % 2 === 1) keyboard.row();
  });
  return keyboard.row().text(t('allRegions'), 'sub:all').text(`💾 ${t('save')}`, 'sub:save');
}

export function createTelegramBot(deps: TelegramBotDeps): Bot<BotContext> {
  const { db, encryptionKey, config, publicOrigin } = deps;
  const bot = new Bot<BotContext>(config.token, { botInfo: presetBotInfo(config), client: { apiRoot: config.apiRoot } });

  // Someone blocked the bot: stop sending them notices at once rather than failing each time.
  bot.on('my_chat_member', async (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status;
    if (ctx.chat.type === 'private' && (status === 'kicked' || status === 'left')) {
      await unsubscribeTelegramChat(db, encryptionKey, ctx.chat.id, 'blocked the bot');
    }
  });

  // Everything below is a private conversation with a person.
  bot.use(async (ctx, next) => {
    if (ctx.chat?.type !== 'private' || !(ctx.message || ctx.callbackQuery)) return;
    ctx.contact = await upsertTelegramContact(db, encryptionKey, { id: ctx.chat.id, username: ctx.from?.username });
    ctx.language = ctx.contact.language ?? guessLanguage(ctx.from?.language_code);
    await next();
  });

  const commandList = (ctx: BotContext) => botTranslator(ctx.language)('commands');

  async function askLanguage(ctx: BotContext) {
    // All three, because the person may not read the one we guessed.
    // Before a language is chosen, the question in every language.
    await ctx.reply(LANGUAGES.map((language) => botTranslator(language)('chooseLanguage')).join('\n'), { reply_markup: languageKeyboard() });
  }

  // `/start staff_…` (from the deep link on a staff member's account page) links this chat to them
  // for their notifications; a plain /start is a citizen's first visit.
  bot.command('start', async (ctx) => {
    const payload = ctx.match.trim();
    if (!payload.startsWith('staff_')) return askLanguage(ctx);
    const linked = await linkTelegramChat(db, { code: payload.slice(0, 64), chatId: ctx.chat.id, encryptionKey });
    if (!linked) return ctx.reply(botTranslator(ctx.language)('staffLinkInvalid'));
    await ctx.reply(botTranslator(linked.locale)('staffLinked', { name: linked.name }));
  });
  bot.command('language', askLanguage);
  bot.command('help', (ctx) => ctx.reply(botTranslator(ctx.language)('help', { commands: commandList(ctx) })));

  bot.callbackQuery(new RegExp(`^lang:(${LANGUAGE_PATTERN})$`), async (ctx) => {
    const language = ctx.match[1] as Language;
    await setContactLanguage(db, ctx.contact.id, language);
    const subscription = await findTelegramChatSubscription(db, encryptionKey, ctx.chat!.id);
    if (subscription?.active && subscription.language !== language) {
      await subscribeTelegramChat(db, encryptionKey, { chatId: ctx.chat!.id, language, regionCodes: subscription.regionCodes });
    }
    const t = botTranslator(language);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(t('languageSet'));
    await ctx.reply(`${t('intro')}\n\n${t('commands')}`);
  });

  bot.command('subscribe', async (ctx) => {
    const subscription = await findTelegramChatSubscription(db, encryptionKey, ctx.chat.id);
    const draft = subscription?.active ? subscription.regionCodes : [];
    await setContactState(db, ctx.contact.id, { ...ctx.contact.state, draftRegions: draft });
    await ctx.reply(botTranslator(ctx.language)('subscribePrompt'), { reply_markup: await regionKeyboard(db, ctx.language, draft) });
  });

  bot.callbackQuery(/^sub:toggle:(KZ-\d{2})$/, async (ctx) => {
    const code = ctx.match[1]!;
    if (!isRegionCode(code)) return ctx.answerCallbackQuery();
    const current = ctx.contact.state.draftRegions ?? [];
    const draft = current.includes(code) ? current.filter((c) => c !== code) : [...current, code];
    await setContactState(db, ctx.contact.id, { ...ctx.contact.state, draftRegions: draft });
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup({ reply_markup: await regionKeyboard(db, ctx.language, draft) });
  });

  bot.callbackQuery(/^sub:(all|save)$/, async (ctx) => {
    const t = botTranslator(ctx.language);
    const regionCodes = ctx.match[1] === 'all' ? [] : (ctx.contact.state.draftRegions ?? []);
    if (ctx.match[1] === 'save' && regionCodes.length === 0) return ctx.answerCallbackQuery({ text: t('chooseRegionFirst'), show_alert: true });
    await subscribeTelegramChat(db, encryptionKey, { chatId: ctx.chat!.id, language: ctx.language, regionCodes });
    await setContactState(db, ctx.contact.id, { ...ctx.contact.state, draftRegions: undefined });
    await ctx.answerCallbackQuery();
    if (regionCodes.length === 0) return ctx.editMessageText(t('subscribedAll'));
    const names = await regionNames(db, ctx.language);
    await ctx.editMessageText(t('subscribed', { regions: regionCodes.map((c) => names.get(c) ?? c).join(', ') }));
  });

  bot.command('unsubscribe', async (ctx) => {
    const t = botTranslator(ctx.language);
    const stopped = await unsubscribeTelegramChat(db, encryptionKey, ctx.chat.id);
    await ctx.reply(stopped ? t('unsubscribed') : t('notSubscribed'));
  });

  // How often: each notice at once, or a daily or weekly digest (the same choice as the web's manage page).
  bot.command('digest', async (ctx) => {
    const t = botTranslator(ctx.language);
    const subscription = await findTelegramChatSubscription(db, encryptionKey, ctx.chat.id);
    if (!subscription?.active) return ctx.reply(t('notSubscribed'));
    await ctx.reply(t('digestPrompt'), { reply_markup: cadenceKeyboard(ctx.language, subscription.cadence) });
  });

  bot.callbackQuery(/^digest:(IMMEDIATE|DAILY|WEEKLY)$/, async (ctx) => {
    const t = botTranslator(ctx.language);
    const cadence = ctx.match[1] as Cadence;
    const subscription = await findTelegramChatSubscription(db, encryptionKey, ctx.chat!.id);
    if (!subscription?.active) return ctx.answerCallbackQuery({ text: t('notSubscribed'), show_alert: true });
    await setSubscriptionCadence(db, { token: subscription.unsubscribeToken, cadence });
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(t(CADENCE_SET[cadence]));
  });

  bot.command('status', async (ctx) => {
    const t = botTranslator(ctx.language);
    const code = ctx.match.trim();
    if (!code) return ctx.reply(t('statusUsage'));
    const tracked = await trackReport(db, code.slice(0, 40), ctx.language);
    if (!tracked) return ctx.reply(t('statusNotFound'));
    const lines = [escapeHtml(t('statusLine', { code: formatTrackingCode(tracked.trackingCode), status: trackingStatusWord(tracked.status, ctx.language) }))];
    if (tracked.notice && tracked.notice.verdict !== 'CHECKING') {
      lines.push('', `<b>${escapeHtml(verdictWord(tracked.notice.verdict, ctx.language))}</b> — ${escapeHtml(tracked.notice.title)}`, escapeHtml(tracked.notice.summary));
      lines.push(noticePageUrl(publicOrigin, ctx.language, tracked.notice.slug));
    } else if (tracked.withdrawn) {
      lines.push('', `<b>${escapeHtml(t('statusWithdrawn', { verdict: verdictWord(tracked.withdrawn.verdict, ctx.language), title: tracked.withdrawn.title }))}</b>`);
      if (tracked.withdrawn.reason) lines.push(escapeHtml(t('withdrawnReason', { reason: tracked.withdrawn.reason })));
      lines.push(escapeHtml(t('statusCheckingAgain')), trackingPageUrl(publicOrigin, ctx.language, tracked.trackingCode));
    } else {
      lines.push(trackingPageUrl(publicOrigin, ctx.language, tracked.trackingCode));
    }
    await ctx.reply(lines.join('\n'), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
  });

  bot.command('verify', async (ctx) => {
    const t = botTranslator(ctx.language);
    if (!ctx.match.trim()) return ctx.reply(t('verifyUsage'));
    const text = ctx.match.slice(0, 200);
    const answered = await answerVerification(ctx, await verifyNoticeCode(db, { text }), text, true);
    if (!answered) await ctx.reply(t('verifyUsage'));
  });

  /**
   * Is this a Raspa notice (a forwarded one carries its code), and is it still current? Answers
   * genuine / corrected since / withdrawn, or — for a code printed like ours that we never issued —
   * warns that the message is not from Raspa. False when the text holds no code to answer about.
   */
  async function answerVerification(ctx: BotContext, answer: NoticeVerification, text: string, typed: boolean): Promise<boolean> {
    const t = botTranslator(ctx.language);
    if (answer.outcome === 'no_code') return false;
    const code = `<code>${formatVerificationCode(answer.code)}</code>`;
    const say = (key: 'verifyGenuine' | 'verifySuperseded' | 'verifyWithdrawn' | 'verifyNotIssued', values: Record<string, string | number> = {}) =>
      escapeHtml(t(key, { ...values, code: '\u0000' })).replace('\u0000', code);
    if (answer.outcome === 'not_issued') {
      // Words that merely look like a code are not an accusation; a code printed as ours is.
      if (!typed && !PRINTED_CODE.test(text)) return false;
      await ctx.reply(`<b>${say('verifyNotIssued')}</b>`, { parse_mode: 'HTML' });
      return true;
    }
    const texts = answer.statement.texts;
    const title = (texts[ctx.language] ?? texts.ru ?? texts.kk ?? texts.en)?.title ?? '';
    const link = noticePageUrl(publicOrigin, ctx.language, answer.supersededBySlug ?? answer.statement.slug);
    const lines: string[] = [];
    if (answer.outcome === 'genuine') lines.push(`<b>${say('verifyGenuine')}</b>`, `${escapeHtml(verdictWord(answer.statement.verdict as Parameters<typeof verdictWord>[0], ctx.language))}: ${escapeHtml(title)}`);
    else if (answer.outcome === 'superseded') lines.push(`<b>${say('verifySuperseded', { version: answer.currentVersion })}</b>`, escapeHtml(title));
    else {
      lines.push(`<b>${say('verifyWithdrawn')}</b>`, escapeHtml(title));
      const reason = answer.withdrawnReasons?.[ctx.language];
      if (reason) lines.push(escapeHtml(t('withdrawnReason', { reason })));
    }
    lines.push(link);
    await ctx.reply(lines.join('\n'), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
    return true;
  }

  // Any other button (an old keyboard, a forged callback): just stop the spinner.
  bot.on('callback_query', (ctx) => ctx.answerCallbackQuery());

  bot.on('message', async (ctx) => {
    const message = ctx.message;
    const t = botTranslator(ctx.language);
    if (message.text?.startsWith('/') && !message.forward_origin) {
      const command = message.text.split(/\s/, 1)[0]!.slice(0, 40);
      return ctx.reply(t('unknownCommand', { command, commands: commandList(ctx) }));
    }
    // A forwarded Raspa notice is answered with whether it is genuine and current, not filed as a
    // rumour; a message that only pretends to be one is answered with a warning, and filed.
    const text = (message.text ?? message.caption ?? '').trim().slice(0, 5000);
    if (text) {
      const verification = await verifyNoticeCode(db, { text });
      const answered = await answerVerification(ctx, verification, text, false);
      if (answered && verification.outcome !== 'not_issued') return;
    }
    await answerWithReport(ctx, message);
  });

  async function answerWithReport(ctx: BotContext, message: Message) {
    const t = botTranslator(ctx.language);
    const raw = (message.text ?? message.caption ?? '').trim();
    if (!raw) return ctx.reply(message.photo ? t('photoWithoutCaption') : t('unsupportedMessage'));
    if (raw.length < REPORT_TEXT_MIN) return ctx.reply(t('tooShort'));
    // Telegram allows 4,096 characters; a report holds 2,000. Keep the start and say so.
    const truncated = raw.length > REPORT_TEXT_MAX;
    const text = truncated ? raw.slice(0, REPORT_TEXT_MAX) : raw;
    const chatId = ctx.chat!.id;

    const { created, report } = await submitReport(
      db,
      { clientId: telegramReportClientId(chatId, message.message_id), text },
      {
        channel: 'TELEGRAM',
        encryptionKey,
        externalId: `${chatId}:${message.message_id}`,
        forwardedFrom: describeForwardOrigin(message.forward_origin),
        displayLanguage: ctx.language,
      },
    );
    if (created) {
      // The answer goes back to this chat: its id, encrypted, is the reporter's contact. (A chat id
      // does not fit the web form's username contact schema, so it is attached here.)
      await db.$transaction(async (tx) => {
        await tx.report.update({ where: { id: report.id }, data: { wantsFeedback: true, contactKind: 'TELEGRAM', contactCipher: encryptText(String(chatId), encryptionKey) } });
        await recordAuditEvent(tx, { actorLabel: 'telegram', action: 'report.contact_attached', entityId: report.id, after: { contactKind: 'TELEGRAM' } });
      });
    }

    const code = formatTrackingCode(report.trackingCode);
    const parts: string[] = [];
    if (truncated) parts.push(escapeHtml(t('truncated', { max: REPORT_TEXT_MAX })), '');
    if (report.matches.length) {
      parts.push(`<b>${escapeHtml(t('alreadyChecked'))}</b>`);
      for (const [index, match] of report.matches.entries()) {
        const verdict = verdictWord(match.verdict as Parameters<typeof verdictWord>[0], ctx.language);
        const claim = `<b>${escapeHtml(verdict.toUpperCase())}</b> — <a href="${escapeHtml(noticePageUrl(publicOrigin, ctx.language, match.slug))}">«${escapeHtml(match.title)}»</a>`;
        // The closest match in the debunking order, like the web form's answer: the fact, then the claim flagged.
        if (index === 0 && match.summary && leadsWithFact(match.verdict)) parts.push(escapeHtml(match.summary), claim);
        else parts.push(claim);
      }
      parts.push('', escapeHtml(t('shareVerdictNotRumour')), '', escapeHtml(t('reportRecordedToo', { code })));
    } else {
      parts.push(escapeHtml(t('reportReceived', { code, url: trackingPageUrl(publicOrigin, ctx.language, report.trackingCode) })));
    }
    await ctx.reply(parts.join('\n'), { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true } });
  }

  return bot;
}
