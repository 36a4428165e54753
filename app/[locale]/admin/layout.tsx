import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminHeader } from '@/components/admin/admin-header';
import { AdminIntlProvider } from '@/components/admin/admin-intl';
import { isLanguage } from '@/server/i18n/languages';
import { TrpcReactProvider } from '@/components/trpc/client';
import { requireAccountPage } from '@/server/auth/current-actor';

export const dynamic = 'force-dynamic';

export default async function AdminLayout({ children, params }: LayoutProps<'/[locale]/admin'>) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  // The proxy already redirects visitors without a session; this also catches ended or expired
  // ones and deactivated accounts. Every role gets here (the hotline's PROXY and a member who must
  // first change their password too); each page then says who may open it.
  const signedIn = await requireAccountPage(locale, '/admin');

  return (
    <>
      <AdminHeader locale={locale} user={signedIn.actor} gated={signedIn.gate !== null} />
      <main id="main" tabIndex={-1} className="container" style={{ maxWidth: 1200, paddingTop: 16 }}>
        <AdminIntlProvider locale={locale}>
          <TrpcReactProvider>{children}</TrpcReactProvider>
        </AdminIntlProvider>
      </main>
    </>
  );
}
