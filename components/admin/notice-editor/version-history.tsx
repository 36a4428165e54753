'use client';

// What readers have now (the published texts, while no correction is being written) and every
// version with its "what changed" note.
import { useTranslations } from 'next-intl';
import { useDates } from '../../i18n/use-dates';
import { LANGUAGES } from '@/server/i18n/languages';
import type { NoticeForEditing } from '@/server/notices/get-notice-for-editing';
import type { NoticeDraftFormValues } from '@/server/notices/schema';
import styles from './notice-editor.module.css';
import { useLanguageName } from '../../i18n/use-language-name';

export function PublishedTexts({ texts }: { texts: NoticeDraftFormValues['translations'] }) {
  const t = useTranslations('noticeEditor');
  const languageName = useLanguageName();
  return (
    <section aria-labelledby="notice-published-texts" className={styles.texts}>
      <h2 id="notice-published-texts" className={styles.sectionTitle}>
        {t('publishedTexts')}
      </h2>
      {LANGUAGES.map((language) =>
        texts[language].title ? (
          <article key={language} lang={language}>
            <h3>
              {languageName(language)}: {texts[language].title}
            </h3>
            <p style={{ margin: 0 }}>{texts[language].summary}</p>
            <p className="muted" style={{ margin: '4px 0 0' }}>
              SMS: {texts[language].smsText}
            </p>
          </article>
        ) : null,
      )}
    </section>
  );
}

export function VersionHistory({ versions }: { versions: NoticeForEditing['versions'] }) {
  const t = useTranslations('noticeEditor');
  const languageName = useLanguageName();
  const tVerdict = useTranslations('verdict');
  const dates = useDates();
  return (
    <section aria-labelledby="notice-versions">
      <h2 id="notice-versions" className={styles.sectionTitle}>
        {t('versions.title')}
      </h2>
      <ol className={styles.versions} data-testid="notice-versions">
        {versions.map((v) => (
          <li key={v.version}>
            <div className={styles.meta}>
              <strong>{t('versions.version', { version: v.version })}</strong>
              <span className={`badge badge--${v.verdict}`}>{tVerdict(v.verdict)}</span>
              <span>
                {v.publishedAt
                  ? t('versions.publishedAt', { date: dates.dateTime(v.publishedAt), name: v.publishedBy ?? '—' })
                  : t('versions.draft')}
              </span>
            </div>
            <span>{v.changeNote ? v.changeNote : v.version === 1 && v.publishedAt ? t('versions.firstPublication') : ''}</span>
            <span className="muted">{t('versions.languages', { languages: v.languages.map(languageName).join(', ') })}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
