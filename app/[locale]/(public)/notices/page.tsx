import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { isLanguage, LANGUAGES, placeName } from '@/server/i18n/languages';
import { feedAlternates } from '@/server/feeds/links';
import { NoticeList } from '@/components/notices/notice-list';
import { NoticePager, pageCursor } from '@/components/notices/notice-pager';
import { noticeCursor } from '@/server/notices/public-api-schema';
import { cachedPublishedNotices, cachedRegions } from '@/server/notices/public-notice-cache';

// Every published notice, newest first, in pages: the address a reader gets by trimming a notice's
// own (/ru/notices/<slug> → /ru/notices), which was "not found". The same list and pager as the
// home and region pages; what it reads comes from Next's data cache (server/notices/public-notice-cache.ts).
export const dynamic = 'force-dynamic';

type NoticesPageProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 20;

export async function generateMetadata({ params }: NoticesPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLanguage(locale)) return {};
  const t = await getTranslations({ locale });
  return {
    title: t('noticeList.pageTitle'),
    description: t('noticeList.pageIntro'),
    alternates: { canonical: `/${locale}/notices`, languages: Object.fromEntries(LANGUAGES.map((l) => [l, `/${l}/notices`])), types: feedAlternates(locale, t) },
  };
}

export default async function NoticesPage({ params, searchParams }: NoticesPageProps) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  const before = pageCursor((await searchParams).before, (value) => noticeCursor.safeParse(value).success);
  const [{ notices, nextCursor }, regions] = await Promise.all([cachedPublishedNotices({ language: locale, limit: PAGE_SIZE, cursor: before }), cachedRegions()]);
  const regionNames = new Map(regions.map((r) => [r.code, placeName(r, locale)]));

  return (
    <div className="container" style={{ paddingTop: 16, paddingBottom: 32 }}>
      <h1>{t('noticeList.pageTitle')}</h1>
      <p className="muted">{t('noticeList.pageIntro')}</p>
      <div id="latest">
        <NoticeList notices={notices} locale={locale} regionNames={regionNames} />
        <NoticePager locale={locale} path={`/${locale}/notices`} nextCursor={nextCursor} onOlderPage={Boolean(before)} />
      </div>
    </div>
  );
}
