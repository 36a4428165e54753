// The page every site address answers while the database is unreachable (proxy.ts, with 503 and
// Retry-After): plain HTML that needs nothing from the database, in the visitor's language, and
// reloads itself without JavaScript until the service is back.
import { html, raw } from './html';
import { hiddenFields, standaloneHeader } from './notice-document';
import { STANDALONE_CSS } from './standalone-styles';
import { LANGUAGE_PATTERN, type Language } from '../../i18n/languages';
import { translatorFor } from '../../i18n/translator';

const LANGUAGE_PREFIX = new RegExp(`^/(${LANGUAGE_PATTERN})(?=/|$)`);

/**
 * Why the page could not be served: the database is unreachable, this server is too busy to render it
 * in time, something failed that nobody expected (a 500, answered to a posted form), or the visitor's
 * network has sent more than its budget allows for now (a 429 to a posted form: `limited`).
 */
export type UnavailableReason = 'database' | 'busy' | 'failed' | 'limited';

/** A form to send again (a question posted to the check page, "Report this"): its fields go back with the button, never into an address. */
export interface Repost {
  action: string;
  fields: Record<string, string>;
  /** The button's words: a question is asked again (the default), a text to report is sent again. */
  button?: 'askAgain' | 'sendAgain';
  /** Photos were sent with it: a page cannot hold them, so it says so and offers to choose them again. */
  photos?: boolean;
}

/** The photo types the report form takes (components/report/image-picker.tsx). */
const PHOTO_TYPES = 'image/jpeg,image/png,image/webp,image/gif';

/** The address of `action` in another language: /ru/check/search → /kk/check/search. */
function actionIn(action: string, language: Language): string {
  return LANGUAGE_PREFIX.test(action) ? action.replace(LANGUAGE_PREFIX, `/${language}`) : action;
}

const TITLES = { database: 'outage.title', busy: 'outage.busyTitle', failed: 'common.errorTitle', limited: 'outage.limitedTitle' } as const;
/** What the page says, and what it says when what was posted comes back with it. */
const TEXTS = {
  database: { alone: 'outage.text', kept: 'outage.keptText' },
  busy: { alone: 'outage.busyText', kept: 'outage.busyKeptText' },
  failed: { alone: 'common.errorBody', kept: 'outage.failedKeptText' },
  limited: { alone: 'outage.limitedText', kept: 'outage.limitedKeptText' },
} as const;

export function renderServiceUnavailable(locale: Language, path: string, retryAfterSeconds: number, options: { reason?: UnavailableReason; repost?: Repost } = {}): string {
  const t = translatorFor(locale);
  const { reason = 'database', repost } = options;
  // The same address in another language: the language switcher keeps the visitor where they were.
  const localised = LANGUAGE_PREFIX.test(path);
  const pathFor = (l: Language) => (localised ? path.replace(LANGUAGE_PREFIX, `/${l}`) : `/${l}`);
  const title = t(TITLES[reason]);
  // How long to wait, in whole minutes (a budget's window is minutes long; "wait 0 minutes" is never said).
  const text = t(TEXTS[reason][repost ? 'kept' : 'alone'], { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });
  // A posted form cannot reload itself (a refresh would ask for the address without the form): the reader
  // sends it again. Nor does a failure nobody expected heal itself in a few seconds, nor a spent budget.
  const refresh = repost || reason === 'failed' || reason === 'limited' ? raw('') : html`<meta http-equiv="refresh" content="${String(retryAfterSeconds)}">`;
  // Photos cannot come back in a page: said so, with a field to choose them again (the form is then an upload).
  const photos = repost?.photos
    ? html`<p>${t('outage.photosNotKept')}</p><p><label for="images">${t('report.imagesLabel')}</label><br><input id="images" type="file" name="images" accept="${PHOTO_TYPES}" multiple></p>`
    : raw('');
  const again = repost
    ? html`<form method="post" action="${repost.action}"${raw(repost.photos ? ' enctype="multipart/form-data"' : '')}>${hiddenFields(repost.fields)}${photos}<button class="btn" type="submit">${t(repost.button === 'sendAgain' ? 'outage.sendAgain' : 'outage.askAgain')}</button></form>`
    : html`<p><a class="btn" href="${path}">${t(reason === 'limited' ? 'outage.limitedTryAgain' : 'outage.tryAgain')}</a></p>`;
  // A link to the other language would lose what was posted (no address holds it): with a repost, each
  // language is a button that posts it again to the same address in that language — what the page's
  // own button does, answered in the language chosen. Nothing typed is lost; no script is needed.
  const reposting = repost ? { actionFor: (l: Language) => actionIn(repost.action, l), fields: repost.fields } : undefined;
  return html`<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">${refresh}<title>${title} · Raspa</title><style>${raw(STANDALONE_CSS)}</style></head><body>
${standaloneHeader(t, locale, pathFor, undefined, reposting)}<main id="main" tabindex="-1"><div class="wrap"><div class="banner info" role="status"><h1>${title}</h1><p>${text}</p></div>${again}</div></main></body></html>`.value;
}
