import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('common');
  return (
    <main id="main" className="container" style={{ paddingTop: 32 }}>
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      <p>
        <a href="/">{t('backHome')}</a>
      </p>
    </main>
  );
}
