// The page every site address answers while the database is unreachable (proxy.ts, with 503 and
// Retry-After): plain HTML that needs nothing from the database, in the visitor's language, and
// reloads itself without JavaScript until the service is back.
import { html, raw } from './html';
import { standaloneHeader } from './notice-document';
import { STANDALONE_CSS } from './standalone-styles';
import { LANGUAGE_PATTERN, type Language } from '../../i18n/languages';
import { translatorFor } from '../../i18n/translator';

const LANGUAGE_PREFIX = new RegExp(`^/(${LANGUAGE_PATTERN})(?=/|$)`);

/**
 * Why the page could not be served: the database is unreachable, this server is too busy to render it
 * in time, or something failed that nobody expected (a 500, answered to a posted form).
 */
export type UnavailableReason = 'database' | 'busy' | 'failed';

/** A form to send again (a question posted to the check page, "Report this"): its fields go back with the button, never into an address. */
export interface Repost {
  action: string;
  fields: Record<string, string>;
  /** The button's words: a question is asked again (the default), a text to report is sent again. */
  button?: 'askAgain' | 'sendAgain';
}

const TITLES = { database: 'outage.title', busy: 'outage.busyTitle', failed: 'common.errorTitle' } as const;
/** What the page says, and what it says when what was posted comes back with it. */
const TEXTS = {
  database: { alone: 'outage.text', kept: 'outage.keptText' },
  busy: { alone: 'outage.busyText', kept: 'outage.busyKeptText' },
  failed: { alone: 'common.errorBody', kept: 'outage.failedKeptText' },
} as const;

export function renderServiceUnavailable(locale: Language, path: string, retryAfterSeconds: number, options: { reason?: UnavailableReason; repost?: Repost } = {}): string {
  const t = translatorFor(locale);
  const { reason = 'database', repost } = options;
  // The same address in another language: the language switcher keeps the visitor where they were.
  const localised = LANGUAGE_PREFIX.test(path);
  const pathFor = (l: Language) => (localised ? path.replace(LANGUAGE_PREFIX, `/${l}`) : `/${l}`);
  const title = t(TITLES[reason]);
  const text = t(TEXTS[reason][repost ? 'kept' : 'alone']);
  // A posted form cannot reload itself (a refresh would ask for the address without the form): the reader
  // sends it again. Nor does a failure nobody expected heal itself in a few seconds.
  const refresh = repost || reason === 'failed' ? raw('') : html`<meta http-equiv="refresh" content="${String(retryAfterSeconds)}">`;
  const again = repost
    ? html`<form method="post" action="${repost.action}">${Object.entries(repost.fields).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}<button class="btn" type="submit">${t(repost.button === 'sendAgain' ? 'outage.sendAgain' : 'outage.askAgain')}</button></form>`
    : html`<p><a class="btn" href="${path}">${t('outage.tryAgain')}</a></p>`;
  return html`<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">${refresh}<title>${title} · Raspa</title><style>${raw(STANDALONE_CSS)}</style></head><body>
${standaloneHeader(t, locale, pathFor)}<main id="main" tabindex="-1"><div class="wrap"><div class="banner info" role="status"><h1>${title}</h1><p>${text}</p></div>${again}</div></main></body></html>`.value;
}
