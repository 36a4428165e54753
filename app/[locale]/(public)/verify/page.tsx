import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { VerifyForm } from '@/components/verify/verify-form';
import { VerifyResult } from '@/components/verify/verify-result';
import { db } from '@/server/db/client';
import { consumeRateLimit } from '@/server/http/rate-limit';
import { isLanguage } from '@/server/i18n/languages';
import { verifyNoticeCode } from '@/server/signing/verify-notice-code';
import styles from '@/components/verify/verify.module.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/verify'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLanguage(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'verify' });
  return { title: t('metaTitle') };
}

/** /verify?text=… from the form (a code, a pasted message or a link), /verify?code=… from a QR code. */
export default async function VerifyPage({ params, searchParams }: PageProps<'/[locale]/verify'>) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'verify' });
  const query = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const typed = (first(query.text) ?? first(query.code))?.slice(0, 5000);

  let error: string | undefined;
  let result: Awaited<ReturnType<typeof verifyNoticeCode>> | undefined;
  if (typed !== undefined) {
    if (!(await consumeRateLimit('search', { client: await headers() })).allowed) error = t('rateLimited');
    else {
      result = await verifyNoticeCode(db(), { text: typed });
      if (result.outcome === 'no_code') error = t('noCode');
    }
  }

  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {result && result.outcome !== 'no_code' && <VerifyResult locale={locale} result={result} />}
      <div className="card">
        <VerifyForm locale={locale} defaultValue={typed} error={error} />
      </div>
      <p className={`muted ${styles.keys}`}>
        {t('keys')} <a href="/.well-known/raspa-keys.json">raspa-keys.json</a>
      </p>
    </div>
  );
}
