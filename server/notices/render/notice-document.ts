// The public notice page as one plain HTML document: no React client runtime, no hydration, a few
// hundred bytes of inline script for copy-link and native share, plus the shared framework-free
// live "updated — reload" bar (./live-notice-bar.ts, /api/v1/stream). This is
// what keeps the page within its 60 KB budget (App Router's client runtime alone is >100 KB gz)
// and lets a CDN cache it: nothing in it depends on who reads it.
import { feedAlternates } from '../../feeds/links';
import { liveNoticeBarHtml } from './live-notice-bar';
import { buildClaimReview, jsonForScript } from '../claim-review';
import type { PublicNotice } from '../get-notice';
import { renderNoticeMarkdown } from '../render-markdown';
import { html, raw, type SafeHtml } from './html';
import { withoutInternetNoteHtml } from './without-internet';
import type { PublicChannels } from '../../channels/public-channels';
import { telegramShareUrl, verdictShareText, whatsAppShareUrl, type ShareTranslate } from '../share-text';
import { STANDALONE_CSS } from './standalone-styles';
import { shareCardVersion } from './share-card-address';
import { LANGUAGE_NAMES, LANGUAGE_SHORT_NAMES, LANGUAGES, placeName, type Language } from '../../i18n/languages';
import { formatDateTime } from '../../i18n/format';
import { formatVerificationCode } from '../../signing/verification-code';
import { translatorFor, type Translator } from '../../i18n/translator';

export interface DocumentLinks {
  /** Origin used for absolute URLs (canonical, og:image, JSON-LD), e.g. https://raspa.kz */
  siteUrl: string;
  /** The SMS numbers and Telegram bot to name for readers without mobile data (none: no note). */
  channels?: PublicChannels;
}

/** Feed URLs (served by the public API) for <link rel="alternate">. */
export function feedLinks(t: Translator, locale: Language, region?: { code: string; name: string }): SafeHtml {
  const links = Object.entries(feedAlternates(locale, t, region)).flatMap(([type, entries]) => entries.map((entry) => html`<link rel="alternate" type="${type}" title="${entry.title}" href="${entry.url}">`));
  return html`${links.map((link, i) => (i ? html`\n${link}` : link))}`;
}

