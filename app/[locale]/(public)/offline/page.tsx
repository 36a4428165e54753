import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { OfflineNotices, type OfflineNoticesText } from '@/components/offline/offline-notices';
import { QR_TEXT_KEYS, type QrText } from '@/components/offline/qr-text';
import { db } from '@/server/db/client';
import { isLanguage, type Language } from '@/server/i18n/languages';
import { isRegionCode } from '@/server/regions/codes';
import { listRegions } from '@/server/regions/list-regions';
import { listPublicSigningKeys } from '@/server/signing/signing-keys';
import styles from '@/components/offline/offline-notices.module.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/offline'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLanguage(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'offlineNotices' });
  return { title: t('metaTitle') };
}

const REGION_NAME = { kk: 'nameKk', ru: 'nameRu', en: 'nameEn' } as const satisfies Record<Language, string>;

/** The signed offline copy of a region's notices (lib/notice-bundle.ts); the service worker keeps this page. */
export default async function OfflineNoticesPage({ params }: PageProps<'/[locale]/offline'>) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'offlineNotices' });
  const tv = await getTranslations({ locale, namespace: 'verdict' });
  const [regions, keys, cookieStore] = await Promise.all([listRegions(db()), listPublicSigningKeys(db()), cookies()]);
  // The region chosen on the home page (its `region` cookie), until this page remembers another.
  const chosenRegion = cookieStore.get('region')?.value;
  const strings = Object.fromEntries(
    (
      ['region', 'refresh', 'refreshing', 'updated', 'offlineUsing', 'refreshFailed', 'none', 'noKeys', 'export', 'import', 'imported', 'olderThanKept', 'refusedTitle', 'refusedBadSignature', 'refusedUnknownKey', 'refusedMalformed', 'bundleSummary', 'verified', 'notVerified', 'withdrawn', 'withdrawnReason', 'version', 'code', 'empty'] as const
    ).map((key) => [key, t.raw(key) as string]),
  ) as Omit<OfflineNoticesText, 'verdicts' | 'qr'>;
  const text: OfflineNoticesText = {
    ...strings,
    qr: Object.fromEntries(QR_TEXT_KEYS.map((key) => [key, t.raw(`qr.${key}`) as string])) as QrText,
    verdicts: Object.fromEntries((['FALSE', 'MISLEADING', 'TRUE', 'UNVERIFIED', 'CHECKING'] as const).map((v) => [v, tv(v)])),
  };
  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <OfflineNotices
        locale={locale}
        text={text}
        regions={regions.filter((r) => isRegionCode(r.code)).map((r) => ({ code: r.code, name: r[REGION_NAME[locale]] }))}
        publishedKeys={keys.map((k) => ({ kid: k.kid, x: k.x }))}
        homeRegion={chosenRegion && isRegionCode(chosenRegion) ? chosenRegion : null}
      />
    </div>
  );
}
