// The bot's words, from the `telegramBot` namespace of messages/{kk,ru,en}.json, and the HTML
// escaping every untrusted piece goes through (replies use parse_mode HTML).
import { createTranslator } from 'next-intl';
import en from '../../../messages/en.json';
import kk from '../../../messages/kk.json';
import ru from '../../../messages/ru.json';
import type { Language, Verdict } from '../../db/generated/enums';

const catalogs = { en, kk, ru } as const;

export function botTranslator(language: Language) {
  return createTranslator({ locale: language, messages: catalogs[language], namespace: 'telegramBot' });
}

export function verdictWord(verdict: Verdict, language: Language): string {
  return createTranslator({ locale: language, messages: catalogs[language], namespace: 'verdict' })(verdict);
}

export function trackingStatusWord(status: 'received' | 'checking' | 'verdict' | 'closed', language: Language): string {
  return createTranslator({ locale: language, messages: catalogs[language], namespace: 'track.steps' })(status);
}

/** Telegram's HTML mode needs only these three escaped (and quotes inside attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function isBotLanguage(value: unknown): value is Language {
  return value === 'kk' || value === 'ru' || value === 'en';
}

/** A new chat's language before it chose one: the Telegram app's, when we speak it. */
export function guessLanguage(languageCode: string | undefined): Language {
  const base = languageCode?.slice(0, 2).toLowerCase();
  return isBotLanguage(base) ? base : 'ru';
}

export function trackingPageUrl(origin: string, language: Language, trackingCode: string): string {
  return new URL(`/${language}/track/${encodeURIComponent(trackingCode)}`, origin).toString();
}

export function noticeUrl(origin: string, language: Language, slug: string): string {
  return new URL(`/${language}/notices/${encodeURIComponent(slug)}`, origin).toString();
}
