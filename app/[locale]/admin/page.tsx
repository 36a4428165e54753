import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { isLanguage, placeName } from '@/server/i18n/languages';
import { AdminIntlProvider } from '@/components/admin/admin-intl';
import { RumorInbox } from '@/components/admin/rumor-inbox';
import { requireStaffPage } from '@/server/auth/current-actor';
import { db } from '@/server/db/client';
import { listRegions } from '@/server/regions/list-regions';
import { listInboxRumors } from '@/server/rumors/list-inbox';
import { MODERATION_ROLES } from '@/server/policy';

export default async function AdminHomePage({ params }: PageProps<'/[locale]/admin'>) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  // The inbox is the moderators' page: a field verifier's work is on the tasks page.
  const actor = await requireStaffPage(locale, '/admin', { roles: MODERATION_ROLES, otherwise: '/admin/tasks' });
  const t = await getTranslations({ locale });
  const [firstPage, regions] = await Promise.all([
    listInboxRumors(db(), actor),
    listRegions(db()),
  ]);
  const regionNames = Object.fromEntries(regions.map((r) => [r.code, placeName(r, locale)]));
  const regionOptions = regions
    .filter((r) => actor.role === 'ADMIN' || actor.regionCodes.includes(r.code))
    .map((r) => ({ code: r.code, name: regionNames[r.code] ?? r.code }));
  const scope = actor.role === 'ADMIN' ? t('admin.regionsAll') : actor.regionCodes.map((c) => regionNames[c] ?? c).join(', ');

  return (
    <>
      <h1>{t('admin.rumorsTitle')}</h1>
      <p className="muted">{t('admin.scope', { regions: scope })}</p>
      {/* The merge message's undo (components/admin/rumor-page/merge-done.tsx) speaks the rumour page's words. */}
      <AdminIntlProvider locale={locale} namespaces={['inbox', 'rumorPage.undoMerge', 'rumorPage.undoMergeDone', 'rumorPage.errors']}>
        <RumorInbox initialPage={firstPage} regionNames={regionNames} regionOptions={regionOptions} actorId={actor.id} />
      </AdminIntlProvider>
    </>
  );
}
