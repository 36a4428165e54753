import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { isLanguage, LANGUAGES, placeName } from '@/server/i18n/languages';
import { feedAlternates } from '@/server/feeds/links';
import { LiveNotices } from '@/components/live/live-notices';
import { NoticeList } from '@/components/notices/notice-list';
import { NoticePager, pageCursor } from '@/components/notices/notice-pager';
import { noticeCursor } from '@/server/notices/public-api-schema';
import { VerdictBadge } from '@/components/notices/verdict-badge';
import { cachedPublicChannels, cachedPublishedNotices, cachedRegions, cachedUrgentNotices } from '@/server/notices/public-notice-cache';
import { WithoutInternetNote } from '@/components/channels/without-internet-note';
import styles from './home.module.css';
import { isRegionCode, type RegionCode } from '@/server/regions/codes';

// Browsers get this page from the cache of finished pages (server/http/cached-public-pages.ts: proxy.ts
// rewrites a view to it, keyed by the region the query or cookie chose); it is rendered here once per
// change of the notices, and per request only for later pages of the list (?before=) and the client
// router (router.refresh() on a live event). What it reads comes from Next's data cache
// (server/notices/public-notice-cache.ts).
export const dynamic = 'force-dynamic';

const URGENT_WINDOW_MS = 7 * 24 * 3600_000;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLanguage(locale)) return {};
  return {
    alternates: { languages: Object.fromEntries(LANGUAGES.map((l) => [l, `/${l}`])), types: feedAlternates(locale, await getTranslations({ locale })) },
  };
}

/** The region from the filter (query string) or the one remembered on this device (cookie). */
async function chosenRegion(searchParams: Record<string, string | string[] | undefined>, known: Set<string>): Promise<RegionCode | undefined> {
  const isKnown = (code: string | undefined): code is RegionCode => code !== undefined && known.has(code) && isRegionCode(code);
  const fromQuery = typeof searchParams.region === 'string' ? searchParams.region.toUpperCase() : undefined;
  if (fromQuery !== undefined) return isKnown(fromQuery) ? fromQuery : undefined;
  const fromCookie = (await cookies()).get('region')?.value;
  return isKnown(fromCookie) ? fromCookie : undefined;
}

export default async function HomePage({ params, searchParams }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  const regions = await cachedRegions();
  const query = await searchParams;
  const regionCode = await chosenRegion(query, new Set(regions.map((r) => r.code)));
  const before = pageCursor(query.before, (value) => noticeCursor.safeParse(value).success);
  const [{ notices, nextCursor }, urgent, channels] = await Promise.all([
    cachedPublishedNotices({ language: locale, limit: 10, regionCode, cursor: before }),
    cachedUrgentNotices({ language: locale, regionCode, withinMs: URGENT_WINDOW_MS }),
    cachedPublicChannels(),
  ]);
  const regionNames = new Map(regions.map((r) => [r.code, placeName(r, locale)]));
  const chosenName = regionCode ? regionNames.get(regionCode) : undefined;

  return (
    <>
      {urgent.length > 0 && (
        <section className={styles.urgent} aria-labelledby="urgent-title" data-testid="urgent-banner">
          <div className="container">
            <h2 id="urgent-title" className={styles.urgentTitle}>
              {t('home.urgentLabel')}
            </h2>
            <ul className={styles.urgentList}>
              {urgent.map((notice) => (
                <li key={notice.slug} lang={notice.language}>
                  <VerdictBadge verdict={notice.verdict} label={t(`verdict.${notice.verdict as 'FALSE'}`)} />{' '}
                  <a className={styles.urgentLink} href={`/${locale}/notices/${notice.slug}`}>
                    {notice.title}
                  </a>
                  {' · '}
                  <time dateTime={notice.lastPublishedAt.toISOString()}>{format.relativeTime(notice.lastPublishedAt)}</time>
                </li>
              ))}
            </ul>
          </div>
        </section>
      )}
      <section className={styles.hero} aria-labelledby="promise">
        <div className="container">
          <h1 id="promise" className={styles.promise}>
            {t('home.promise')}
          </h1>
          <div className={styles.actions}>
            <a className={`button ${styles.action}`} href={`/${locale}/report`}>
              <span>{t('home.reportCta')}</span>
              <span className={styles.actionHint}>{t('home.reportHint')}</span>
            </a>
            <a className={`button button--secondary ${styles.action}`} href={`/${locale}/check`}>
              <span>{t('home.checkCta')}</span>
              <span className={styles.actionHint}>{t('home.checkHint')}</span>
            </a>
          </div>
          <p className={styles.safety}>{t('home.safetyNote')}</p>
          <WithoutInternetNote locale={locale} channels={channels} />
        </div>
      </section>
      <section className={`container ${styles.section}`} aria-labelledby="latest">
        <h2 id="latest">{chosenName ? t('home.latestInRegion', { region: chosenName }) : t('home.latestTitle')}</h2>
        <div className={styles.tools}>
          <form method="get" action="/api/region-choice" className={styles.filter}>
            <input type="hidden" name="locale" value={locale} />
            <div className="field">
              <label htmlFor="region">{t('home.regionFilterLabel')}</label>
              <select id="region" name="region" defaultValue={regionCode ?? ''} aria-describedby="region-hint">
                <option value="">{t('home.regionAll')}</option>
                {regions.map((r) => (
                  <option key={r.code} value={r.code}>
                    {placeName(r, locale)}
                  </option>
                ))}
              </select>
            </div>
            <button className="button button--secondary" type="submit">
              {t('home.regionFilterSubmit')}
            </button>
            <p id="region-hint" className={`muted ${styles.hint}`}>
              {t('home.regionFilterHint')}
            </p>
          </form>
          {/* Posted, like the check page's own form: what was searched is in no address (server/api/page-forms.ts). */}
          <form method="post" action={`/${locale}/check/search`} role="search" className={styles.filter}>
            <div className="field">
              <label htmlFor="q">{t('home.searchLabel')}</label>
              <input id="q" name="q" type="search" minLength={3} maxLength={2000} />
            </div>
            <button className="button button--secondary" type="submit">
              {t('home.searchSubmit')}
            </button>
          </form>
        </div>
        <NoticeList notices={notices} locale={locale} regionNames={regionNames} />
        <NoticePager locale={locale} path={`/${locale}`} query={typeof query.region === 'string' && regionCode ? { region: regionCode } : {}} nextCursor={nextCursor} onOlderPage={Boolean(before)} />
        {regionCode && chosenName && (
          <p className={styles.more}>
            <a href={`/${locale}/regions/${regionCode}`}>{t('home.regionPageLink', { region: chosenName })}</a>
          </p>
        )}
      </section>
      <section className={`container ${styles.section}`} aria-labelledby="how">
        <h2 id="how">{t('home.howTitle')}</h2>
        <ol className={styles.steps}>
          <li>{t('home.howStep1')}</li>
          <li>{t('home.howStep2')}</li>
          <li>{t('home.howStep3')}</li>
        </ol>
      </section>
      <LiveNotices locale={locale} regionCode={regionCode} />
    </>
  );
}
