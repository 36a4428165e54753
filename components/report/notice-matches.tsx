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

/**
 * The notice the citizen last confirmed, as shown here, for the result screen (report-result.tsx):
 * it gives the answer at once without another request. Kept in this on-demand module rather than
 * in the form's state, because every byte of the form counts against the page's first-load budget.
 */
let confirmedMatch: NoticeMatchView | null = null;

export function lastConfirmedMatch(): NoticeMatchView | null {
  return confirmedMatch;
}

export function NoticeMatches({ t, query, locale, onConfirm, disabled }: { t: ReportText; query: string; locale: string; onConfirm: (slug: string) => void; disabled: boolean }) {
  // Posted: what is being typed is in no address (server/api/notices-search.ts).
  const { data, loading, refusedStatus } = useDebouncedJson<{ results: NoticeMatchView[] }>(`/api/v1/notices/search?lang=${locale}&limit=3`, 600, JSON.stringify({ q: query.slice(0, 500) }));
  const matches = data?.results ?? [];

  // The network's search budget is spent: not "nothing matches", which would be untrue.
  if (refusedStatus === 429) return <p className="muted" role="status">{t('report.checkedRateLimited')}</p>;
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
              <button type="button" className="button" disabled={disabled} onClick={() => {
                  confirmedMatch = match;
                  onConfirm(match.slug);
                }}>
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
