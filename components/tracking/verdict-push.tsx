import { getTranslations } from 'next-intl/server';
import type { Language } from '@/server/i18n/languages';
import { pushLabels } from '../subscribe/push-labels';
import { PushSubscribe } from '../subscribe/push-subscribe';
import { db } from '@/server/db/client';
import { getVapidKeys } from '@/server/delivery/vapid';

/** "Notify me when the verdict is out": a push subscription bound to this one report. */
export async function VerdictPush({ locale, trackingCode }: { locale: Language; trackingCode: string }) {
  const [t, labels, vapid] = await Promise.all([getTranslations({ locale, namespace: 'subscribe' }), pushLabels(locale, 'trackNotifyButton'), getVapidKeys(db())]);
  return (
    <section className="card" aria-labelledby="verdict-push" style={{ marginBottom: 'var(--space-4)' }}>
      <h2 id="verdict-push">{t('trackNotifyTitle')}</h2>
      <p>{t('trackNotifyText')}</p>
      <noscript>
        <p className="alert alert--info">{t('pushNeedsScript')}</p>
      </noscript>
      <PushSubscribe vapidPublicKey={vapid.publicKey} labels={labels} language={locale} trackingCode={trackingCode} />
    </section>
  );
}
