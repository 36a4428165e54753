'use client';

// Registers the service worker (app/sw.ts, served at /serwist/sw.js) so the report form opens and
// queues reports with no connection. Production only: in development it would cache stale code.
// Deliberately tiny (no @serwist/window): it sits on the report page's first-load JS budget.
import { useEffect } from 'react';

export const SERVICE_WORKER_URL = '/serwist/sw.js';

/** `enabled`: the server says whether this is a production build (client code reads no environment). */
export function ServiceWorkerRegistration({ enabled }: { enabled: boolean }) {
  useEffect(() => {
    if (!enabled || !('serviceWorker' in navigator)) return;
    const register = () => {
      navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' }).catch(() => {
        // Not fatal: the site works online without it (and private browsing may refuse it).
      });
    };
    // After the page has loaded, so installing (and precaching) never competes with the first paint.
    if (document.readyState === 'complete') register();
    else {
      window.addEventListener('load', register, { once: true });
      return () => window.removeEventListener('load', register);
    }
  }, [enabled]);
  return null;
}
