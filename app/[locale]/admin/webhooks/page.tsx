import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminIntlProvider } from '@/components/admin/admin-intl';
import { WebhooksEditor } from '@/components/delivery/webhooks-editor';
import { isLanguage, placeName } from '@/server/i18n/languages';
import { requireStaffPage } from '@/server/auth/current-actor';
import { serverEnv } from '@/server/config/env';
import { db } from '@/server/db/client';
import { listRegions } from '@/server/regions/list-regions';
import { listWebhooks } from '@/server/subscriptions/webhooks';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLanguage(locale) ? locale : 'ru', namespace: 'webhooks' });
  return { title: t('title') };
}

export default async function WebhooksPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale, '/admin/webhooks', { roles: ['ADMIN'], otherwise: '/admin' });
  const [hooks, regions, t] = await Promise.all([
    listWebhooks(db(), actor, { encryptionKey: serverEnv().RASPA_ENCRYPTION_KEY }),
    listRegions(db()),
    getTranslations({ locale, namespace: 'webhooks' }),
  ]);
  const names = new Map(regions.map((r) => [r.code, placeName(r, locale)]));
  const rows = hooks.map((hook) => ({
    id: hook.id,
    label: hook.label,
    url: hook.url,
    regionNames: hook.regionCodes.map((code) => names.get(code) ?? code),
    language: hook.language,
    active: hook.active,
    deactivatedReason: hook.deactivatedReason,
    deliveries: hook.deliveries.map((d) => ({ ...d, queuedAt: d.queuedAt.toISOString() })),
  }));
  return (
    <AdminIntlProvider locale={locale} namespaces={['webhooks']}>
      <h1 style={{ marginBottom: 4 }}>{t('title')}</h1>
      <p className="muted" style={{ marginTop: 0 }}>
        {t('intro')}
      </p>
      <WebhooksEditor webhooks={rows} regions={[...names].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, locale))} locale={locale} />
    </AdminIntlProvider>
  );
}
