'use client';

// A page that failed while rendering: say so in the page's language, offer to try again and the way
// home. The words come from the layout's small client-side "common" messages.
import { useTranslations } from 'next-intl';
import { useParams } from 'next/navigation';
import { isLanguage } from '@/server/i18n/languages';

export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('common');
  const { locale } = useParams<{ locale: string }>();
  const home = `/${isLanguage(locale) ? locale : 'kk'}`;
  return (
    <main id="main" className="container" style={{ paddingTop: 32, paddingBottom: 32 }} data-testid="page-error">
      <h1>{t('errorTitle')}</h1>
      <p>{t('errorBody')}</p>
      <p style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <button type="button" className="button" onClick={reset}>
          {t('tryAgain')}
        </button>
        <a className="button button--secondary" href={home}>
          {t('backHome')}
        </a>
      </p>
    </main>
  );
}
