// "No mobile internet?" on the notice page and the poster: the SMS numbers and Telegram bot an
// admin configured, as components/channels/without-internet-note.tsx shows them on the React pages
// (same messages). Nothing when nothing is configured.
import { readableSmsNumber, type PublicChannels } from '../../channels/public-channels';
import type { Language } from '../../i18n/languages';
import type { Translator } from '../../i18n/translator';
import { html, raw, type SafeHtml } from './html';

const EMPTY = html``;

function smsLinks(channels: PublicChannels): string {
  return channels.smsNumbers.map((n, i) => html`${i ? ', ' : ''}<a href="sms:${n}">${readableSmsNumber(n)}</a>`.value).join('');
}

function botLink(bot: string): string {
  return html`<a href="https://t.me/${bot}">@${bot}</a>`.value;
}

/** The note under a notice: how to report, subscribe or check without mobile data. */
export function withoutInternetNoteHtml(t: Translator, locale: Language, channels: PublicChannels | undefined): SafeHtml {
  if (!channels || (!channels.smsNumbers.length && !channels.telegramBot)) return EMPTY;
  const bot = channels.telegramBot;
  return html`<aside class="card offline-channels" aria-labelledby="without-internet-note" data-testid="without-internet-note"><h2 id="without-internet-note">${t('withoutInternet.noteTitle')}</h2>
${channels.smsNumbers.length ? html`<p>${raw(t.markup('withoutInternet.noteSms', { numbers: () => smsLinks(channels) }))}</p>` : ''}
${bot ? html`<p>${raw(t.markup('withoutInternet.noteTelegram', { bot: () => botLink(bot) }))}</p>` : ''}
<p><a href="/${locale}/without-internet">${t('withoutInternet.noteMore')}</a></p></aside>`;
}

/** One printed line for the poster: numbers and bot name are read, not tapped. */
export function withoutInternetPosterLine(t: Translator, channels: PublicChannels | undefined): SafeHtml {
  if (!channels || (!channels.smsNumbers.length && !channels.telegramBot)) return EMPTY;
  const parts = [
    channels.smsNumbers.length ? `SMS: ${channels.smsNumbers.map(readableSmsNumber).join(', ')}` : null,
    channels.telegramBot ? `Telegram: @${channels.telegramBot}` : null,
  ].filter((part): part is string => part !== null);
  return html`<p class="offline-line" data-testid="poster-without-internet"><strong>${t('withoutInternet.noteTitle')}</strong> ${parts.join(' · ')}</p>`;
}
