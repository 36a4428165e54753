import { getFormatter, getTranslations } from 'next-intl/server';
import type { NoticeSummary } from '@/server/notices/list-latest';
import type { Locale } from '../i18n/routing';
import { VerdictBadge } from './verdict-badge';
import styles from './notice-list.module.css';

/** What a list entry needs: latest notices and search matches both fit. */
export type NoticeListItem = Pick<NoticeSummary, 'slug' | 'verdict' | 'title' | 'summary' | 'language' | 'publishedAt'> &
  Partial<Pick<NoticeSummary, 'isDemo' | 'regionCodes'>>;

export async function NoticeList({
  notices,
  locale,
  regionNames,
  emptyText,
}: {
  notices: NoticeListItem[];
  locale: Locale;
  regionNames?: Map<string, string>;
  /** Shown instead of the list when it is empty (defaults to the home page's wording). */
  emptyText?: string;
}) {
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  if (notices.length === 0) return <p className={styles.empty}>{emptyText ?? t('home.latestEmpty')}</p>;
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
          <h3 className={styles.title}>
            {/* The page is in the reader's language even when this entry fell back to another one. */}
            <a className={styles.link} href={`/${locale}/notices/${notice.slug}`}>
              {notice.title}
            </a>
          </h3>
          <p className={styles.summary}>{notice.summary}</p>
          {notice.regionCodes && notice.regionCodes.length > 0 && (
            <p className={styles.regions}>
              {t('home.regions')}:{' '}
              {notice.regionCodes.map((code, i) => (
                <span key={code}>
                  {i > 0 && ', '}
                  <a href={`/${locale}/regions/${code}`}>{regionNames?.get(code) ?? code}</a>
                </span>
              ))}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
