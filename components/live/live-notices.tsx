// Server wrapper for pages built with React (home, region pages): passes the announcement texts in
// the page's language to the client component, so no message catalogue ships to the browser.
import { getTranslations } from 'next-intl/server';
import type { Language } from '@/server/i18n/languages';
import { LiveNoticeUpdates } from './live-notice-updates';

export async function LiveNotices({ locale, regionCode }: { locale: Language; regionCode?: string }) {
  const t = await getTranslations({ locale, namespace: 'live' });
  const texts = { newNotice: t.raw('newNotice') as string, updatedNotice: t.raw('updatedNotice') as string, withdrawnNotice: t.raw('withdrawnNotice') as string, newNoticeUntitled: t('newNoticeUntitled'), dismiss: t('dismiss') };
  return <LiveNoticeUpdates language={locale} regionCode={regionCode} texts={texts} />;
}
