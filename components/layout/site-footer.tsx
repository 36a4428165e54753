import { getTranslations } from 'next-intl/server';
import type { Language } from '@/server/i18n/languages';

export async function SiteFooter({ locale }: { locale: Language }) {
  const t = await getTranslations({ locale });
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('footer.about')}</p>
        <p className="muted">{t('footer.privacy')}</p>
        <p className="site-footer__links">
          <a href={`/${locale}/without-internet`}>{t('withoutInternet.nav')}</a>
          {' · '}
          <a href={`/${locale}/subscribe`}>{t('nav.subscribe')}</a>
          {' · '}
          <a href={`/api/v1/feeds/${locale}/rss.xml`}>{t('nav.feed')}</a>
          {' · '}
          <a href={`/${locale}/transparency`}>{t('transparency.nav')}</a>
          {' · '}
          <a href={`/${locale}/privacy`}>{t('nav.privacy')}</a>
          {' · '}
          <a href={`/${locale}/signin`}>{t('nav.staff')}</a>
        </p>
      </div>
    </footer>
  );
}
