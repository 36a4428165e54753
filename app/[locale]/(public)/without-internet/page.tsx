// How to reach Raspa when mobile data is slow or cut (January 2022: only calls and SMS worked): the
// SMS numbers and Telegram bot an admin set up, and the SMS commands in the reader's language.
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { readableSmsNumber, readPublicChannels, SMS_COMMAND_WORDS } from '@/server/channels/public-channels';
import { db } from '@/server/db/client';
import { LANGUAGES, isLanguage } from '@/server/i18n/languages';
import styles from './without-internet.module.css';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLanguage(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'withoutInternet' });
  return { title: t('title'), description: t('intro'), alternates: { languages: Object.fromEntries(LANGUAGES.map((l) => [l, `/${l}/without-internet`])) } };
}

export default async function WithoutInternetPage({ params }: Props) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const [t, channels] = await Promise.all([getTranslations({ locale, namespace: 'withoutInternet' }), readPublicChannels(db())]);
  const words = SMS_COMMAND_WORDS[locale];
  const numbers = channels.smsNumbers.map((number, i) => (
    <span key={number}>
      {i > 0 && ', '}
      <a href={`sms:${number}`} className={styles.number}>{readableSmsNumber(number)}</a>
    </span>
  ));
  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('title')}</h1>
      <p className={styles.lead}>{t('intro')}</p>

      <section className="card" aria-labelledby="sms-title">
        <h2 id="sms-title">{t('smsTitle')}</h2>
        {channels.smsNumbers.length ? <p data-testid="sms-numbers">{t.rich('smsNumbers', { count: channels.smsNumbers.length, numbers: () => <>{numbers}</> })}</p> : <p className="muted">{t('smsNone')}</p>}
        <p>{t('report')}</p>
        <h3>{t('commandsTitle')}</h3>
        <ul className={styles.commands}>
          <li>{t('commandSubscribe', { word: words.subscribe })}</li>
          <li>{t('commandStatus', { word: words.status })}</li>
          <li>{t('commandVerify', { word: words.verify })}</li>
          <li>{t('commandLanguage', { word: words.language })}</li>
          <li>{t('commandStop', { word: words.stop })}</li>
          <li>{t('commandHelp', { word: words.help })}</li>
        </ul>
        <p className="muted">{t('free')}</p>
      </section>

      <section className="card" aria-labelledby="telegram-title">
        <h2 id="telegram-title">{t('telegramTitle')}</h2>
        {channels.telegramBot ? (
          <p data-testid="telegram-bot">{t.rich('telegramBot', { bot: () => <a href={`https://t.me/${channels.telegramBot}`}>@{channels.telegramBot}</a> })}</p>
        ) : (
          <p className="muted">{t('telegramNone')}</p>
        )}
      </section>

      <section className="card" aria-labelledby="offline-title">
        <h2 id="offline-title">{t('offlineTitle')}</h2>
        <p>{t('offlineText')}</p>
        <p>
          <a href={`/${locale}/offline`}>{t('offlineLink')}</a>
        </p>
      </section>
    </div>
  );
}
