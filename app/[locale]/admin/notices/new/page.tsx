import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { AdminIntlProvider } from '@/components/admin/admin-intl';
import { NoticeEditor } from '@/components/admin/notice-editor';
import { loadNoticeEditorPage } from '@/components/admin/notice-editor/load-editor-page';
import { isLanguage } from '@/server/i18n/languages';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLanguage(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'noticeEditor' });
  return { title: t('newPageTitle') };
}

/** A rumour's first final notice: `/admin/notices/new?rumor=<id>`; the first save gives it its own page. */
export default async function NewNoticePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ rumor?: string }> }) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const rumorId = (await searchParams).rumor ?? '';
  const editing = await loadNoticeEditorPage(locale, `/admin/notices/new?rumor=${encodeURIComponent(rumorId)}`, { rumorId });
  // A notice is already being written (or is out): one notice per rumour, so open that one.
  if (editing.notice) redirect(`/${locale}/admin/notices/${editing.notice.id}`);

  return (
    <AdminIntlProvider locale={locale} namespaces={['noticeEditor', 'verdict']}>
      <NoticeEditor initial={editing} locale={locale} />
    </AdminIntlProvider>
  );
}
