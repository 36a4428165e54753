'use client';

// The offline notices page's working part: keeps the signed bundle of the chosen region on the phone
// (refreshed whenever the page opens with a connection, and by the service worker in the background), shows it with each notice's verification
// state, passes it on as a file or a sequence of QR codes, and imports either after checking Raspa's
// signature with the public keys this phone keeps — all without a connection. Strings come translated
// from the server.
import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import { formatMessage } from '@/components/report/report-text';
import {
  BUNDLE_SYNC_INTERVAL_MS,
  BUNDLE_SYNC_TAG,
  bundleFileName,
  checkNoticeBundle,
  refreshKeptBundle,
  rememberKeys,
  storeBundleText,
  storedBundleText,
  storedKeys,
  type BundleCheck,
  type PublicKeyJwk,
} from '@/lib/notice-bundle';
import { formatDateTime } from '@/server/i18n/format';
import { LANGUAGES, type Language } from '@/server/i18n/languages';
import styles from './offline-notices.module.css';
import { QrSequenceScan } from './qr-sequence-scan';
import { QrSequenceShow } from './qr-sequence-show';
import type { QrText } from './qr-text';

export interface OfflineNoticesText {
  region: string;
  refresh: string;
  refreshing: string;
  updated: string;
  offlineUsing: string;
  refreshFailed: string;
  none: string;
  noKeys: string;
  export: string;
  import: string;
  imported: string;
  olderThanKept: string;
  refusedTitle: string;
  refusedBadSignature: string;
  refusedUnknownKey: string;
  refusedMalformed: string;
  bundleSummary: string;
  verified: string;
  notVerified: string;
  withdrawn: string;
  withdrawnReason: string;
  version: string;
  code: string;
  empty: string;
  verdicts: Record<string, string>;
  qr: QrText;
}

type Shown = Extract<BundleCheck, { ok: true }>;
type Status = { kind: 'updated' | 'offline' | 'failed' | 'imported' | 'older'; date?: string } | { kind: 'refused'; reason: 'malformed' | 'unknown_key' | 'bad_signature' } | null;

const REGION_KEY = 'raspa.notice-bundle.region';

/** Periodic Background Sync (Chromium, installed app): not in TypeScript's DOM types yet. */
type PeriodicSyncRegistration = ServiceWorkerRegistration & { periodicSync?: { register(tag: string, options: { minInterval: number }): Promise<void> } };

/**
 * Asks the service worker to refresh the kept copy in the background (app/sw.ts). Where the browser
 * has no periodic background sync, or refuses it, the worker refreshes it on every visit online instead.
 */
async function keepFreshInBackground(): Promise<void> {
  try {
    if (!('serviceWorker' in navigator)) return;
    const registration = (await navigator.serviceWorker.getRegistration()) as PeriodicSyncRegistration | undefined;
    await registration?.periodicSync?.register(BUNDLE_SYNC_TAG, { minInterval: BUNDLE_SYNC_INTERVAL_MS });
  } catch {
    // Not installed as an app, or permission refused: the visit refresh remains.
  }
}

