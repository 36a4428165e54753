// The printable A4 poster of a notice for notice boards, mosques, schools and akimats where people
// are offline: verdict stamp, the claim, summary and "what to do" in every language the notice has,
// and a QR code (SVG, made on the server) to the page with its later corrections.
import QRCode from 'qrcode';
import type { PublicNotice } from '../get-notice';
import { html, raw } from './html';
import { standaloneHeader } from './notice-document';
import { STANDALONE_CSS } from './standalone-styles';
import { LANGUAGE_NAMES, LANGUAGES, pickTranslation, type Language } from '../../i18n/languages';
import { formatDate } from '../../i18n/format';
import { translatorFor } from '../../i18n/translator';
import type { PublicChannels } from '../../channels/public-channels';
import { withoutInternetPosterLine } from './without-internet';
import { formatVerificationCode } from '../../signing/verification-code';

const PRINT_SIZES = [8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 20] as const;
const PRINT_TEXT_AREA = 280_000;
const PRINT_OVERHEAD_CHARS = 200;

const POSTER_CSS = `
@page{size:A4;margin:12mm}
.poster{background:#fff;max-width:210mm;margin:16px auto;padding:12mm;border:1px solid var(--border)}
.poster .link{overflow-wrap:anywhere}
@media screen and (max-width:600px){.poster{margin:8px;padding:12px}.qr{flex-wrap:wrap}}
.poster h1{font-size:2.1rem;margin:0 0 8px}
.poster .stamp .label{font-size:2rem}
.poster .stamp .meaning{font-size:1.15rem}
.lang{border-top:2px solid var(--border);padding-top:10px;margin-top:12px;break-inside:avoid}
.lang .claim{font-size:1.45rem;font-weight:700;margin:4px 0}
.lang .sum{font-size:1.15rem;margin:4px 0}
.lang .todo{margin-top:8px}
.lang .todo h3{margin:6px 0 2px;font-size:1.05rem}
.qr{display:flex;gap:16px;align-items:center;margin-top:16px;break-inside:avoid}
.qr svg{width:42mm;height:42mm;flex:none}
.qr p{margin:0;font-size:1.1rem}
.qr>div{display:flex;flex-direction:column;gap:8px}
.noprint{max-width:210mm;margin:0 auto;padding:0 16px}
.offline-line{margin:0;font-size:1.05rem}
@media print{body{background:#fff}header.site,.noprint,.skip{display:none!important}.poster{border:0;margin:0;padding:0;max-width:none}}
/* Printed, every size is relative to the poster's own font size, which the server picks from the
   amount of text (printSize) so that every language and the QR code stay on one A4 sheet. */
@media print{
.poster{line-height:1.3}
.poster h1{font-size:1.7em;margin:0 0 .3em}
.poster .stamp{padding:.2em .7em;margin:.2em 0 .4em;border-width:1px;border-left-width:6px}
.poster .stamp .label{font-size:1.4em;padding:0 .5em;border-width:2px}
.poster .stamp .meaning{font-size:1em}
.poster .lang{margin-top:.5em;padding-top:.5em}
.poster .lang .claim{font-size:1.25em;margin:.15em 0}
.poster .lang .sum{font-size:1.08em;margin:.15em 0}
.poster .lang .todo{margin-top:.3em;padding:.15em .7em}
.poster .lang .todo h3{font-size:1em;margin:.15em 0}
.poster p{margin:.15em 0}
.poster .qr{margin-top:.8em}
.poster .qr svg{width:32mm;height:32mm}
.poster .qr p,.poster .offline-line{font-size:1em}
${PRINT_SIZES.map((px) => `.poster.fs-${px}{font-size:${px}px}`).join('')}
}
`;

/**
 * The printed font size (px) for this much text: the text's area grows with the square of the size,
 * and the stamps, headings and QR code take a fixed part of the sheet. Measured with Chromium's PDF
 * printing for one to three languages at every length the editor allows (e2e/without-internet.spec.ts).
 */
