'use client';

// "Turn on notifications": asks permission, subscribes this browser's push manager with Raspa's
// VAPID key through the service worker, and registers the subscription with the API. Either for
// the regions and language chosen in the surrounding form, or bound to one report (tracking page).
import { useState, useSyncExternalStore } from 'react';
import { subscribeInput } from '@/server/subscriptions/schema';
import { SERVICE_WORKER_URL } from '../pwa/service-worker-registration';
import styles from './subscribe.module.css';
import type { Language } from '@/server/i18n/languages';

export interface PushSubscribeLabels {
  button: string;
  working: string;
  on: string;
  offButton: string;
  offDone: string;
  unsupported: string;
  denied: string;
  failed: string;
}

type State = 'loading' | 'unsupported' | 'idle' | 'working' | 'on' | 'off' | 'denied' | 'failed';

export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = (base64url + '='.repeat((4 - (base64url.length % 4)) % 4)).replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

const noSubscription = () => () => undefined;

function browserState(trackingCode?: string): State {
  const supported = 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
  if (!supported) return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  return Notification.permission === 'granted' && localStorage.getItem(storageKey(trackingCode)) ? 'on' : 'idle';
}

function storageKey(trackingCode?: string) {
  return trackingCode ? `raspa.push.report.${trackingCode}` : 'raspa.push.subscription';
}

export function PushSubscribe({
  vapidPublicKey,
  labels,
  language,
  formId,
  trackingCode,
}: {
  vapidPublicKey: string;
  labels: PushSubscribeLabels;
  language: Language;
  /** Form whose `regionCodes` checkboxes and `language` field choose what to receive. */
  formId?: string;
  trackingCode?: string;
}) {
  // What the browser allows before any click ('loading' while rendered on the server).
  const initial = useSyncExternalStore(
    noSubscription,
    () => browserState(trackingCode),
    () => 'loading' as State,
  );
  const [changed, setState] = useState<State | null>(null);
  const state = changed ?? initial;

  async function turnOn() {
    setState('working');
    try {
      const permission = await Notification.requestPermission();
      if (permission !== 'granted') {
        setState(permission === 'denied' ? 'denied' : 'idle');
        return;
      }
      await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' });
      const registration = await navigator.serviceWorker.ready;
      const subscription =
        (await registration.pushManager.getSubscription()) ??
        (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(vapidPublicKey) }));
      const form = formId ? (document.getElementById(formId) as HTMLFormElement | null) : null;
      const data = form ? new FormData(form) : null;
      const input = subscribeInput.safeParse({
        language: (data?.get('language') as string | null) ?? language,
        regionCodes: data ? data.getAll('regionCodes') : [],
        cadence: (data?.get('cadence') as string | null) ?? undefined,
        push: subscription.toJSON(),
        trackingCode,
      });
      if (!input.success) throw new Error(input.error.issues[0]?.message);
      const response = await fetch(`/api/v1/subscriptions?lang=${language}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input.data) });
      if (!response.ok) throw new Error(`subscribe answered ${response.status}`);
      const { unsubscribeToken } = (await response.json()) as { unsubscribeToken: string };
      localStorage.setItem(storageKey(trackingCode), unsubscribeToken);
      setState('on');
    } catch {
      setState(Notification.permission === 'denied' ? 'denied' : 'failed');
    }
  }

  async function turnOff() {
    const token = localStorage.getItem(storageKey(trackingCode));
    setState('working');
    try {
      if (token) await fetch(`/api/v1/subscriptions/unsubscribe/${encodeURIComponent(token)}`, { method: 'POST' });
      localStorage.removeItem(storageKey(trackingCode));
      setState('off');
    } catch {
      setState('failed');
    }
  }

  if (state === 'loading') return null;
  if (state === 'unsupported') return <p className="alert alert--info">{labels.unsupported}</p>;
  return (
    <div className={styles.push} data-push-state={state}>
      <p role="status" aria-live="polite" className={styles.status}>
        {state === 'on' && labels.on}
        {state === 'off' && labels.offDone}
        {state === 'denied' && labels.denied}
        {state === 'failed' && labels.failed}
      </p>
      {state === 'on' ? (
        <button type="button" className="button button--secondary" onClick={turnOff}>
          {labels.offButton}
        </button>
      ) : (
        state !== 'denied' && (
          <button type="button" className="button" onClick={turnOn} disabled={state === 'working'} aria-busy={state === 'working'}>
            {state === 'working' ? labels.working : labels.button}
          </button>
        )
      )}
    </div>
  );
}
