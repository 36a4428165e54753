import { getTranslations } from 'next-intl/server';
import type { PushSubscribeLabels } from './push-subscribe';
import type { Language } from '@/server/i18n/languages';

/** The push button's words, resolved on the server (no client message bundle needed). */
export async function pushLabels(locale: Language, button?: 'trackNotifyButton'): Promise<PushSubscribeLabels> {
  const t = await getTranslations({ locale, namespace: 'subscribe' });
  return {
    button: t(button ?? 'pushButton'),
    working: t('pushWorking'),
    on: button ? t('trackNotifyOn') : t('pushOn'),
    offButton: t('pushOffButton'),
    offDone: t('pushOffDone'),
    unsupported: t('pushUnsupported'),
    denied: t('pushDenied'),
    failed: t('pushFailed'),
  };
}