export function posterPrintSize(translations: PublicNotice[]): (typeof PRINT_SIZES)[number] {
  const chars = translations.reduce((sum, n) => sum + n.title.length + n.summary.length + (n.whatToDo?.length ?? 0), 0);
  const ideal = Math.sqrt(PRINT_TEXT_AREA / (chars + PRINT_OVERHEAD_CHARS * translations.length));
  return PRINT_SIZES.findLast((px) => px <= ideal) ?? PRINT_SIZES[0];
}


export async function renderPosterDocument(translations: PublicNotice[], locale: Language, siteUrl: string, channels?: PublicChannels): Promise<string> {
  const t = translatorFor(locale);
  const main = pickTranslation(translations, locale)!;
  const pageUrl = `${siteUrl}/${locale}/notices/${main.slug}`;
  // The QR opens the check of this signed version: genuine, superseded by a correction, or
  // withdrawn — what a reader of a printed sheet needs to know — with the link to the notice.
  const verifyUrl = main.verificationCode ? `${siteUrl}/${locale}/verify?code=${main.verificationCode}` : null;
  const qr = await QRCode.toString(verifyUrl ?? pageUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  const ordered = [locale, ...LANGUAGES.filter((l) => l !== locale)].flatMap((l) => translations.filter((n) => n.language === l));
  return html`<!DOCTYPE html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<title>${t('poster.title', { claim: main.title })} · Raspa</title><style>${raw(STANDALONE_CSS + POSTER_CSS)}</style></head><body>
${standaloneHeader(t, locale, (l) => `/${l}/notices/${main.slug}/poster`)}
<main id="main" tabindex="-1">
<div class="noprint"><p class="row"><a class="btn alt" href="/${locale}/notices/${main.slug}">${t('poster.back')}</a><button class="btn" type="button" id="print" hidden>${t('poster.print')}</button></p><p class="muted" id="print-hint">${t('poster.printHint')}</p></div>
<article class="poster fs-${posterPrintSize(translations)}" aria-labelledby="poster-title">
<h1 id="poster-title">Raspa — ${t('poster.heading')}</h1>
${main.status === 'WITHDRAWN' ? html`<p class="banner">${t('notice.withdrawnTitle')}</p>` : ''}
${ordered.map((n) => {
  const tl = translatorFor(n.language as Language);
  return html`<section class="lang" lang="${n.language}" aria-label="${LANGUAGE_NAMES[n.language]}">
<div class="stamp ${n.verdict}"><p class="label">${tl(`verdict.${n.verdict}`)}</p><p class="meaning">${tl(`notice.verdictMeaning.${n.verdict}`)}</p></div>
<p class="muted">${tl('poster.claimLabel')}:</p><p class="claim">${n.title}</p><p class="sum">${n.summary}</p>
${n.whatToDo ? html`<div class="todo"><h3>${tl('notice.whatToDo')}</h3><p>${n.whatToDo}</p></div>` : ''}</section>`;
})}
<div class="qr" data-testid="poster-qr">${raw(qr)}<div><p>${verifyUrl ? t('poster.scanVerify') : t('poster.scan')}<br><strong class="link">${pageUrl}</strong>${main.verificationCode ? html`<br><span data-testid="poster-code">${t('poster.verificationCode', { code: formatVerificationCode(main.verificationCode) })}</span>` : ''}${main.firstPublishedAt ? html`<br><span class="muted">${t('poster.publishedOn', { date: formatDate(locale, main.firstPublishedAt) })}</span>` : ''}</p>${withoutInternetPosterLine(t, channels)}</div></div>
</article></main>
<script>(function(){var b=document.getElementById('print');b.hidden=false;document.getElementById('print-hint').hidden=true;b.onclick=function(){window.print()}})();</script>
</body></html>`.value;
}
