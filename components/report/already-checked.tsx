'use client';

// "Has this already been checked?" — published notices resembling what the citizen is typing. The
// search and its results (notice-matches.tsx) are in the on-demand chunk (on-demand.ts).
import { NoticeMatches, OnDemand } from './lazy-parts';
import type { ReportText } from './report-text';
import styles from './report-form.module.css';

export const MIN_CHARS = 15;

export function AlreadyChecked({ t, text, locale, onConfirm, disabled }: { t: ReportText; text: string; locale: string; onConfirm: (slug: string) => void; disabled: boolean }) {
  const query = text.trim();
  return (
    <section className={styles.checked} aria-labelledby="already-checked-title" aria-live="polite" data-testid="already-checked">
      <h2 id="already-checked-title" className={styles.checkedTitle}>
        {t('report.checkedTitle')}
      </h2>
      {query.length < MIN_CHARS ? (
        <p className="muted">{t('report.checkedHint')}</p>
      ) : (
        <OnDemand fallback={<p className="muted">{t('report.checkedSearching')}</p>}>
          <NoticeMatches t={t} query={query} locale={locale} onConfirm={onConfirm} disabled={disabled} />
        </OnDemand>
      )}
    </section>
  );
}
