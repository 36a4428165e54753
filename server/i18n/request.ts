// next-intl's per-request configuration for pages: the page's language, its whole catalogue and
// Raspa's time zone.
import { getRequestConfig } from 'next-intl/server';
import { DEFAULT_LANGUAGE, isLanguage } from './languages';
import { TIME_ZONE } from './format';
import { messagesFor } from './translator';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLanguage(requested) ? requested : DEFAULT_LANGUAGE;
  return { locale, messages: messagesFor(locale), timeZone: TIME_ZONE };
});
