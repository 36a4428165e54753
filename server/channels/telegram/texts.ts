// The bot's words, from the `telegramBot` namespace of messages/{kk,ru,en}.json, and the HTML
// escaping every untrusted piece goes through (replies use parse_mode HTML).
import type { Verdict } from '../../db/generated/enums';
import { isLanguage, type Language } from '../../i18n/languages';
import { translatorFor } from '../../i18n/translator';

export function botTranslator(language: Language) {
  return translatorFor(language, 'telegramBot');
}

export function verdictWord(verdict: Verdict, language: Language): string {
  return translatorFor(language, 'verdict')(verdict);
}

export function trackingStatusWord(status: 'received' | 'checking' | 'verdict' | 'closed', language: Language): string {
  return translatorFor(language, 'track.steps')(status);
}

/** Telegram's HTML mode needs only these three escaped (and quotes inside attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A new chat's language before it chose one: the Telegram app's, when we speak it. */
export function guessLanguage(languageCode: string | undefined): Language {
  const base = languageCode?.slice(0, 2).toLowerCase();
  return isLanguage(base) ? base : 'ru';
}
