import { getLocale, getTranslations } from 'next-intl/server';
import { isLanguage } from '@/server/i18n/languages';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';

export default async function NotFound() {
  const requested = await getLocale();
  const locale = isLanguage(requested) ? requested : 'kk';
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" className="container" style={{ paddingTop: 32, paddingBottom: 32 }}>
        <h1>{t('notFoundTitle')}</h1>
        <p>{t('notFoundBody')}</p>
        <p>
          <a className="button" href={`/${locale}`}>
            {t('backHome')}
          </a>
        </p>
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
