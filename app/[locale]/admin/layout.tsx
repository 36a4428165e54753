import { setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { AdminHeader } from '@/components/admin/admin-header';
import { AdminIntlProvider } from '@/components/admin/admin-intl';
import { isLanguage } from '@/server/i18n/languages';
import { TrpcReactProvider } from '@/components/trpc/client';
import { ScriptOnlyFormsGuard } from '@/components/ui/script-only-forms';
import { requireAccountPage } from '@/server/auth/current-actor';
import { db } from '@/server/db/client';
import { nonceOfPolicy } from '@/server/http/security-headers';
import { countUnreadNotifications } from '@/server/notifications/list-notifications';
import { hasRole, STAFF_ROLES } from '@/server/policy';

export const dynamic = 'force-dynamic';

export default async function AdminLayout({ children, params }: LayoutProps<'/[locale]/admin'>) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  // The proxy already redirects visitors without a session; this also catches ended or expired
  // ones and deactivated accounts. Every role gets here (the hotline's PROXY and a member who must
  // first change their password too); each page then says who may open it.
  const signedIn = await requireAccountPage(locale, '/admin');

  const gated = signedIn.gate !== null;
  const unreadNotifications = !gated && hasRole(signedIn.actor, STAFF_ROLES) ? await countUnreadNotifications(db(), signedIn.actor) : null;

  const nonce = nonceOfPolicy((await headers()).get('content-security-policy'));
  // One query client for the header's notification bell and the page, so both read the same count.
  return (
    <TrpcReactProvider>
      <ScriptOnlyFormsGuard nonce={nonce} />
      <AdminHeader locale={locale} user={signedIn.actor} gated={gated} unreadNotifications={unreadNotifications} />
      <main id="main" tabIndex={-1} className="container" style={{ maxWidth: 1200, paddingTop: 16 }}>
        <AdminIntlProvider locale={locale}>{children}</AdminIntlProvider>
      </main>
    </TrpcReactProvider>
  );
}
