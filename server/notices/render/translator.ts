// Translations for pages rendered outside next-intl's request scope (route handlers that return
// plain HTML or images): the same messages/*.json, the same ICU formatting.
import { createTranslator } from 'next-intl';
import kk from '../../../messages/kk.json';
import ru from '../../../messages/ru.json';
import en from '../../../messages/en.json';
import type { Language as Locale } from '../../db/generated/enums';

const MESSAGES = { kk, ru, en } as const;

export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale] as typeof en });
}
export type Translator = ReturnType<typeof translatorFor>;

export const TIME_ZONE = 'Asia/Almaty';

const INTL_LOCALE: Record<Locale, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

export function formatDateTime(locale: Locale, date: Date, style: 'long' | 'medium' = 'long'): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: style, timeStyle: 'short', timeZone: TIME_ZONE }).format(date);
}
export function formatDate(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: TIME_ZONE }).format(date);
}
