'use client';

// Share the verdict: WhatsApp and Telegram links (they work without JavaScript), and — once the page
// runs JavaScript and the phone can — the system share sheet and "copy link". The labels come in
// as plain strings, so pages without next-intl's client runtime (the report form) can use it too.
import { useState, useSyncExternalStore } from 'react';
import { telegramShareUrl, whatsAppShareUrl } from '@/server/notices/share-text';
import styles from './share-buttons.module.css';

export interface ShareLabels {
  whatsapp: string;
  telegram: string;
  native: string;
  copy: string;
  copied: string;
}

const noSubscription = () => () => undefined;
/** What this browser can do; nothing while rendered on the server (the links still work). */
function useBrowserCan(): { share: boolean; copy: boolean } {
  const share = useSyncExternalStore(noSubscription, () => typeof navigator.share === 'function', () => false);
  const copy = useSyncExternalStore(noSubscription, () => Boolean(navigator.clipboard), () => false);
  return { share, copy };
}

export function ShareButtons({ url, text, title, labels }: { url: string; text: string; title: string; labels: ShareLabels }) {
  const can = useBrowserCan();
  const [copied, setCopied] = useState(false);
  return (
    <ul className={styles.buttons} data-testid="share-buttons">
      <li>
        <a className="button" href={whatsAppShareUrl(text, url)} rel="noopener noreferrer" target="_blank" data-share="whatsapp">
          {labels.whatsapp}
        </a>
      </li>
      <li>
        <a className="button" href={telegramShareUrl(text, url)} rel="noopener noreferrer" target="_blank" data-share="telegram">
          {labels.telegram}
        </a>
      </li>
      {can.share && (
        <li>
          <button type="button" className="button button--secondary" onClick={() => void navigator.share({ title, text, url }).catch(() => undefined)}>
            {labels.native}
          </button>
        </li>
      )}
      {can.copy && (
        <li>
          <button type="button" className="button button--secondary" onClick={() => void navigator.clipboard.writeText(url).then(() => setCopied(true), () => undefined)} aria-live="polite">
            {copied ? labels.copied : labels.copy}
          </button>
        </li>
      )}
    </ul>
  );
}
