import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { isLocale } from '@/components/i18n/routing';
import { NoticeList } from '@/components/notices/notice-list';
import { db } from '@/server/db/client';
import { listLatestNotices } from '@/server/notices/list-latest';
import { listRegions, regionName } from '@/server/regions/list-regions';
import styles from './home.module.css';

// Notices change at any moment; render per request (CDN caching is set per route later).
export const dynamic = 'force-dynamic';

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  const [notices, regions] = await Promise.all([listLatestNotices(db(), { language: locale, limit: 10 }), listRegions(db())]);
  const regionNames = new Map(regions.map((r) => [r.code, regionName(r, locale)]));

  return (
    <>
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
        </div>
      </section>
      <section className={`container ${styles.section}`} aria-labelledby="latest">
        <h2 id="latest">{t('home.latestTitle')}</h2>
        <NoticeList notices={notices} locale={locale} regionNames={regionNames} />
      </section>
      <section className={`container ${styles.section}`} aria-labelledby="how">
        <h2 id="how">{t('home.howTitle')}</h2>
        <ol className={styles.steps}>
          <li>{t('home.howStep1')}</li>
          <li>{t('home.howStep2')}</li>
          <li>{t('home.howStep3')}</li>
        </ol>
      </section>
    </>
  );
}
