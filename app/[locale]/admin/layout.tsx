import { NextIntlClientProvider } from 'next-intl';
import { getMessages, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminHeader } from '@/components/admin/admin-header';
import { isLocale } from '@/components/i18n/routing';
import { TrpcReactProvider } from '@/components/trpc/client';
import { requireStaffPage } from '@/server/auth/current-actor';

export const dynamic = 'force-dynamic';

export default async function AdminLayout({ children, params }: LayoutProps<'/[locale]/admin'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  // The proxy already redirects visitors without a session; this also catches expired ones and deactivated accounts.
  const actor = await requireStaffPage(locale, '/admin');
  const messages = await getMessages({ locale });

  return (
    <>
      <AdminHeader locale={locale} user={actor} />
      <main id="main" tabIndex={-1} className="container" style={{ maxWidth: 1200, paddingTop: 16 }}>
        <NextIntlClientProvider
          timeZone="Asia/Almaty"
          locale={locale}
          messages={{ admin: messages.admin, status: messages.status, priority: messages.priority, common: messages.common }}
        >
          <TrpcReactProvider>{children}</TrpcReactProvider>
        </NextIntlClientProvider>
      </main>
    </>
  );
}
