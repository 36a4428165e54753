import { getFormatter, getTranslations } from 'next-intl/server';
import type { NoticeSummary } from '@/server/notices/list-latest';
import type { Locale } from '../i18n/routing';
import { VerdictBadge } from './verdict-badge';
import styles from './notice-list.module.css';

export async function NoticeList({ notices, locale, regionNames }: { notices: NoticeSummary[]; locale: Locale; regionNames: Map<string, string> }) {
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  if (notices.length === 0) return <p className={styles.empty}>{t('home.latestEmpty')}</p>;
  return (
    <ul className={styles.list}>
      {notices.map((notice) => (
        <li key={notice.slug} className={styles.item} lang={notice.language}>
          <div className={styles.meta}>
            <VerdictBadge verdict={notice.verdict} label={t(`verdict.${notice.verdict as 'FALSE'}`)} />
            {notice.publishedAt && (
              <time dateTime={notice.publishedAt.toISOString()}>
                {t('home.publishedOn', { date: format.dateTime(notice.publishedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
              </time>
            )}
            {notice.isDemo && <span className="badge badge--demo">{t('common.demoBadge')}</span>}
          </div>
          <h3 className={styles.title}>{notice.title}</h3>
          <p className={styles.summary}>{notice.summary}</p>
          {notice.regionCodes.length > 0 && (
            <p className={`${styles.meta} muted`}>
              <span>{t('home.regions')}:</span> {notice.regionCodes.map((code) => regionNames.get(code) ?? code).join(', ')}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
