// next-intl's hooks and helpers know Raspa's languages: useLocale() returns a Language, and
// getTranslations({ locale }) accepts only one.
import type { Language } from './languages';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Language;
  }
}
