'use client';

// A language's name in the reader's language ("Орысша" on a Kazakh page, "Russian" on an English
// one), from `common.languages`. Language pickers that name each language in itself use
// LANGUAGE_NAMES (server/i18n/languages.ts) instead.
import { useTranslations } from 'next-intl';
import type { Language } from '@/server/i18n/languages';

export function useLanguageName(): (language: Language) => string {
  const t = useTranslations('common.languages');
  return (language) => t(language);
}
