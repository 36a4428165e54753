// "Older notices" under a list of published notices (home, region pages): keyset paging with the
// cursor listPublishedNotices returns, as plain links that work without JavaScript.
import { getTranslations } from 'next-intl/server';
import type { Language } from '@/server/i18n/languages';
import styles from './notice-list.module.css';

/** The `before` query value if it is a well-formed cursor, else undefined (a mangled link shows the newest). */
export function pageCursor(value: string | string[] | undefined, isCursor: (value: string) => boolean): string | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw && isCursor(raw) ? raw : undefined;
}

export async function NoticePager({ locale, path, query = {}, nextCursor, onOlderPage }: { locale: Language; path: string; query?: Record<string, string>; nextCursor: string | null; onOlderPage: boolean }) {
  if (!nextCursor && !onOlderPage) return null;
  const t = await getTranslations({ locale, namespace: 'noticeList' });
  const link = (before?: string) => {
    const params = new URLSearchParams({ ...query, ...(before ? { before } : {}) });
    return `${path}${params.size ? `?${params}` : ''}#latest`;
  };
  return (
    <nav className={styles.pager} aria-label={t('pagerLabel')}>
      {onOlderPage && (
        <a className="button button--secondary" href={link()}>
          {t('newest')}
        </a>
      )}
      {nextCursor && (
        <a className="button button--secondary" href={link(nextCursor)} rel="next">
          {t('older')}
        </a>
      )}
    </nav>
  );
}
