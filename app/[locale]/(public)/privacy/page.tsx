import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PrivacyNotice } from '@/components/privacy/privacy-notice';
import { headers } from 'next/headers';
import { LANGUAGES, isLanguage } from '@/server/i18n/languages';
import { forgetRefusal } from '@/server/http/cached-public-pages';

export const dynamic = 'force-dynamic';

type PrivacyPageProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: PrivacyPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLanguage(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'privacy' });
  return { title: t('metaTitle'), description: t('intro'), alternates: { languages: Object.fromEntries(LANGUAGES.map((l) => [l, `/${l}/privacy`])) } };
}

/** What a visit to the page's address may show: the answer alone (no code is ever in an address). */
const ADDRESS_ANSWERS = ['done', 'missing', 'invalid'] as const;

export default async function PrivacyPage({ params, searchParams }: PrivacyPageProps) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  const asked = Array.isArray(query.forget) ? query.forget[0] : query.forget;
  // A refused post is answered by this page rendered for it (server/api/page-forms.ts): the code as
  // typed and the wait come in the server's own render request, never from the reader's address.
  const refused = forgetRefusal(await headers());
  const answer = refused && (asked === 'invalid' || asked === 'rateLimited') ? asked : ADDRESS_ANSWERS.find((a) => a === asked);
  return (
    <PrivacyNotice
      locale={locale}
      answer={answer}
      typed={refused && answer !== 'done' ? refused.code : undefined}
      retryAfterSeconds={answer === 'rateLimited' ? refused?.retryAfterSeconds : undefined}
      action={`/${locale}/privacy/forget`}
    />
  );
}
