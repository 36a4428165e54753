import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminIntlProvider } from '@/components/admin/admin-intl';
import { GatewaySecretsEditor } from '@/components/admin/channels/gateway-secrets-editor';
import { SmppSection } from '@/components/admin/channels/smpp-section';
import { TelegramStatusSection } from '@/components/admin/channels/telegram-status';
import styles from '@/components/admin/channels/channels.module.css';
import { isLanguage } from '@/server/i18n/languages';
import { requireStaffPage } from '@/server/auth/current-actor';
import { listGatewaySecrets } from '@/server/channels/sms/gateway-secrets';
import { listGatewayPhones, listSmsLog, phoneQuery } from '@/server/channels/sms/message-log';
import { smsLogInput } from '@/server/channels/sms/schema';
import { serverEnv } from '@/server/config/env';
import { db } from '@/server/db/client';
import { canSeeSmsPhoneNumbers, isAdmin, MODERATION_ROLES } from '@/server/policy';
import { Section } from '@/components/ui/section';
import { formatNumericDateTime } from '@/server/i18n/format';
import { openStaffSearch } from '@/server/staff/sealed-search';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLanguage(locale) ? locale : 'ru' });
  return { title: t('channels.title') };
}

const DIRECTIONS = ['INBOUND', 'OUTBOUND'] as const;
const STATUSES = ['RECEIVED', 'PENDING', 'HANDED_OUT', 'QUEUED_ON_PHONE', 'SENT', 'DELIVERED', 'FAILED'] as const;

function first(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v ? v : undefined;
}