export function OfflineNotices({
  locale,
  text,
  regions,
  publishedKeys,
  homeRegion,
}: {
  locale: Language;
  text: OfflineNoticesText;
  regions: { code: string; name: string }[];
  publishedKeys: PublicKeyJwk[];
  homeRegion: string | null;
}) {
  const [region, setRegion] = useState<string>('');
  const [shown, setShown] = useState<Shown | null>(null);
  const [keys, setKeys] = useState<PublicKeyJwk[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [loaded, setLoaded] = useState(false);
  /** The kept file's text while it is shown as QR codes. */
  const [qrShown, setQrShown] = useState<string | null>(null);
  const [scanning, setScanning] = useState(false);
  const when = (iso: string) => formatDateTime(locale, new Date(iso), 'medium');
  const say = (template: string, values: Record<string, string | number> = {}) => formatMessage(template, values, locale);
  const regionName = (code: string) => regions.find((r) => r.code === code)?.name ?? code;

  /** Fetches the region's bundle and keeps it if it checks out; otherwise the phone's copy stays. */
  const refresh = useCallback(async (code: string, knownKeys: PublicKeyJwk[]) => {
    setBusy(true);
    try {
      const { keys: allKeys, check } = await refreshKeptBundle(code);
      setKeys(allKeys);
      setShown(check);
      setStatus({ kind: 'updated', date: check.bundle.issuedAt });
      void keepFreshInBackground();
    } catch {
      const kept = await storedBundleText();
      const check = kept ? await checkNoticeBundle(kept, knownKeys) : null;
      setStatus(check?.ok ? { kind: navigator.onLine ? 'failed' : 'offline', date: check.bundle.issuedAt } : navigator.onLine ? { kind: 'failed' } : null);
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    let live = true;
    (async () => {
      const known = publishedKeys.length > 0 ? await rememberKeys(publishedKeys) : await storedKeys();
      const kept = await storedBundleText();
      const check = kept ? await checkNoticeBundle(kept, known) : null;
      if (!live) return;
      setKeys(known);
      const chosen = (check?.ok ? check.bundle.region : null) ?? localStorage.getItem(REGION_KEY) ?? homeRegion ?? regions[0]?.code ?? '';
      setRegion(chosen);
      if (check?.ok) {
        setShown(check);
        setStatus({ kind: 'offline', date: check.bundle.issuedAt });
      }
      setLoaded(true);
      if (navigator.onLine && chosen) await refresh(chosen, known);
    })();
    return () => {
      live = false;
    };
  }, [publishedKeys, regions, homeRegion, refresh]);

  const chooseRegion = (code: string) => {
    setRegion(code);
    localStorage.setItem(REGION_KEY, code);
    void refresh(code, keys);
  };

  const exportFile = async () => {
    const kept = await storedBundleText();
    if (!kept || !shown) return;
    const url = URL.createObjectURL(new Blob([kept], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = bundleFileName(shown.bundle);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const showQr = async () => {
    const kept = await storedBundleText();
    if (kept) setQrShown(kept);
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) await importText(await file.text());
  };

  /** A copy received as a file or as QR codes: kept only if Raspa's signature checks out and it is not older than the kept one. */
  const importText = async (fileText: string) => {
    const check = await checkNoticeBundle(fileText, keys);
    if (!check.ok) {
      setStatus({ kind: 'refused', reason: check.reason });
      return;
    }
    // A copy passed on later may be older than the one this phone has: keep the newer.
    if (shown && shown.bundle.region === check.bundle.region && shown.bundle.issuedAt > check.bundle.issuedAt) {
      setStatus({ kind: 'older', date: check.bundle.issuedAt });
      return;
    }
    await storeBundleText(fileText);
    localStorage.setItem(REGION_KEY, check.bundle.region);
    setRegion(check.bundle.region);
    setShown(check);
    setStatus({ kind: 'imported', date: check.bundle.issuedAt });
  };

  const refusedText = status?.kind === 'refused' ? { malformed: text.refusedMalformed, unknown_key: text.refusedUnknownKey, bad_signature: text.refusedBadSignature }[status.reason] : null;

  return (
    <div className={styles.root}>
      <div className={`card ${styles.controls}`}>
        <label className={styles.field}>
          <span>{text.region}</span>
          <select value={region} onChange={(e) => chooseRegion(e.target.value)} disabled={busy}>
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <div className={styles.buttons}>
          <button type="button" className="button button--secondary" onClick={() => void refresh(region, keys)} disabled={busy || !region}>
            {busy ? text.refreshing : text.refresh}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void exportFile()} disabled={!shown}>
            {text.export}
          </button>
          <label className={`button button--secondary ${styles.importButton}`}>
            {text.import}
            <input type="file" accept="application/json,.json" onChange={(e) => void importFile(e)} className={styles.fileInput} data-testid="bundle-import" />
          </label>
          <button type="button" className="button button--secondary" onClick={() => void showQr()} disabled={!shown}>
            {text.qr.showQr}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setScanning(true)}>
            {text.qr.scanQr}
          </button>
        </div>
      </div>
      {qrShown !== null && <QrSequenceShow fileText={qrShown} text={text.qr} locale={locale} onClose={() => setQrShown(null)} />}
      {scanning && (
        <QrSequenceScan
          text={text.qr}
          locale={locale}
          onAssembled={async (fileText) => {
            await importText(fileText);
            setScanning(false);
          }}
          onClose={() => setScanning(false)}
        />
      )}

      <div aria-live="polite">
        {status?.kind === 'refused' ? (
          <div className={`card ${styles.refused}`} role="alert" data-testid="bundle-refused">
            <h2>{text.refusedTitle}</h2>
            <p>{refusedText}</p>
          </div>
        ) : status?.date ? (
          <p className={styles.status}>
            {say({ updated: text.updated, offline: text.offlineUsing, failed: text.refreshFailed, imported: text.imported, older: text.olderThanKept }[status.kind], { date: when(status.date) })}
          </p>
        ) : status?.kind === 'failed' ? (
          <p className={styles.status}>{text.refreshFailed}</p>
        ) : null}
      </div>

      {loaded && keys.length === 0 && <p className="muted">{text.noKeys}</p>}
      {loaded && !shown && keys.length > 0 && <p className="muted">{text.none}</p>}

      {shown && (
        <section>
          <p className={styles.summary}>{say(text.bundleSummary, { region: regionName(shown.bundle.region), date: when(shown.bundle.issuedAt), count: shown.notices.length })}</p>
          {shown.notices.length === 0 && <p className="muted">{text.empty}</p>}
          <ul className={styles.list}>
            {shown.notices.map(({ code, statement, verified }) => {
              const shownIn = [locale, ...LANGUAGES].find((l) => statement.texts[l]) ?? locale;
              const words = statement.texts[shownIn];
              const withdrawn = statement.state === 'withdrawn';
              const reason = statement.withdrawnReasons?.[locale] ?? statement.withdrawnReasons?.ru ?? statement.withdrawnReasons?.kk ?? statement.withdrawnReasons?.en;
              return (
                <li key={code} className={`card ${styles.notice} ${!verified ? styles.untrusted : withdrawn ? styles.withdrawn : ''}`} data-testid="offline-notice">
                  <p className={styles.badges}>
                    <span className={verified ? styles.verified : styles.notVerified}>{verified ? `✓ ${text.verified}` : `✗ ${text.notVerified}`}</span>
                    <span className={styles.verdict}>{withdrawn ? text.withdrawn : (text.verdicts[statement.verdict] ?? statement.verdict)}</span>
                  </p>
                  <h2 lang={shownIn === locale ? undefined : shownIn}>{words?.title}</h2>
                  <p>{words?.summary}</p>
                  {withdrawn && reason && <p>{say(text.withdrawnReason, { reason })}</p>}
                  <p className={`muted ${styles.meta}`}>
                    {say(text.version, { version: statement.version })} · {when(statement.signedAt)} · {say(text.code, { code: `${code.slice(0, 5)}-${code.slice(5)}` })}
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
