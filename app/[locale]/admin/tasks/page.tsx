import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { isLanguage, placeName } from '@/server/i18n/languages';
import { TaskList } from '@/components/admin/verification/task-list';
import { AdminIntlProvider } from '@/components/admin/admin-intl';
import { requireStaffPage } from '@/server/auth/current-actor';
import { db } from '@/server/db/client';
import { listRegions } from '@/server/regions/list-regions';
import { listMyTasks } from '@/server/verification/list-my-tasks';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLanguage(locale) ? locale : 'ru' });
  return { title: t('verification.tasks.title') };
}

export default async function TasksPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale, '/admin/tasks');
  const [firstPage, regions] = await Promise.all([listMyTasks(db(), actor), listRegions(db())]);
  const regionNames = Object.fromEntries(regions.map((r) => [r.code, placeName(r, locale)]));
  return (
    <AdminIntlProvider locale={locale} namespaces={['verification']}>
      <TaskList initialPage={firstPage} regionNames={regionNames} />
    </AdminIntlProvider>
  );
}
