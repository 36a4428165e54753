'use client';

// Published notices resembling the report being typed (inside already-checked.tsx), with "yes, this
// is what I heard" — which records a sighting instead of a new report.
import type { ReportText } from './report-text';
import { useDebouncedJson } from './use-debounced-fetch';
import styles from './report-form.module.css';

export interface NoticeMatchView {
  slug: string;
  verdict: string;
  title: string;
  summary: string;
}

export function NoticeMatches({ t, query, locale, onConfirm, disabled }: { t: ReportText; query: string; locale: string; onConfirm: (match: NoticeMatchView) => void; disabled: boolean }) {
  const url = `/api/v1/notices/search?lang=${locale}&limit=3&q=${encodeURIComponent(query.slice(0, 500))}`;
  const { data, loading } = useDebouncedJson<{ results: NoticeMatchView[] }>(url, 600);
  const matches = data?.results ?? [];

  if (loading && matches.length === 0) return <p className="muted">{t('report.checkedSearching')}</p>;
  if (matches.length === 0) return <p className="muted">{t('report.checkedNone')}</p>;
  return (
    <>
      <p>{t('report.checkedIntro')}</p>
      <ul className={styles.matchList}>
        {matches.map((match) => (
          <li key={match.slug} className={styles.match} data-testid="notice-match">
            <span className={`badge badge--${match.verdict}`}>{t(`verdict.${match.verdict}`)}</span>
            <p className={styles.matchTitle}>{match.title}</p>
            <p className={styles.matchSummary}>{match.summary}</p>
            <div className={styles.matchActions}>
              <button type="button" className="button" disabled={disabled} onClick={() => onConfirm(match)}>
                {t('report.thisIsIt')}
              </button>
              <a href={`/${locale}/notices/${match.slug}`}>{t('report.readVerdict')}</a>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
