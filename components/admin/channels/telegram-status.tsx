// The Telegram section of the admin Channels page: bot on/off, webhook address (and, for admins,
// the button that registers it with Telegram), public channel, number of bot subscribers.
import { getTranslations } from 'next-intl/server';
import { getTelegramBotStatus } from '@/server/channels/telegram/admin';
import { telegramConfig, telegramPublicOrigin } from '@/server/channels/telegram/config';
import { db } from '@/server/db/client';
import { isAdmin, type Actor } from '@/server/policy';
import { AdminIntlProvider } from '../admin-intl';
import { TelegramWebhookButton } from './telegram-webhook-button';
import styles from './telegram-status.module.css';
import { Section } from '../../ui/section';
import facts from '../../ui/facts.module.css';
import type { Language } from '@/server/i18n/languages';

export async function TelegramStatusSection({ locale, actor }: { locale: Language; actor: Actor }) {
  const [t, status] = await Promise.all([
    getTranslations({ locale, namespace: 'telegramBot.admin' }),
    getTelegramBotStatus(db(), actor, { config: telegramConfig(), publicOrigin: telegramPublicOrigin() }),
  ]);

  return (
    <Section titleId="telegram-bot-title" title={t('title')}>
      <dl className={facts.list}>
        <dt>{t('status')}</dt>
        <dd>
          <span className={`${styles.badge} ${status.enabled ? styles.on : styles.off}`}>{status.enabled ? t('on') : t('off')}</span>
        </dd>
        <dt>{t('username')}</dt>
        <dd>
          {status.botUsername ? (
            <a href={`https://t.me/${status.botUsername}`} rel="noopener noreferrer">
              @{status.botUsername}
            </a>
          ) : (
            <span className="muted">{t('usernameUnknown')}</span>
          )}
        </dd>
        <dt>{t('webhookUrl')}</dt>
        <dd>
          <code className={styles.url}>{status.webhookUrl}</code>
        </dd>
        <dt>{t('publicChannel')}</dt>
        <dd>
          {status.publicChannel ? (
            <>
              <strong>{status.publicChannel}</strong> <span className="muted">· {status.publicChannelSubscribed ? t('publicChannelActive') : t('publicChannelPending')}</span>
            </>
          ) : (
            <span className="muted">{t('publicChannelNone')}</span>
          )}
        </dd>
        <dt>{t('subscribers')}</dt>
        <dd>{t('subscribersValue', { subscribers: status.subscribers, chats: status.chats })}</dd>
      </dl>
      <p className="muted">{t('webhookHint')}</p>
      {status.enabled && !status.webhookSecretSet && <p className="alert alert--error">{t('secretMissing')}</p>}
      {status.enabled && !status.webhookUrlIsHttps && <p className="alert alert--info">{t('notHttps')}</p>}
      {isAdmin(actor) && status.enabled && (
        <AdminIntlProvider locale={locale} namespaces={['telegramBot.admin']}>
          <TelegramWebhookButton />
        </AdminIntlProvider>
      )}
    </Section>
  );
}
