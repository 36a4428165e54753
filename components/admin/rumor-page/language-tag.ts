'use client';

// "kk-latn" (a language and script of a rumour's reports) as words: "Kazakh (Latin)".
import { useTranslations } from 'next-intl';
import { isLanguage } from '@/server/i18n/languages';
import { useLanguageName } from '../../i18n/use-language-name';

export function useLanguageTag(): (tag: string) => string {
  const languageName = useLanguageName();
  const t = useTranslations('rumorPage.scripts');
  return (tag) => {
    const [language, script] = tag.split('-');
    const name = language && isLanguage(language) ? languageName(language) : tag;
    // Only Kazakh is written in two scripts; naming Russian's or English's script says nothing.
    return language === 'kk' && (script === 'cyrl' || script === 'latn') ? t(script, { language: name }) : name;
  };
}
