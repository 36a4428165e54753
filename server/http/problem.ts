// JSON error bodies of the public API: a stable machine code, a human message in the caller's
// language (Accept-Language), and per-field messages for validation errors.
import { createTranslator } from 'next-intl';
import type { ZodError } from 'zod';
import en from '../../messages/en.json';
import kk from '../../messages/kk.json';
import ru from '../../messages/ru.json';

const catalogs = { en, kk, ru } as const;
type ApiLanguage = keyof typeof catalogs;

export function languageFromRequest(headers: Headers, explicit?: string | null): ApiLanguage {
  if (explicit === 'kk' || explicit === 'ru' || explicit === 'en') return explicit;
  const accepted = (headers.get('accept-language') ?? '').toLowerCase();
  for (const part of accepted.split(',')) {
    const tag = part.trim().slice(0, 2);
    if (tag === 'kk' || tag === 'ru' || tag === 'en') return tag;
  }
  return 'en';
}

export function apiTranslator(language: ApiLanguage) {
  return createTranslator({ locale: language, messages: catalogs[language] });
}

export type FieldErrors = Record<string, string[]>;

/** Zod issues → { field: [translated message] }; zod messages are keys under `errors` in messages/*.json. */
export function translateFieldErrors(error: ZodError, language: ApiLanguage): FieldErrors {
  const t = apiTranslator(language);
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.map(String).join('.') : '_';
    const key = `errors.${issue.message}`;
    const message = t.has(key as 'errors.invalid') ? t(key as 'errors.invalid') : t('errors.invalid');
    (fields[field] ??= []).push(message);
  }
  return fields;
}

export function problem(status: number, code: string, message: string, extra: Record<string, unknown> = {}, headers: HeadersInit = {}): Response {
  return Response.json({ error: code, message, ...extra }, { status, headers: { 'cache-control': 'no-store', ...headers } });
}
