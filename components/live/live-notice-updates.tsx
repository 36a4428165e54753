'use client';
// Keeps a server-rendered list of notices current while the page is open: on a `notice.published`,
// `notice.updated` or `notice.withdrawn` event from /api/v1/stream the page's server components are re-rendered
// (router.refresh(), debounced so a burst of events costs one refresh) and a polite announcement
// appears in a fixed toast, so nothing on the page jumps. Without JavaScript the page is simply
// what the server rendered.
import { useRouter } from 'next/navigation';
import { startTransition, useEffect, useRef, useState } from 'react';
import styles from './live-notice-updates.module.css';

export interface LiveNoticeTexts {
  /** "New verified notice: {title}" */
  newNotice: string;
  /** "Notice updated: {title}" */
  updatedNotice: string;
  withdrawnNotice: string;
  newNoticeUntitled: string;
  dismiss: string;
}

const REFRESH_DEBOUNCE_MS = 400;
const ANNOUNCEMENT_MS = 12_000;

export function LiveNoticeUpdates({ language, regionCode, texts }: { language: string; regionCode?: string; texts: LiveNoticeTexts }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  // Each refresh brings a new (equal) texts object; the connection must not restart because of it.
  const textsRef = useRef(texts);
  useEffect(() => {
    textsRef.current = texts;
  }, [texts]);

  useEffect(() => {
    const params = new URLSearchParams({ lang: language });
    if (regionCode) params.set('region', regionCode);
    let source: EventSource | null = null;
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;
    let hideTimer: ReturnType<typeof setTimeout> | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let missedEvents = false;

    const refresh = () => {
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => startTransition(() => router.refresh()), REFRESH_DEBOUNCE_MS);
    };
    const announce = (text: string) => {
      setMessage(text);
      clearTimeout(hideTimer);
      hideTimer = setTimeout(() => setMessage(null), ANNOUNCEMENT_MS);
    };
    const onNotice = (type: 'notice.published' | 'notice.updated' | 'notice.withdrawn') => (event: MessageEvent<string>) => {
      let title: string | undefined;
      try {
        title = (JSON.parse(event.data) as { title?: string }).title;
      } catch {
        // an event without readable data still means the list changed
      }
      const current = textsRef.current;
      if (type === 'notice.published') announce(title ? current.newNotice.replace('{title}', title) : current.newNoticeUntitled);
      else if (title) announce((type === 'notice.withdrawn' ? current.withdrawnNotice : current.updatedNotice).replace('{title}', title));
      refresh();
    };
    const connect = () => {
      source = new EventSource(`/api/v1/stream?${params}`);
      source.addEventListener('notice.published', onNotice('notice.published'));
      source.addEventListener('notice.updated', onNotice('notice.updated'));
      source.addEventListener('notice.withdrawn', onNotice('notice.withdrawn'));
      source.onopen = () => {
        failures = 0;
        // Events are not replayed: after a dropped connection, catch up once.
        if (missedEvents) refresh();
        missedEvents = false;
      };
      source.onerror = () => {
        missedEvents = true;
        // The browser retries by itself unless the server refused the stream; then retry with backoff.
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          retryTimer = setTimeout(connect, Math.min(60_000, 2_000 * 2 ** failures++));
        }
      };
    };
    connect();
    return () => {
      source?.close();
      clearTimeout(refreshTimer);
      clearTimeout(hideTimer);
      clearTimeout(retryTimer);
    };
  }, [language, regionCode, router]);

  return (
    <div className={styles.region} role="status" aria-live="polite" aria-atomic="true">
      {message && (
        <div className={styles.toast}>
          <span className={styles.dot} aria-hidden="true" />
          <p className={styles.message}>{message}</p>
          <button type="button" className={styles.dismiss} onClick={() => setMessage(null)} aria-label={texts.dismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
