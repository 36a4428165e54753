'use client';

// "Show as QR codes": the kept bundle file as a numbered sequence of QR codes (lib/qr-sequence.ts)
// that cycles by itself, for another phone to scan with no internet, Bluetooth or cable. The codes
// are drawn here by the `qrcode` package (the one the posters use), loaded only when asked for.
import { useEffect, useState } from 'react';
import { formatMessage } from '@/components/report/report-text';
import { toQrParts } from '@/lib/qr-sequence';
import type { Language } from '@/server/i18n/languages';
import { QrDialog } from './qr-dialog';
import type { QrText } from './qr-text';
import styles from './qr-sequence.module.css';

/** How long each code stays on screen while cycling: a phone camera reads one in a fraction of that. */
export const QR_FRAME_MS = 1200;

/** Keeps the screen on while the codes are shown (where the browser allows it). */
function useWakeLock() {
  useEffect(() => {
    let lock: WakeLockSentinel | null = null;
    let live = true;
    const request = () => {
      if (document.visibilityState !== 'visible' || !('wakeLock' in navigator)) return;
      navigator.wakeLock.request('screen').then(
        (sentinel) => (live ? (lock = sentinel) : void sentinel.release()),
        () => undefined,
      );
    };
    request();
    document.addEventListener('visibilitychange', request);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', request);
      void lock?.release().catch(() => undefined);
    };
  }, []);
}

export function QrSequenceShow({ fileText, text, locale, onClose }: { fileText: string; text: QrText; locale: Language; onClose: () => void }) {
  const [frames, setFrames] = useState<string[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(true);
  const say = (template: string, values: Record<string, string | number>) => formatMessage(template, values, locale);
  useWakeLock();

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const [{ default: QRCode }, parts] = await Promise.all([import('qrcode'), toQrParts(fileText)]);
        // SVG: sharp at any size, so the code can fill a 360-px screen edge to edge.
        const svgs = await Promise.all(parts.map((part) => QRCode.toString(part, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } })));
        if (live) setFrames(svgs.map((svg) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`));
      } catch {
        if (live) setFailed(true);
      }
    })();
    return () => {
      live = false;
    };
  }, [fileText]);

  const count = frames?.length ?? 0;
  useEffect(() => {
    if (!playing || count < 2) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % count), QR_FRAME_MS);
    return () => clearInterval(timer);
  }, [playing, count]);

  const step = (by: number) => {
    setPlaying(false);
    setIndex((i) => (i + by + count) % count);
  };

  return (
    <QrDialog title={text.showTitle} help={text.showHelp} closeLabel={text.close} onClose={onClose} testId="qr-show">
      {failed ? (
        <p role="alert">{text.prepareFailed}</p>
      ) : !frames ? (
        <p role="status">{text.preparing}</p>
      ) : (
        <>
          <div className={styles.frame}>
            {/* eslint-disable-next-line @next/next/no-img-element -- a generated data: URL, nothing for next/image to optimise */}
            <img src={frames[index]} alt={say(text.codeAlt, { number: index + 1, count })} className={styles.code} data-testid="qr-code" data-frame={index + 1} />
          </div>
          <p className={styles.counter} data-testid="qr-counter">
            {say(text.counter, { number: index + 1, count })}
          </p>
          {count > 1 && (
            <div className={styles.steps}>
              <button type="button" className="button button--secondary" onClick={() => step(-1)}>
                ‹ {text.previous}
              </button>
              <button type="button" className="button" onClick={() => setPlaying((p) => !p)}>
                {playing ? text.pause : text.play}
              </button>
              <button type="button" className="button button--secondary" onClick={() => step(1)}>
                {text.next} ›
              </button>
            </div>
          )}
        </>
      )}
    </QrDialog>
  );
}
