import type { Metadata } from 'next';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { isLanguage, placeName } from '@/server/i18n/languages';
import { ReportForm } from '@/components/report/report-form';
import { pickReportMessages } from '@/components/report/report-text';
import { db } from '@/server/db/client';
import { listRegions } from '@/server/regions/list-regions';
import { takeReportFormDraft } from '@/server/reports/report-form-draft';
import { serverEnv } from '@/server/config/env';
import { cachedPublicChannels } from '@/server/notices/public-notice-cache';
import { WithoutInternetNote } from '@/components/channels/without-internet-note';

// Regions rarely change, but the page must not be built without a database.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/report'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLanguage(locale) ? locale : 'kk', namespace: 'report' });
  return { title: t('title'), description: t('intro') };
}

export default async function ReportPage({ params, searchParams }: PageProps<'/[locale]/report'>) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'report' });
  const messages = await getMessages({ locale });
  const { error, draft } = await searchParams;
  // Sent without JavaScript and refused, or started by "Report this" on the check page: what was
  // typed waits on the server (page-forms.ts), never in the address; read once, a refusal shown
  // beside its field.
  const kept = typeof draft === 'string' ? await takeReportFormDraft(db(), serverEnv().RASPA_ENCRYPTION_KEY, draft) : null;
  const queryError = typeof error === 'string' && /^[a-zA-Z]{1,40}$/.test(error) ? error : null;
  const errorKey = kept ? (kept.error ?? null) : typeof draft === 'string' ? 'formDraftGone' : queryError;
  const tErrors = await getTranslations({ locale, namespace: 'errors' });
  const errorText = errorKey ? (tErrors.has(errorKey as 'invalid') ? tErrors(errorKey as 'invalid') : t('sendFailed')) : null;
  const channels = await cachedPublicChannels();
  const regions = (await listRegions(db()))
    .map((r) => ({ code: r.code, name: placeName(r, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));

  return (
    <div className="container" style={{ maxWidth: 720, paddingTop: 16 }}>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {errorText && (
        <p className="alert alert--error" role="alert">
          {errorText}
        </p>
      )}
      {/* Raw messages rather than NextIntlClientProvider: next-intl's client runtime would be ~12 KB of the page's 150 KB JavaScript budget. */}
      <ReportForm locale={locale} messages={pickReportMessages(messages)} regions={regions} action={`/${locale}/report/send`} kept={kept ?? undefined} />
      <WithoutInternetNote locale={locale} channels={channels} />
    </div>
  );
}
