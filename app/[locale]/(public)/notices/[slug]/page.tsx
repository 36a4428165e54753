import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { isLocale, type Locale } from '@/components/i18n/routing';
import { NoticeBody } from '@/components/notices/notice-body';
import { VerdictStamp } from '@/components/notices/verdict-stamp';
import { db } from '@/server/db/client';
import { getPublicNotice } from '@/server/notices/get-notice';
import { regionName } from '@/server/regions/list-regions';
import styles from '@/components/notices/notice-page.module.css';

// A notice can be corrected or withdrawn at any moment; render per request.
export const dynamic = 'force-dynamic';

// generateMetadata and the page share one read per request.
const loadNotice = cache((slug: string, locale: Locale) => getPublicNotice(db(), slug, locale));

export async function generateMetadata({ params }: PageProps<'/[locale]/notices/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const notice = await loadNotice(slug, locale);
  if (!notice) return {};
  return {
    title: notice.title,
    description: notice.summary,
    alternates: { languages: Object.fromEntries(notice.availableLanguages.map((l) => [l, `/${l}/notices/${notice.slug}`])) },
    // A withdrawn notice stays readable for those who follow old links, but should leave search results.
    robots: notice.status === 'WITHDRAWN' ? { index: false } : undefined,
  };
}

export default async function NoticePage({ params }: PageProps<'/[locale]/notices/[slug]'>) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const notice = await loadNotice(slug, locale);
  if (!notice) notFound();
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'long', timeStyle: 'short' });
  const textLang = notice.language;
  const otherLanguages = notice.availableLanguages.filter((l) => l !== locale);
  const updated = notice.lastPublishedAt && notice.firstPublishedAt && notice.lastPublishedAt.getTime() - notice.firstPublishedAt.getTime() > 60_000;

  return (
    <article className={`container ${styles.page}`} aria-labelledby="notice-title">
      {notice.status === 'WITHDRAWN' && (
        <section className={`alert alert--error ${styles.withdrawn}`} aria-labelledby="withdrawn-title">
          <h2 id="withdrawn-title" className={styles.bannerTitle}>
            {t('notice.withdrawnTitle')}
          </h2>
          <p>{t('notice.withdrawnText')}</p>
          {notice.withdrawnAt && (
            <p>
              <time dateTime={notice.withdrawnAt.toISOString()}>{t('notice.withdrawnOn', { date: when(notice.withdrawnAt) })}</time>
            </p>
          )}
          {notice.withdrawnReason && <p className={styles.reason}>{t('notice.withdrawnReason', { reason: notice.withdrawnReason })}</p>}
        </section>
      )}

      {(notice.isDemo || notice.urgency === 'URGENT') && (
        <p className={styles.flags}>
          {notice.urgency === 'URGENT' && <span className={`badge ${styles.urgent}`}>{t('notice.urgent')}</span>}
          {notice.isDemo && <span className="badge badge--demo">{t('common.demoBadge')}</span>}
        </p>
      )}

      {textLang !== locale && (
        <p className="alert alert--info">{t('notice.fallbackNote', { language: t(`common.languageNames.${textLang}`) })}</p>
      )}

      <VerdictStamp
        verdict={notice.verdict}
        caption={t('notice.verdictLabel')}
        label={t(`verdict.${notice.verdict}`)}
        meaning={t(`notice.verdictMeaning.${notice.verdict}`)}
      />

      <h1 id="notice-title" className={styles.title} lang={textLang}>
        {notice.title}
      </h1>
      <p className={styles.summary} lang={textLang}>
        {notice.summary}
      </p>

      <ul className={styles.facts}>
        {notice.firstPublishedAt && (
          <li>
            <time dateTime={notice.firstPublishedAt.toISOString()}>{t('notice.publishedOn', { date: when(notice.firstPublishedAt) })}</time>
          </li>
        )}
        {updated && notice.lastPublishedAt && (
          <li>
            <time dateTime={notice.lastPublishedAt.toISOString()}>{t('notice.updatedOn', { date: when(notice.lastPublishedAt) })}</time>
          </li>
        )}
        {notice.regions.length > 0 && (
          <li>
            {t('notice.regionsTitle')}: {notice.regions.map((r) => regionName(r, locale)).join(', ')}
          </li>
        )}
      </ul>
      {notice.changeNote && (
        <p className={styles.changeNote} lang={textLang}>
          {t('notice.changeNote', { note: notice.changeNote })}
        </p>
      )}

      {notice.whatToDo && (
        <section className={styles.whatToDo} aria-labelledby="what-to-do">
          <h2 id="what-to-do">{t('notice.whatToDo')}</h2>
          <p lang={textLang}>{notice.whatToDo}</p>
        </section>
      )}

      <section className={styles.section} aria-labelledby="details">
        <h2 id="details">{t('notice.details')}</h2>
        <NoticeBody markdown={notice.body} className={styles.body} lang={textLang} />
      </section>

      {notice.evidence.length > 0 && (
        <section className={styles.section} aria-labelledby="evidence">
          <h2 id="evidence">{t('notice.evidenceTitle')}</h2>
          <ul className={styles.evidenceList}>
            {notice.evidence.map((item, i) => (
              <li key={i} className={`card ${styles.evidence}`}>
                <p className={styles.evidenceHead}>
                  <strong className={styles.source}>{item.sourceName ?? t('notice.unnamedSource')}</strong>
                  <span className={`${styles.stance} ${styles[`stance${item.stance}`] ?? ''}`}>{t(`notice.stance.${item.stance}`)}</span>
                </p>
                <blockquote className={styles.excerpt}>
                  <p>{item.excerpt}</p>
                </blockquote>
                <p className={`muted ${styles.obtained}`}>
                  <time dateTime={item.obtainedAt.toISOString()}>{t('notice.obtainedOn', { date: when(item.obtainedAt) })}</time>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      {otherLanguages.length > 0 && (
        <nav className={styles.section} aria-labelledby="other-languages">
          <h2 id="other-languages">{t('notice.otherLanguages')}</h2>
          <ul className={styles.languages}>
            {otherLanguages.map((l) => (
              <li key={l}>
                <a className="button button--secondary" href={`/${l}/notices/${notice.slug}`} hrefLang={l} lang={l}>
                  {t(`common.languageNames.${l}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <div className={styles.actions}>
        <a className="button" href={`/${locale}/check`}>
          {t('notice.checkAnother')}
        </a>
        <a className="button button--secondary" href={`/${locale}/report`}>
          {t('notice.reportCta')}
        </a>
      </div>
    </article>
  );
}
