import { getFormatter, getTranslations } from 'next-intl/server';
import type { PublishedNoticeListItem } from '@/server/notices/list-published-notices';
import type { NoticeMatch } from '@/server/notices/search-notices';
import type { Language } from '@/server/i18n/languages';
import { VerdictBadge } from './verdict-badge';
import styles from './notice-list.module.css';

/** What a list entry needs: published notices and search matches both fit. */
export type NoticeListItem = PublishedNoticeListItem | NoticeMatch;

function publishedAt(notice: NoticeListItem): Date | null {
  return 'lastPublishedAt' in notice ? notice.lastPublishedAt : notice.publishedAt;
}

export async function NoticeList({
  notices,
  locale,
  regionNames,
  emptyText,
}: {
  notices: NoticeListItem[];
  locale: Language;
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
            {publishedAt(notice) && (
              <time dateTime={publishedAt(notice)!.toISOString()}>
                {t('home.publishedOn', { date: format.dateTime(publishedAt(notice)!, { dateStyle: 'medium', timeStyle: 'short' }) })}
              </time>
            )}
            {'isDemo' in notice && notice.isDemo && <span className="badge badge--demo">{t('common.demoBadge')}</span>}
          </div>
          <h3 className={styles.title}>
            {/* The page is in the reader's language even when this entry fell back to another one. */}
            <a className={styles.link} href={`/${locale}/notices/${notice.slug}`}>
              {notice.title}
            </a>
          </h3>
          <p className={styles.summary}>{notice.summary}</p>
          {'regionCodes' in notice && notice.regionCodes.length > 0 && (
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