/** A form's fields carried in hidden inputs (never in an address). */
export function hiddenFields(fields: Record<string, string>): SafeHtml[] {
  return Object.entries(fields).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`);
}

/**
 * Header with the brand and a language switcher pointing at `pathFor(language)` — or, on a page that
 * holds what a person posted (`reposting`), one button per language that posts it again to
 * `actionFor(language)`: a link would lose it.
 */
export function standaloneHeader(
  t: Translator,
  locale: Language,
  pathFor: (l: Language) => string,
  available: readonly Language[] = LANGUAGES,
  reposting?: { actionFor: (l: Language) => string; fields: Record<string, string> },
): SafeHtml {
  const names = (l: Language) => html`<span aria-hidden="true">${LANGUAGE_SHORT_NAMES[l]}</span><span class="vh">${LANGUAGE_NAMES[l]}</span>`;
  const current = (l: Language) => raw(l === locale ? ' aria-current="true"' : '');
  return html`<a class="skip" href="#main">${t('common.skipToContent')}</a>
<header class="site"><div class="wrap"><a class="brand" href="/${locale}"><b>${t('common.appName')}</b><span>${t('common.tagline')}</span></a>
<nav aria-label="${t('common.language')}"><ul class="langs">${available.map((l) =>
    reposting
      ? html`<li><form method="post" action="${reposting.actionFor(l)}">${hiddenFields(reposting.fields)}<button type="submit" lang="${l}" title="${LANGUAGE_NAMES[l]}"${current(l)}>${names(l)}</button></form></li>`
      : html`<li><a href="${pathFor(l)}" hreflang="${l}" lang="${l}" title="${LANGUAGE_NAMES[l]}"${current(l)}>${names(l)}</a></li>`,
  )}</ul></nav></div></header>`;
}

export function standaloneFooter(t: Translator, locale: Language): SafeHtml {
  return html`<footer class="site"><div class="wrap"><p>${t('footer.about')}</p><p>${t('footer.privacy')}</p><p><a href="/${locale}/notices">${t('notice.allNotices')}</a> · <a href="/${locale}/check">${t('notice.checkAnother')}</a></p></div></footer>`;
}

export function verdictStamp(t: Translator, verdict: PublicNotice['verdict']): SafeHtml {
  return html`<div class="stamp ${verdict}" data-testid="verdict-stamp"><p class="label"><span class="vh">${t('notice.verdictLabel')}: </span>${t(`verdict.${verdict}`)}</p><p class="meaning">${t(`notice.verdictMeaning.${verdict}`)}</p></div>`;
}

/** The inline script: progressive copy-link and native share (plain links work without it). */
const SHARE_SCRIPT = raw(`<script>(function(){var d=document,u=location.href.split('#')[0].split('?')[0];
var c=d.getElementById('copy'),s=d.getElementById('native');
if(c&&navigator.clipboard){c.hidden=false;c.onclick=function(){navigator.clipboard.writeText(u).then(function(){c.textContent=c.getAttribute('data-done')})}}
if(s&&navigator.share){s.hidden=false;s.onclick=function(){navigator.share({title:d.title,text:s.getAttribute('data-text')||'',url:u}).catch(function(){})}}})();</script>`);

export function renderNoticeDocument(notice: PublicNotice, locale: Language, links: DocumentLinks): string {
  const t = translatorFor(locale);
  const path = `/${locale}/notices/${notice.slug}`;
  const url = links.siteUrl + path;
  const imageUrl = `${links.siteUrl}${path}/card.png?v=${shareCardVersion(notice)}`;
  const textLang = notice.language;
  const isInterim = notice.verdict === 'CHECKING';
  const verdictWords = t(`verdict.${notice.verdict}`);
  const when = (date: Date) => formatDateTime(locale, date);
  const verifyUrl = `${links.siteUrl}/${locale}/verify`;
  const claimReview = notice.status === 'PUBLISHED' && !isInterim
    ? buildClaimReview({
        verdict: notice.verdict,
        claim: notice.title,
        verdictLabel: verdictWords,
        language: textLang,
        url,
        siteUrl: links.siteUrl,
        claimFirstSeenAt: notice.rumorFirstSeenAt,
        firstPublishedAt: notice.firstPublishedAt,
        lastPublishedAt: notice.lastPublishedAt,
        imageUrl,
      })
    : null;
  // Fact first, the claim once and flagged (share-text.ts).
  // A forwarded message carries its code, so whoever receives it can check it at /verify.
  const shareText = [verdictShareText(t as ShareTranslate, notice), notice.verificationCode ? t('verify.onNotice', { code: formatVerificationCode(notice.verificationCode) }) : ''].filter(Boolean).join(' ');
  const title = `${verdictWords}: ${notice.title}`;
  const ogLocale = { kk: 'kk_KZ', ru: 'ru_RU', en: 'en_GB' }[locale];

  const timeline: SafeHtml[] = [
    html`<li><time datetime="${notice.rumorFirstSeenAt.toISOString()}">${when(notice.rumorFirstSeenAt)}</time> — ${t('notice.timelineFirstReported')}</li>`,
    ...notice.versions.map((v, i) => {
      const at = html`<time datetime="${v.publishedAt.toISOString()}">${when(v.publishedAt)}</time>`;
      if (i === 0) return html`<li>${at} — ${isInterim ? t('notice.timelineInterimPublished') : t('notice.timelinePublished')}</li>`;
      // The date is a <time>, so the sentence is assembled around it rather than passed to t().
      const [before, after] = (v.changeNote ? t('notice.timelineUpdated', { date: '\u0000', note: v.changeNote }) : t('notice.timelineUpdatedNoNote', { date: '\u0000' })).split('\u0000');
      return html`<li lang="${locale}">${before}${at}${after}</li>`;
    }),
    ...(notice.status === 'WITHDRAWN' && notice.withdrawnAt
      ? [html`<li><time datetime="${notice.withdrawnAt.toISOString()}">${when(notice.withdrawnAt)}</time> — ${t('notice.timelineWithdrawn')}</li>`]
      : []),
  ];

  const doc = html`<!DOCTYPE html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="#0b5cad">
<title>${title} · Raspa</title>
<meta name="description" content="${notice.summary}">
<link rel="canonical" href="${url}">
${notice.availableLanguages.map((l) => html`<link rel="alternate" hreflang="${l}" href="${links.siteUrl}/${l}/notices/${notice.slug}">`)}
${notice.status === 'WITHDRAWN' ? raw('<meta name="robots" content="noindex">') : ''}
<meta property="og:type" content="article"><meta property="og:site_name" content="Raspa">
<meta property="og:title" content="${title}"><meta property="og:description" content="${notice.summary}">
<meta property="og:url" content="${url}"><meta property="og:locale" content="${ogLocale}">
<meta property="og:image" content="${imageUrl}"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630"><meta property="og:image:alt" content="${title}">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="${title}"><meta name="twitter:description" content="${notice.summary}"><meta name="twitter:image" content="${imageUrl}">
${feedLinks(t, locale)}
<link rel="icon" href="/icons/icon.svg" type="image/svg+xml">
<style>${raw(STANDALONE_CSS)}</style>
${claimReview ? raw(`<script type="application/ld+json">${jsonForScript(claimReview)}</script>`) : ''}
</head><body>
${standaloneHeader(t, locale, (l) => `/${l}/notices/${notice.slug}`)}
<main id="main" tabindex="-1"><article class="wrap${isInterim ? ' interim-page' : ''}" aria-labelledby="notice-title" data-verdict="${notice.verdict}">
${notice.status === 'WITHDRAWN' && notice.supersededBy
  ? html`<section class="banner info" aria-labelledby="banner-title" data-testid="superseded-banner"><h2 id="banner-title">${t('notice.supersededTitle')}</h2><p><a href="/${locale}/notices/${notice.supersededBy.slug}">${t('notice.supersededLink', { verdict: t(`verdict.${notice.supersededBy.verdict}`) })}</a></p></section>`
  : notice.status === 'WITHDRAWN'
    ? html`<section class="banner" aria-labelledby="banner-title" data-testid="withdrawn-banner"><h2 id="banner-title">${t('notice.withdrawnTitle')}</h2><p>${t('notice.withdrawnText')}</p>${notice.withdrawnAt ? html`<p><time datetime="${notice.withdrawnAt.toISOString()}">${t('notice.withdrawnOn', { date: when(notice.withdrawnAt) })}</time></p>` : ''}${notice.withdrawnReason ? html`<p>${t('notice.withdrawnReason', { reason: notice.withdrawnReason })}</p>` : ''}</section>`
    : ''}
${notice.urgency === 'URGENT' || notice.isDemo ? html`<p>${notice.urgency === 'URGENT' ? html`<span class="badge urgent">${t('notice.urgent')}</span>` : ''}${notice.isDemo ? html`<span class="badge">${t('common.demoBadge')}</span>` : ''}</p>` : ''}
${textLang !== locale ? html`<p class="banner info">${t('notice.fallbackNote', { language: LANGUAGE_NAMES[textLang] })}</p>` : ''}
${verdictStamp(t, notice.verdict)}
${isInterim && notice.status === 'PUBLISHED' ? html`<p class="banner info interim">${t('notice.interimNote')}</p>` : ''}
<h1 id="notice-title" lang="${textLang}">${notice.title}</h1>
<p class="summary" lang="${textLang}">${notice.summary}</p>
<ul class="facts">
${notice.firstPublishedAt ? html`<li><time datetime="${notice.firstPublishedAt.toISOString()}">${t('notice.publishedOn', { date: when(notice.firstPublishedAt) })}</time></li>` : ''}
${notice.regions.length ? html`<li>${t('notice.regionsTitle')}: ${notice.regions.map((r, i) => html`${i ? ', ' : ''}<a href="/${locale}/regions/${r.code}">${placeName(r, locale)}</a>`)}</li>` : ''}
</ul>
${notice.whatToDo ? html`<section class="todo" aria-labelledby="what-to-do"><h2 id="what-to-do">${t('notice.whatToDo')}</h2><p lang="${textLang}">${notice.whatToDo}</p></section>` : ''}
<section aria-labelledby="details"><h2 id="details">${t('notice.details')}</h2><div class="body" lang="${textLang}">${raw(renderNoticeMarkdown(notice.body))}</div></section>
${notice.evidence.length ? html`<section aria-labelledby="evidence"><h2 id="evidence">${t('notice.evidenceTitle')}</h2><ul class="ev">${notice.evidence.map(
  (e) => html`<li class="card"><p><strong lang="${e.sourceLanguage ?? locale}">${e.sourceName ?? t('notice.unnamedSource')}</strong><span class="stance ${e.stance}">${t(`notice.stance.${e.stance}`)}</span></p><blockquote lang="${e.excerptLanguage}"><p>${e.excerpt}</p></blockquote><p class="muted"><time datetime="${e.obtainedAt.toISOString()}">${t('notice.obtainedOn', { date: when(e.obtainedAt) })}</time></p></li>`,
)}</ul></section>` : ''}
${notice.verificationCode ? html`<p class="verify-code" data-testid="verification-code">${t('verify.onNotice', { code: formatVerificationCode(notice.verificationCode) })}<br><span class="muted">${t('verify.onNoticeHint', { url: '' })}<a href="/${locale}/verify?code=${notice.verificationCode}">${verifyUrl}</a></span></p>` : ''}
<section aria-labelledby="timeline"><h2 id="timeline">${t('notice.timelineTitle')}</h2><ol class="tl">${timeline}</ol></section>
${notice.status === 'PUBLISHED' ? html`<section aria-labelledby="share"><h2 id="share">${t('share.title')}</h2><ul class="row">
<li><a class="btn" href="${whatsAppShareUrl(shareText, url)}" rel="noopener" data-share="whatsapp">${t('share.whatsapp')}</a></li>
<li><a class="btn" href="${telegramShareUrl(shareText, url)}" rel="noopener" data-share="telegram">${t('share.telegram')}</a></li>
<li><button class="btn alt" type="button" id="copy" data-done="${t('share.copied')}" hidden>${t('share.copy')}</button></li>
<li><button class="btn alt" type="button" id="native" data-text="${shareText}" hidden>${t('share.native')}</button></li>
</ul><p>${t('share.link')}: <a class="link" href="${path}">${url}</a></p>
<p><a href="${path}/poster">${t('notice.posterLink')}</a></p></section>` : '' /* a withdrawn notice is not to be shared */}
${notice.availableLanguages.length > 1 ? html`<nav aria-labelledby="other-languages"><h2 id="other-languages">${t('notice.otherLanguages')}</h2><ul class="row">${notice.availableLanguages.filter((l) => l !== locale).map((l) => html`<li><a class="btn alt" href="/${l}/notices/${notice.slug}" hreflang="${l}" lang="${l}">${LANGUAGE_NAMES[l]}</a></li>`)}</ul></nav>` : ''}
<p class="row" style="margin-top:24px"><a class="btn" href="/${locale}/check">${t('notice.checkAnother')}</a> <a class="btn alt" href="/${locale}/report">${t('notice.reportCta')}</a></p>
${withoutInternetNoteHtml(t, locale, links.channels)}
</article></main>
${standaloneFooter(t, locale)}
<img src="/api/notice-views/${notice.slug}" width="1" height="1" alt="" style="position:absolute;left:-9px">
${SHARE_SCRIPT}
${raw(liveNoticeBarHtml({ slug: notice.slug, version: notice.version, status: notice.status }, { locale, text: t('live.pageUpdated'), reload: t('live.reload') }))}
</body></html>`;
  return doc.value;
}

export function renderNoticeNotFound(locale: Language): string {
  const t = translatorFor(locale);
  // A notice gone or mistyped: the list of every published notice (/<locale>/notices) is the way on.
  return plainDocument(t, locale, { title: t('notice.notFoundTitle'), text: t('notice.notFoundText'), back: t('notice.allNotices'), backTo: `/${locale}/notices` });
}

/** Any address that names nothing, answered without React (proxy.ts: an undecodable address). */
export function renderAddressNotFound(locale: Language): string {
  const t = translatorFor(locale);
  return plainDocument(t, locale, { title: t('common.notFoundTitle'), text: t('common.notFoundBody'), back: t('common.backHome') });
}

/** A form posted to a page from another site (proxy.ts): refused with a way back. */
export function renderRequestRefused(locale: Language): string {
  const t = translatorFor(locale);
  return plainDocument(t, locale, { title: t('common.refusedTitle'), text: t('common.refusedBody'), back: t('common.backHome') });
}

/** A page address asked with a method no page takes (TRACE, a stray POST): refused with a way back. */
export function renderMethodNotAllowed(locale: Language): string {
  const t = translatorFor(locale);
  return plainDocument(t, locale, { title: t('common.methodNotAllowedTitle'), text: t('common.methodNotAllowedBody'), back: t('common.backHome') });
}

/** An address longer than any Raspa makes (server/http/refused-methods.ts): refused with a way back. */
export function renderUriTooLong(locale: Language): string {
  const t = translatorFor(locale);
  return plainDocument(t, locale, { title: t('common.uriTooLongTitle'), text: t('common.uriTooLongBody'), back: t('common.backHome') });
}

/** A form whose body arrived unreadable (cut off, not the encoding it declared). */
export function renderFormUnreadable(locale: Language): string {
  const t = translatorFor(locale);
  return plainDocument(t, locale, { title: t('common.formUnreadableTitle'), text: t('common.formUnreadableBody'), back: t('common.backHome') });
}

function plainDocument(t: Translator, locale: Language, words: { title: string; text: string; back: string; backTo?: string }): string {
  return html`<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${words.title} · Raspa</title><style>${raw(STANDALONE_CSS)}</style></head><body>
${standaloneHeader(t, locale, (l) => `/${l}`)}<main id="main" tabindex="-1"><div class="wrap"><h1>${words.title}</h1><p>${words.text}</p><p><a class="btn" href="${words.backTo ?? `/${locale}`}">${words.back}</a></p></div></main>${standaloneFooter(t, locale)}</body></html>`.value;
}