export default async function ChannelsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale, '/admin/channels', { roles: MODERATION_ROLES, otherwise: '/admin' });

  const query = await searchParams;
  const env = serverEnv();
  // The words searched are in the address only sealed (the form posts them: server/api/staff-search-form.ts).
  const sealedSearch = first(query.search);
  const searched = openStaffSearch(sealedSearch, actor.id, env.RASPA_ENCRYPTION_KEY);
  // A hand-edited address with a bad filter shows the unfiltered log rather than an error page.
  const parsed = smsLogInput.safeParse({ q: searched, direction: first(query.direction), status: first(query.status), page: first(query.page) });
  const asked = parsed.success ? parsed.data : smsLogInput.parse({});
  // Searching by a phone number needs the contact permission: without it the log is shown unsearched, with a note why.
  const phoneSearchRefused = Boolean(phoneQuery(asked.q)) && !canSeeSmsPhoneNumbers(actor);
  const filters = phoneSearchRefused ? { ...asked, q: undefined } : asked;
  const [t, log, gateways, secrets] = await Promise.all([
    getTranslations({ locale, namespace: 'channels' }),
    listSmsLog(db(), actor, filters, env.RASPA_ENCRYPTION_KEY),
    listGatewayPhones(db(), actor),
    isAdmin(actor) ? listGatewaySecrets(db(), actor) : Promise.resolve(null),
  ]);
  const syncUrl = new URL('/api/sms/smssync', env.NEXTAUTH_URL ?? 'http://localhost:3000').toString();
  const pageHref = (page: number) => {
    const next = new URLSearchParams();
    if (filters.q && sealedSearch) next.set('search', sealedSearch);
    if (filters.direction) next.set('direction', filters.direction);
    if (filters.status) next.set('status', filters.status);
    if (page > 1) next.set('page', String(page));
    const search = next.toString();
    return `/${locale}/admin/channels${search ? `?${search}` : ''}`;
  };

  return (
    <>
      <h1 style={{ marginBottom: 4 }}>{t('title')}</h1>
      <p className="muted" style={{ marginTop: 0 }}>
        {t('intro')}
      </p>

      <SmppSection locale={locale} actor={actor} />

      {secrets && (
        <AdminIntlProvider locale={locale} namespaces={['channels']}>
          <GatewaySecretsEditor secrets={secrets.map((s) => ({ ...s, createdAt: s.createdAt.toISOString() }))} syncUrl={syncUrl} />
        </AdminIntlProvider>
      )}

      <Section titleId="gateway-phones-title" title={t('phones.title')}>
        <p>{t('phones.waiting', { count: gateways.waiting })}</p>
        {gateways.phones.length === 0 ? (
          <p className="muted">{t('phones.empty')}</p>
        ) : (
          <ul className={styles.list}>
            {gateways.phones.map((phone) => (
              <li key={phone.deviceId} className={styles.item}>
                <span className={styles.itemMain}>
                  <strong>{phone.deviceId}</strong> <span className="muted">· {t('phones.lastSeen', { time: formatNumericDateTime(phone.lastSeenAt, locale) })}</span>
                </span>
                <span className={phone.online ? styles.online : styles.offline}>{phone.online ? t('phones.online') : t('phones.offline')}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section titleId="sms-log-title" title={t('log.title')}>
        <form method="post" action="/api/admin/search" className={styles.inline} role="search" aria-label={t('log.title')}>
          <input type="hidden" name="page" value="sms-log" />
          <input type="hidden" name="locale" value={locale} />
          <div className="field">
            <label htmlFor="sms-log-q">{canSeeSmsPhoneNumbers(actor) ? t('log.search') : t('log.searchWithoutNumbers')}</label>
            <input id="sms-log-q" name="q" type="search" defaultValue={asked.q ?? ''} maxLength={100} />
          </div>
          <div className="field">
            <label htmlFor="sms-log-direction">{t('log.direction')}</label>
            <select id="sms-log-direction" name="direction" defaultValue={filters.direction ?? ''}>
              <option value="">{t('log.any')}</option>
              {DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`log.${d}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="sms-log-status">{t('log.status')}</label>
            <select id="sms-log-status" name="status" defaultValue={filters.status ?? ''}>
              <option value="">{t('log.any')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`statuses.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {t('log.apply')}
          </button>
        </form>

        {phoneSearchRefused && (
          <p className="alert alert--error" role="alert">
            {t('log.phoneSearchNotAllowed')}
          </p>
        )}
        <p className="muted">
          {t('log.total', { total: log.total })} {canSeeSmsPhoneNumbers(actor) ? t('log.numbersShown') : t('log.numbersMasked')}
        </p>
        {log.items.length === 0 ? (
          <p>{t('log.empty')}</p>
        ) : (
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t('log.time')}</th>
                <th scope="col">{t('log.direction')}</th>
                <th scope="col">{t('log.phone')}</th>
                <th scope="col">{t('log.text')}</th>
                <th scope="col">{t('log.status')}</th>
                <th scope="col">{t('log.attempts')}</th>
                <th scope="col">{t('log.device')}</th>
              </tr>
            </thead>
            <tbody>
              {log.items.map((row) => (
                <tr key={row.id}>
                  <td className={styles.nowrap} data-label={t('log.time')}>
                    {formatNumericDateTime(row.createdAt, locale)}
                  </td>
                  <td data-label={t('log.direction')}>
                    {t(`log.${row.direction}`)} <span className="muted">· {t(`log.kinds.${row.kind}`)}</span>
                  </td>
                  <td className={styles.nowrap} data-label={t('log.phone')}>
                    {row.phone}
                  </td>
                  <td className={styles.text} data-label={t('log.text')}>
                    {row.text}
                  </td>
                  <td data-label={t('log.status')}>
                    <span className={styles.status} data-status={row.status} title={row.resultMessage ?? undefined}>
                      {t(`statuses.${row.status}`)}
                    </span>
                  </td>
                  <td data-label={t('log.attempts')}>{row.attempts}</td>
                  <td data-label={t('log.device')}>{row.deviceId ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {log.pageCount > 1 && (
          <nav className={styles.pagination} aria-label={t('log.pagination')}>
            {log.page > 1 ? (
              <a className="button button--secondary" href={pageHref(log.page - 1)} rel="prev">
                {t('log.previous')}
              </a>
            ) : (
              <span />
            )}
            <span>{t('log.page', { page: log.page, pageCount: log.pageCount })}</span>
            {log.page < log.pageCount ? (
              <a className="button button--secondary" href={pageHref(log.page + 1)} rel="next">
                {t('log.next')}
              </a>
            ) : (
              <span />
            )}
          </nav>
        )}
      </Section>

      <TelegramStatusSection locale={locale} actor={actor} />
    </>
  );
}
