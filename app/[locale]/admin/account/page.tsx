import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ChangePasswordForm, SessionList, TwoFactorPanel } from '@/components/admin/account/account-forms';
import facts from '@/components/ui/facts.module.css';
import { Section } from '@/components/ui/section';
import { getMyAccount } from '@/server/account/overview';
import { listMySessions } from '@/server/account/sessions';
import { TelegramLinkPanel } from '@/components/admin/account/telegram-link';
import { getTelegramLink } from '@/server/notifications/staff-telegram';
import { AdminIntlProvider } from '@/components/admin/admin-intl';
import { ACCOUNT_PATH, requireAccountPage } from '@/server/auth/current-actor';
import { db } from '@/server/db/client';
import { listRegions } from '@/server/regions/list-regions';
import { isLanguage, placeName } from '@/server/i18n/languages';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLanguage(locale) ? locale : 'ru', namespace: 'account' });
  return { title: t('title') };
}

/** A member's own account: every role, and the page a gate (a password to change, two-factor to set up) sends them to. */
export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const me = await requireAccountPage(locale, ACCOUNT_PATH);
  const [account, sessions, telegram, regions, t, tRoles] = await Promise.all([
    getMyAccount(db(), me),
    listMySessions(db(), me),
    getTelegramLink(db(), me.actor),
    listRegions(db()),
    getTranslations({ locale, namespace: 'account' }),
    getTranslations({ locale, namespace: 'roles' }),
  ]);
  const names = new Map(regions.map((r) => [r.code, placeName(r, locale)]));
  const scope =
    account.role === 'ADMIN'
      ? t('details.allRegions')
      : account.role === 'PROXY'
        ? t('details.hotlineOnly')
        : [...account.regionCodes.map((code) => names.get(code) ?? code), ...(account.nationalQueue ? [t('details.national')] : [])].join(', ');
  return (
    <AdminIntlProvider locale={locale} namespaces={['account']}>
      <h1 style={{ marginBottom: 4 }}>{t('title')}</h1>
      <p className="muted" style={{ marginTop: 0 }}>
        {t('intro')}
      </p>
      {account.gate && (
        <p className="alert alert--error" role="alert">
          {t(`gate.${account.gate}`)}
        </p>
      )}
      <Section titleId="account-details" title={t('details.title')}>
        <dl className={facts.list}>
          <dt>{t('details.name')}</dt>
          <dd>{account.name}</dd>
          <dt>{t('details.email')}</dt>
          <dd>{account.email}</dd>
          <dt>{t('details.role')}</dt>
          <dd>{tRoles(account.role)}</dd>
          <dt>{t('details.scope')}</dt>
          <dd>{scope}</dd>
          <dt>{t('details.contacts')}</dt>
          <dd>{account.canViewContacts ? t('details.contactsYes') : t('details.contactsNo')}</dd>
        </dl>
        <p className="muted">{t('details.askAdmin')}</p>
      </Section>
      <Section titleId="account-password" title={t('password.title')} intro={t('password.intro')}>
        <ChangePasswordForm locale={locale} required={account.gate === 'passwordChangeRequired'} />
      </Section>
      <Section titleId="account-two-factor" title={t('twoFactor.title')} intro={t('twoFactor.intro')}>
        <TwoFactorPanel enabledAt={account.twoFactorEnabledAt?.toISOString() ?? null} recoveryCodesLeft={account.recoveryCodesLeft} required={account.twoFactorRequired} />
      </Section>
      {!account.gate && (
        <Section titleId="account-telegram" title={t('telegram.title')} intro={t('telegram.intro')}>
          <TelegramLinkPanel initial={telegram} />
        </Section>
      )}
      <Section titleId="account-sessions" title={t('sessions.title')} intro={t('sessions.intro')}>
        <SessionList locale={locale} sessions={sessions.map((s) => ({ ...s, createdAt: s.createdAt.toISOString(), lastSeenAt: s.lastSeenAt.toISOString(), expiresAt: undefined }))} />
      </Section>
    </AdminIntlProvider>
  );
}
