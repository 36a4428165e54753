import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminIntlProvider } from '@/components/admin/admin-intl';
import { NoticeEditor } from '@/components/admin/notice-editor';
import { loadNoticeEditorPage } from '@/components/admin/notice-editor/load-editor-page';
import { NoticeReachPanel } from '@/components/delivery/notice-reach-panel';
import { isLanguage } from '@/server/i18n/languages';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLanguage(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'noticeEditor' });
  return { title: t('pageTitle') };
}

/** A notice's admin page: the editor (client) and, below it, the notice's reach. */
export default async function NoticeAdminPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ published?: string }>;
}) {
  const { locale, id } = await params;
  // A first notice published from /notices/new lands here: say so, with its public link.
  const justPublished = (await searchParams).published === '1';
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const editing = await loadNoticeEditorPage(locale, `/admin/notices/${id}`, { noticeId: id });

  return (
    <AdminIntlProvider locale={locale} namespaces={['noticeEditor', 'verdict']}>
      <NoticeEditor initial={editing} locale={locale} justPublished={justPublished && editing.notice?.status === 'PUBLISHED'} />
      <div id="reach">
        <NoticeReachPanel noticeId={id} locale={locale} />
      </div>
    </AdminIntlProvider>
  );
}
