import { getLocale, getTranslations } from 'next-intl/server';
import { StaffRefusal } from '@/components/admin/staff-refusal';
import { isLanguage } from '@/server/i18n/languages';

/** A staff page with nothing to show stays in the workspace (this renders inside the admin layout, with its header). */
export default async function AdminNotFound() {
  const requested = await getLocale();
  const locale = isLanguage(requested) ? requested : 'kk';
  const t = await getTranslations({ locale, namespace: 'admin' });
  return <StaffRefusal title={t('notFoundTitle')} body={t('notFoundBody')} backHref={`/${locale}/admin`} backLabel={t('notFoundBack')} />;
}
