// "No mobile internet?": the SMS numbers and Telegram bot an admin configured (Admin → Settings),
// shown where a citizen decides to report or check — home, report and check pages — with a link
// to the commands. The notice page and the poster print the same through
// server/notices/render/without-internet.ts. Nothing is shown until something is configured.
import { getTranslations } from 'next-intl/server';
import type { PublicChannels } from '@/server/channels/public-channels';
import { readableSmsNumber } from '@/server/channels/public-channels';
import type { Language } from '@/server/i18n/languages';
import styles from './without-internet-note.module.css';

export async function WithoutInternetNote({ locale, channels }: { locale: Language; channels: PublicChannels }) {
  if (!channels.smsNumbers.length && !channels.telegramBot) return null;
  const t = await getTranslations({ locale, namespace: 'withoutInternet' });
  const numbers = channels.smsNumbers.map((number, i) => (
    <span key={number}>
      {i > 0 && ', '}
      <a href={`sms:${number}`}>{readableSmsNumber(number)}</a>
    </span>
  ));
  return (
    <aside className={styles.note} aria-labelledby="without-internet-note" data-testid="without-internet-note">
      <h2 id="without-internet-note" className={styles.title}>
        {t('noteTitle')}
      </h2>
      {channels.smsNumbers.length > 0 && <p>{t.rich('noteSms', { numbers: () => <>{numbers}</> })}</p>}
      {channels.telegramBot && <p>{t.rich('noteTelegram', { bot: () => <a href={`https://t.me/${channels.telegramBot}`}>@{channels.telegramBot}</a> })}</p>}
      <p>
        <a href={`/${locale}/without-internet`}>{t('noteMore')}</a>
      </p>
    </aside>
  );
}
