// next-intl's routing: every page lives under /kk, /ru or /en (the languages of server/i18n/languages.ts).
import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LANGUAGE, LANGUAGES } from '@/server/i18n/languages';

export const routing = defineRouting({
  locales: LANGUAGES,
  // Kazakh is the state language; visitors whose browser prefers Russian or English get those.
  defaultLocale: DEFAULT_LANGUAGE,
  localePrefix: 'always',
});
