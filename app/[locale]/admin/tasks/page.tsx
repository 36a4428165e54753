import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { isLocale } from '@/components/i18n/routing';
import { TaskList } from '@/components/admin/verification/task-list';
import { AdminIntlProvider } from '@/components/admin/admin-intl';
import { requireStaffPage } from '@/server/auth/current-actor';
import { db } from '@/server/db/client';
import { listRegions, regionName } from '@/server/regions/list-regions';
import { listMyTasks } from '@/server/verification/list-my-tasks';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : 'ru' });
  return { title: t('verification.tasks.title') };
}

export default async function TasksPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale, '/admin/tasks');
  const [tasks, regions] = await Promise.all([listMyTasks(db(), actor), listRegions(db())]);
  const regionNames = Object.fromEntries(regions.map((r) => [r.code, regionName(r, locale)]));
  return (
    <AdminIntlProvider locale={locale} namespaces={['verification']}>
      <TaskList initialTasks={tasks} regionNames={regionNames} />
    </AdminIntlProvider>
  );
}
