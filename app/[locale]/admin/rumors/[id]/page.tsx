import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { RumorPage } from '@/components/admin/rumor-page/rumor-page';
import { AdminIntlProvider } from '@/components/admin/admin-intl';
import { StaffRefusal } from '@/components/admin/staff-refusal';
import { EvidencePanel, VerdictPanel, VerificationRequestPanel } from '@/components/admin/verification';
import { isLanguage } from '@/server/i18n/languages';
import { requireStaffPage } from '@/server/auth/current-actor';
import { db } from '@/server/db/client';
import { DomainError } from '@/server/errors';
import { MODERATION_ROLES } from '@/server/policy';
import { getRumorDetail } from '@/server/rumors/get-rumor-detail';

export async function generateMetadata({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale } = await params;
  if (!isLanguage(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'rumorPage' });
  return { title: t('pageTitle') };
}

export default async function RumorDetailPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale, `/admin/rumors/${id}`, { roles: MODERATION_ROLES, otherwise: 'notFound' });
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();

  // A rumour outside the member's regions: the workspace says so and shows nothing of it (a colleague's
  // link, a notification from before a change of regions). Staff are told it exists; the public never is.
  const detail = await getRumorDetail(db(), actor, id).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === 'FORBIDDEN') return 'outsideRegions' as const;
    if (error instanceof DomainError && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  if (detail === 'outsideRegions') {
    const t = await getTranslations({ locale, namespace: 'rumorPage' });
    return <StaffRefusal title={t('outsideRegionsTitle')} body={t('outsideRegionsBody')} backHref={`/${locale}/admin`} backLabel={t('back')} />;
  }
  if (detail.redirectTo !== null) redirect(`/${locale}/admin/rumors/${detail.redirectTo}`);

  return (
    <AdminIntlProvider locale={locale} namespaces={['rumorPage', 'verification', 'noticeEditor', 'audit', 'verdict']}>
      <RumorPage initial={detail} locale={locale} actorId={actor.id}>
        {/* Sections of other features go here, between the reports and the comments. */}
        <EvidencePanel rumorId={detail.id} />
        <VerificationRequestPanel rumorId={detail.id} />
        <VerdictPanel rumorId={detail.id} />
      </RumorPage>
    </AdminIntlProvider>
  );
}
