'use client';

// "Has this already been checked?" — published notices resembling what the citizen is typing.
import { useDebouncedJson } from './use-debounced-fetch';
import type { ReportText } from './report-text';
import styles from './report-form.module.css';

export interface NoticeMatchView {
  slug: string;
  verdict: string;
  title: string;
  summary: string;
}

const MIN_CHARS = 15;

export function AlreadyChecked({ t, text, locale, onConfirm, disabled }: { t: ReportText; text: string; locale: string; onConfirm: (slug: string) => void; disabled: boolean }) {
  const query = text.trim();
  const url = query.length >= MIN_CHARS ? `/api/v1/notices/search?lang=${locale}&limit=3&q=${encodeURIComponent(query.slice(0, 500))}` : null;
  const { data, loading } = useDebouncedJson<{ results: NoticeMatchView[] }>(url, 600);
  const matches = data?.results ?? [];

  return (
    <section className={styles.checked} aria-labelledby="already-checked-title" aria-live="polite" data-testid="already-checked">
      <h2 id="already-checked-title" className={styles.checkedTitle}>
        {t('report.checkedTitle')}
      </h2>
      {!url ? (
        <p className="muted">{t('report.checkedHint')}</p>
      ) : loading && matches.length === 0 ? (
        <p className="muted">{t('report.checkedSearching')}</p>
      ) : matches.length === 0 ? (
        <p className="muted">{t('report.checkedNone')}</p>
      ) : (
        <>
          <p>{t('report.checkedIntro')}</p>
          <ul className={styles.matchList}>
            {matches.map((match) => (
              <li key={match.slug} className={styles.match} data-testid="notice-match">
                <span className={`badge badge--${match.verdict}`}>{t(`verdict.${match.verdict}`)}</span>
                <p className={styles.matchTitle}>{match.title}</p>
                <p className={styles.matchSummary}>{match.summary}</p>
                <div className={styles.matchActions}>
                  <button type="button" className="button" disabled={disabled} onClick={() => onConfirm(match.slug)}>
                    {t('report.thisIsIt')}
                  </button>
                  <a href={`/${locale}/notices/${match.slug}`}>{t('report.readVerdict')}</a>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
