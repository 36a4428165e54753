// /track/<code> for a code no report has: the tracking form with its message, with the 404 status
// (the same words as a mistyped code on the form, so the page never confirms which codes exist).
import { getLocale, getTranslations } from 'next-intl/server';
import { TrackingLookup } from '@/components/tracking/tracking-lookup';
import { isLanguage } from '@/server/i18n/languages';

export default async function TrackingCodeNotFound() {
  const requested = await getLocale();
  const locale = isLanguage(requested) ? requested : 'kk';
  const t = await getTranslations({ locale, namespace: 'track' });
  return <TrackingLookup locale={locale} error={t('codeError')} />;
}
