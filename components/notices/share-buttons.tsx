'use client';

// Share the verdict: WhatsApp and Telegram links (they work without JavaScript), and — once the page
// runs JavaScript and the phone can — the system share sheet and "copy link". The labels come in
// as plain strings, so pages without next-intl's client runtime (the report form) can use it too.
// Styled inline: a CSS module would add a stylesheet to the report form's on-demand chunk loader,
// which counts against the page's first-load budget.
import { useState, useSyncExternalStore, type CSSProperties } from 'react';
import { telegramShareUrl, whatsAppShareUrl } from '@/server/notices/share-text';

export interface ShareLabels {
  whatsapp: string;
  telegram: string;
  native: string;
  copy: string;
  copied: string;
}

const LIST: CSSProperties = { listStyle: 'none', margin: '8px 0 0', padding: 0, display: 'flex', flexWrap: 'wrap', gap: 8 };
const ITEM: CSSProperties = { flex: '1 1 auto', display: 'flex' };
const BUTTON: CSSProperties = { flex: '1 1 auto', justifyContent: 'center', textAlign: 'center' };

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
    <ul style={LIST} data-testid="share-buttons">
      <li style={ITEM}>
        <a className="button" style={BUTTON} href={whatsAppShareUrl(text, url)} rel="noopener noreferrer" target="_blank" data-share="whatsapp">
          {labels.whatsapp}
        </a>
      </li>
      <li style={ITEM}>
        <a className="button" style={BUTTON} href={telegramShareUrl(text, url)} rel="noopener noreferrer" target="_blank" data-share="telegram">
          {labels.telegram}
        </a>
      </li>
      {can.share && (
        <li style={ITEM}>
          <button type="button" className="button button--secondary" style={BUTTON} onClick={() => void navigator.share({ title, text, url }).catch(() => undefined)}>
            {labels.native}
          </button>
        </li>
      )}
      {can.copy && (
        <li style={ITEM}>
          <button type="button" className="button button--secondary" style={BUTTON} onClick={() => void navigator.clipboard.writeText(url).then(() => setCopied(true), () => undefined)} aria-live="polite">
            {copied ? labels.copied : labels.copy}
          </button>
        </li>
      )}
    </ul>
  );
}
