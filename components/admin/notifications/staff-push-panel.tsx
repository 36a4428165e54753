'use client';

// "Push notifications on this device": subscribes this browser's PushManager with Raspa's VAPID
// key through the service worker (the one citizens' push uses) and registers the subscription for
// the signed-in member. Turning it off forgets the subscription on the server only: the browser's
// subscription may also carry a citizen's notices.
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState, useSyncExternalStore } from 'react';
import { SERVICE_WORKER_URL } from '../../pwa/service-worker-registration';
import { keyBytes } from '../../subscribe/push-subscribe';
import { useTRPC } from '../../trpc/client';
import styles from './notifications.module.css';

type State = 'loading' | 'unsupported' | 'idle' | 'working' | 'on' | 'off' | 'denied' | 'failed';

/** This browser's endpoint, remembered once it is registered for the member (to turn it off again). */
const STORAGE_KEY = 'raspa.staffPush.endpoint';
const noSubscription = () => () => undefined;

function browserState(): State {
  if (!('serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window)) return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  return Notification.permission === 'granted' && localStorage.getItem(STORAGE_KEY) ? 'on' : 'idle';
}

export function StaffPushPanel({ vapidPublicKey, initialDevices, onDevicesChange }: { vapidPublicKey: string; initialDevices: number; onDevicesChange: (devices: number) => void }) {
  const t = useTranslations('notifications.push');
  const trpc = useTRPC();
  const initial = useSyncExternalStore(noSubscription, browserState, () => 'loading' as State);
  const [changed, setState] = useState<State | null>(null);
  const [devices, setDevices] = useState(initialDevices);
  const state = changed ?? initial;
  const enable = useMutation(trpc.notifications.enablePush.mutationOptions());
  const disable = useMutation(trpc.notifications.disablePush.mutationOptions());
  const counted = (count: number) => {
    setDevices(count);
    onDevicesChange(count);
  };

  async function turnOn() {
    setState('working');
    try {
      const permission = await Notification.requestPermission();
      if (permission !== 'granted') return setState(permission === 'denied' ? 'denied' : 'idle');
      await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' });
      const registration = await navigator.serviceWorker.ready;
      const subscription =
        (await registration.pushManager.getSubscription()) ?? (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(vapidPublicKey) }));
      const json = subscription.toJSON();
      const result = await enable.mutateAsync({ endpoint: json.endpoint ?? subscription.endpoint, keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' } });
      localStorage.setItem(STORAGE_KEY, subscription.endpoint);
      counted(result.devices);
      setState('on');
    } catch {
      setState(Notification.permission === 'denied' ? 'denied' : 'failed');
    }
  }

  async function turnOff() {
    const endpoint = localStorage.getItem(STORAGE_KEY);
    setState('working');
    try {
      if (endpoint) counted((await disable.mutateAsync({ endpoint })).devices);
      localStorage.removeItem(STORAGE_KEY);
      setState('off');
    } catch {
      setState('failed');
    }
  }

  return (
    <section className={styles.push} aria-labelledby="staff-push-heading" data-push-state={state}>
      <h3 id="staff-push-heading">{t('title')}</h3>
      <p className="muted">{t('intro')}</p>
      {state !== 'loading' && (
        <p role="status" aria-live="polite">
          {state === 'unsupported' && t('unsupported')}
          {state === 'on' && t('on')}
          {state === 'off' && t('off')}
          {state === 'denied' && t('denied')}
          {state === 'failed' && t('failed')} {t('devices', { count: devices })}
        </p>
      )}
      {state === 'on' ? (
        <button type="button" className="button button--secondary" onClick={turnOff}>
          {t('disable')}
        </button>
      ) : (
        state !== 'denied' &&
        state !== 'unsupported' &&
        state !== 'loading' && (
          <button type="button" className="button" onClick={turnOn} disabled={state === 'working'} aria-busy={state === 'working'}>
            {state === 'working' ? t('working') : t('enable')}
          </button>
        )
      )}
    </section>
  );
}
