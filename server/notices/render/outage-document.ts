// The page every site address answers while the database is unreachable (proxy.ts, with 503 and
// Retry-After): plain HTML that needs nothing from the database, in the visitor's language, and
// reloads itself without JavaScript until the service is back.
import { html, raw } from './html';
import { standaloneHeader } from './notice-document';
import { STANDALONE_CSS } from './standalone-styles';
import { LANGUAGE_PATTERN, type Language } from '../../i18n/languages';
import { translatorFor } from '../../i18n/translator';

const LANGUAGE_PREFIX = new RegExp(`^/(${LANGUAGE_PATTERN})(?=/|$)`);

export function renderServiceUnavailable(locale: Language, path: string, retryAfterSeconds: number): string {
  const t = translatorFor(locale);
  // The same address in another language: the language switcher keeps the visitor where they were.
  const localised = LANGUAGE_PREFIX.test(path);
  const pathFor = (l: Language) => (localised ? path.replace(LANGUAGE_PREFIX, `/${l}`) : `/${l}`);
  return html`<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><meta http-equiv="refresh" content="${String(retryAfterSeconds)}"><title>${t('outage.title')} · Raspa</title><style>${raw(STANDALONE_CSS)}</style></head><body>
${standaloneHeader(t, locale, pathFor)}<main id="main" tabindex="-1"><div class="wrap"><div class="banner info" role="status"><h1>${t('outage.title')}</h1><p>${t('outage.text')}</p></div><p><a class="btn" href="${path}">${t('outage.tryAgain')}</a></p></div></main></body></html>`.value;
}
