import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { isLanguage, placeName } from '@/server/i18n/languages';
import { NoticeList } from '@/components/notices/notice-list';
import { consumeRateLimit } from '@/server/http/rate-limit';
import { isPageRender, SEARCH_REFUSED_HEADER } from '@/server/http/cached-public-pages';
import { cachedNoticeSearch, cachedPublicChannels, cachedPublishedNotices, cachedRegions, SearchRefusedError } from '@/server/notices/public-notice-cache';
import { WithoutInternetNote } from '@/components/channels/without-internet-note';
import { searchNoticesInput } from '@/server/notices/schema';
import type { NoticeMatch } from '@/server/notices/search-notices';
import styles from './check.module.css';

export const dynamic = 'force-dynamic';

const SHOWN_QUERY_LENGTH = 80;
const RESULT_LIMIT = 10;

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/check'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLanguage(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'check' });
  // Result pages echo whatever was typed; only the page itself belongs in search engines.
  const hasQuery = Boolean(firstValue((await searchParams).q)?.trim());
  return { title: t('metaTitle'), robots: hasQuery ? { index: false } : undefined };
}

export default async function CheckPage({ params, searchParams }: PageProps<'/[locale]/check'>) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  const q = firstValue((await searchParams).q)?.trim() ?? '';

  let error: string | undefined;
  let matches: NoticeMatch[] | null = null;
  if (q) {
    const parsed = searchNoticesInput.safeParse({ q, language: locale, limit: RESULT_LIMIT });
    if (!parsed.success) {
      // The schema's messages are keys under `errors` (queryTooShort, queryTooLong).
      error = t(`errors.${parsed.error.issues[0]?.message ?? 'invalid'}`);
    } else {
      // A cached answer costs nothing; only a search that runs counts against the reader's budget.
      const client = await headers();
      // The server's own render for the cache of finished pages: the reader who caused it has paid
      // (server/api/public-pages.ts), or was refused.
      const mayRun = isPageRender(client) ? async () => !client.has(SEARCH_REFUSED_HEADER) : async () => (await consumeRateLimit('search', { client })).allowed;
      matches = await cachedNoticeSearch(parsed.data, mayRun).catch((failure: unknown) => {
        if (failure instanceof SearchRefusedError) return null;
        throw failure;
      });
      if (matches === null) error = t('check.rateLimited');
    }
  }
  const shownQuery = q.length > SHOWN_QUERY_LENGTH ? `${q.slice(0, SHOWN_QUERY_LENGTH)}…` : q;

  const latest =
    matches === null
      ? await Promise.all([cachedPublishedNotices({ language: locale, limit: 10 }), cachedRegions()]).then(([{ notices }, regions]) => ({
          notices,
          regionNames: new Map(regions.map((r) => [r.code, placeName(r, locale)])),
        }))
      : null;

  const channels = await cachedPublicChannels();
  // "Report this" carries what was searched into the report form — posted, like the question itself
  // (server/api/page-forms.ts): what someone looked up is never in an address.
  const reportThis = (className: string, label: string) => (
    <form method="post" action={`/${locale}/report/start`}>
      <input type="hidden" name="text" value={q} />
      <button className={className} type="submit">
        {label}
      </button>
    </form>
  );

  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('check.title')}</h1>
      <p>{t('check.intro')}</p>

      <form role="search" method="post" action={`/${locale}/check/search`} className={`card ${styles.form}`} noValidate>
        <div className={`field ${styles.field}`}>
          <label htmlFor="q">{t('check.queryLabel')}</label>
          <p id="q-hint" className={`muted ${styles.hint}`}>
            {t('check.queryHint')}
          </p>
          {error && (
            <p id="q-error" className="field-error">
              {error}
            </p>
          )}
          <div className={styles.row}>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={q}
              maxLength={2000}
              enterKeyHint="search"
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? 'q-error q-hint' : 'q-hint'}
              autoFocus={Boolean(error)}
            />
            <button className={`button ${styles.submit}`} type="submit">
              {t('check.submit')}
            </button>
          </div>
        </div>
      </form>

      {matches !== null && (
        <section className={styles.section} aria-labelledby="results">
          <h2 id="results" className={styles.resultsTitle}>
            {t('check.resultsTitle', { query: shownQuery })}
          </h2>
          {matches.length > 0 ? (
            <>
              <p className="muted" role="status">
                {t('check.resultsCount', { count: matches.length })}
              </p>
              <NoticeList notices={matches} locale={locale} />
              <div className={styles.notListed}>
                <h3>{t('check.notListedTitle')}</h3>
                <p>{t('check.notListedText')}</p>
                {reportThis('button button--secondary', t('nav.report'))}
              </div>
            </>
          ) : (
            <div className={styles.empty} role="status">
              <h3>{t('check.emptyTitle')}</h3>
              <p>{t('check.emptyText', { query: shownQuery })}</p>
              {reportThis('button', t('check.reportCta'))}
            </div>
          )}
        </section>
      )}

      <WithoutInternetNote locale={locale} channels={channels} />

      {latest && (
        <section className={styles.section} aria-labelledby="latest">
          <h2 id="latest">{t('check.latestTitle')}</h2>
          <NoticeList notices={latest.notices} locale={locale} regionNames={latest.regionNames} />
        </section>
      )}
    </div>
  );
}
