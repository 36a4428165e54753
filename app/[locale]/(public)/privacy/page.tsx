import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PrivacyNotice } from '@/components/privacy/privacy-notice';
import { LANGUAGES, isLanguage } from '@/server/i18n/languages';

export const dynamic = 'force-dynamic';

type PrivacyPageProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: PrivacyPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLanguage(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'privacy' });
  return { title: t('metaTitle'), description: t('intro'), alternates: { languages: Object.fromEntries(LANGUAGES.map((l) => [l, `/${l}/privacy`])) } };
}

const FORGET_ANSWERS = ['done', 'missing', 'invalid', 'rateLimited'] as const;

export default async function PrivacyPage({ params, searchParams }: PrivacyPageProps) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const answer = FORGET_ANSWERS.find((a) => a === first(query.forget));
  const typed = answer === 'done' ? undefined : first(query.code)?.slice(0, 40);
  return <PrivacyNotice locale={locale} answer={answer} typed={typed} action={`/${locale}/privacy/forget`} />;
}
