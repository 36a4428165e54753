import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound, permanentRedirect } from 'next/navigation';
import { isLanguage, LANGUAGES, placeName } from '@/server/i18n/languages';
import { feedAlternates } from '@/server/feeds/links';
import { NoticeList } from '@/components/notices/notice-list';
import { NoticePager, pageCursor } from '@/components/notices/notice-pager';
import { noticeCursor } from '@/server/notices/public-api-schema';
import { cachedPublishedNotices, cachedRegions } from '@/server/notices/public-notice-cache';
import styles from './region.module.css';
import { isRegionCode } from '@/server/regions/codes';

// Browsers get this page from the cache of finished pages (server/http/cached-public-pages.ts); it
// renders here once per change of the notices (and per request for ?before= pages and the client router).
export const dynamic = 'force-dynamic';

// Spelled out rather than PageProps<'/[locale]/regions/[code]'>: the generated route types lag new routes.
type RegionPageProps = { params: Promise<{ locale: string; code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const REGION_CODE = /^KZ-\d{2}$/;
const loadRegions = cachedRegions;

async function findRegion(rawCode: string) {
  const code = decodeURIComponent(rawCode).toUpperCase();
  if (!REGION_CODE.test(code)) return null;
  return (await loadRegions()).find((r) => r.code === code) ?? null;
}

export async function generateMetadata({ params }: RegionPageProps): Promise<Metadata> {
  const { locale, code } = await params;
  if (!isLanguage(locale)) return {};
  const region = await findRegion(code);
  if (!region) return {};
  const t = await getTranslations({ locale });
  const name = placeName(region, locale);
  return {
    title: t('regionPage.title', { region: name }),
    alternates: {
      canonical: `/${locale}/regions/${region.code}`,
      languages: Object.fromEntries(LANGUAGES.map((l) => [l, `/${l}/regions/${region.code}`])),
      types: feedAlternates(locale, t, { code: region.code, name }),
    },
  };
}

const PAGE_SIZE = 20;

export default async function RegionPage({ params, searchParams }: RegionPageProps) {
  const { locale, code } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const region = await findRegion(code);
  if (!region || !isRegionCode(region.code)) notFound();
  // One address per region: /ru/regions/kz-47 → /ru/regions/KZ-47.
  if (code !== region.code) permanentRedirect(`/${locale}/regions/${region.code}`);
  const t = await getTranslations({ locale });
  const regions = await loadRegions();
  const before = pageCursor((await searchParams).before, (value) => noticeCursor.safeParse(value).success);
  const { notices, nextCursor } = await cachedPublishedNotices({ language: locale, regionCode: region.code, limit: PAGE_SIZE, cursor: before });
  const regionNames = new Map(regions.map((r) => [r.code, placeName(r, locale)]));
  const name = placeName(region, locale);

  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('regionPage.title', { region: name })}</h1>
      <p className="muted">{t('regionPage.intro')}</p>
      <p>
        <a className="button" href={`/${locale}/subscribe?region=${region.code}`}>
          {t('regionPage.subscribe', { region: name })}
        </a>
      </p>
      <div id="latest">
        <NoticeList notices={notices} locale={locale} regionNames={regionNames} emptyText={t('regionPage.empty')} />
        <NoticePager locale={locale} path={`/${locale}/regions/${region.code}`} nextCursor={nextCursor} onOlderPage={Boolean(before)} />
      </div>
      <section className={styles.section} aria-labelledby="feeds">
        <h2 id="feeds">{t('regionPage.feedsTitle')}</h2>
        <ul className={styles.inline}>
          <li>
            <a href={`/api/v1/feeds/${locale}/rss.xml?region=${region.code}`}>RSS</a>
          </li>
          <li>
            <a href={`/api/v1/feeds/${locale}/atom.xml?region=${region.code}`}>Atom</a>
          </li>
          <li>
            <a href={`/api/v1/feeds/${locale}/feed.json?region=${region.code}`}>JSON Feed</a>
          </li>
        </ul>
      </section>
      <nav className={styles.section} aria-labelledby="other-regions">
        <h2 id="other-regions">{t('regionPage.otherRegions')}</h2>
        <ul className={styles.regions}>
          {regions
            .filter((r) => r.code !== region.code)
            .map((r) => (
              <li key={r.code}>
                <a href={`/${locale}/regions/${r.code}`}>{placeName(r, locale)}</a>
              </li>
            ))}
        </ul>
      </nav>
    </div>
  );
}
