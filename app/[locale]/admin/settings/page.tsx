import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DeadlinesForm } from '@/components/admin/settings/deadlines-form';
import { PlaceForm } from '@/components/admin/settings/place-form';
import { PublicChannelsForm } from '@/components/admin/settings/public-channels-form';
import { SigningKeys } from '@/components/admin/settings/signing-keys';
import { RetentionForm } from '@/components/admin/settings/retention-form';
import { readRetentionDays } from '@/server/privacy/retention-settings';
import { listPublicSigningKeys } from '@/server/signing/signing-keys';
import { readSetting } from '@/server/settings/read-settings';
import { LexiconEditor } from '@/components/admin/settings/lexicon-editor';
import { RegionRiskList } from '@/components/admin/settings/region-risk-list';
import { RiskTermsEditor } from '@/components/admin/settings/risk-terms-editor';
import { AdminIntlProvider } from '@/components/admin/admin-intl';
import { isLanguage, placeName } from '@/server/i18n/languages';
import { requireStaffPage } from '@/server/auth/current-actor';
import { db } from '@/server/db/client';
import { listLexicon } from '@/server/lexicon/list-lexicon';
import { listPrioritySettings } from '@/server/settings/list-priority-settings';
import { prioritySettingsInput } from '@/server/settings/schema';
import { serverEnv } from '@/server/config/env';
import { openStaffSearch } from '@/server/staff/sealed-search';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLanguage(locale) ? locale : 'ru' });
  return { title: t('settings.title') };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SettingsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale, '/admin/settings', { roles: ['ADMIN'], otherwise: '/admin' });
  const query = await searchParams;
  // The words searched are in the address only sealed (the form posts them: server/api/staff-search-form.ts).
  const sealedTermSearch = first(query.termSearch);
  // A hand-edited address with a bad page or search shows the first page of every term rather than an error.
  const termQuery = { termSearch: openStaffSearch(sealedTermSearch, actor.id, serverEnv().RASPA_ENCRYPTION_KEY), termPage: first(query.termPage) };
  const [settings, lexicon, channels, signingKeys, retention, t] = await Promise.all([
    listPrioritySettings(db(), actor, prioritySettingsInput.safeParse(termQuery).success ? termQuery : undefined),
    listLexicon(db(), actor),
    readSetting(db(), 'channels.public'),
    listPublicSigningKeys(db()),
    readRetentionDays(db()),
    getTranslations({ locale, namespace: 'settings' }),
  ]);
  const regions = settings.regions.map((r) => ({ code: r.code, name: placeName(r, locale), riskLevel: r.riskLevel, requiresApproval: r.requiresApproval }));
  return (
    <AdminIntlProvider locale={locale} namespaces={['settings']}>
      <h1 style={{ marginBottom: 4 }}>{t('title')}</h1>
      <p className="muted" style={{ marginTop: 0 }}>
        {t('intro')}
      </p>
      <DeadlinesForm deadlines={settings.deadlines} />
      <RiskTermsEditor terms={settings.riskTerms} pages={settings.riskTermPages} sealedSearch={settings.riskTermPages.search ? sealedTermSearch : undefined} locale={locale} />
      <RegionRiskList regions={regions} />
      <LexiconEditor concepts={lexicon.concepts} locale={locale} />
      <PlaceForm regions={settings.regions.map((r) => ({ code: r.code, name: placeName(r, locale) }))} locale={locale} />
      <PublicChannelsForm smsNumbers={channels.smsNumbers} telegramBot={channels.telegramBot} />
      <RetentionForm days={retention} />
      <SigningKeys keys={signingKeys} locale={locale} />
    </AdminIntlProvider>
  );
}
