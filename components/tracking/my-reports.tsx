'use client';

// "My reports on this phone": the tracking codes this device remembered when its reports were sent
// (lib/report-outbox.ts keeps codes and dates only, never the text), each with its current status
// from the public tracking API, and a way to remove them all. Nothing is shown on a device that
// sent nothing. The strings come translated from the server (no client i18n runtime).
import { useEffect, useState } from 'react';
import { clearTrackingCodes, listTrackingCodes, type TrackingCodeRecord } from '@/lib/report-outbox';
import { formatDate } from '@/server/i18n/format';
import { formatMessage } from '@/components/report/report-text';
import type { Language } from '@/server/i18n/languages';
import styles from './track-page.module.css';

export interface MyReportsText {
  title: string;
  intro: string;
  /** ICU templates, formatted here: {date}; {count, plural, …}. */
  sent: string;
  withdrawn: string;
  unavailable: string;
  loading: string;
  clear: string;
  clearConfirm: string;
  clearYes: string;
  clearNo: string;
  cleared: string;
  status: Record<'received' | 'checking' | 'verdict' | 'closed', string>;
  verdicts: Record<string, string>;
}

type Status = { state: 'loading' } | { state: 'unavailable' } | { state: 'known'; status: keyof MyReportsText['status']; verdict?: string; withdrawn: boolean };

// server/text/tracking-code.ts's helpers use node:crypto, which has no place in a browser bundle.
const plainCode = (code: string) => code.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
const shownCode = (code: string) => (plainCode(code).length === 8 ? `${plainCode(code).slice(0, 4)}-${plainCode(code).slice(4)}` : code);

async function fetchStatus(code: string, locale: Language): Promise<Status> {
  try {
    const response = await fetch(`/api/v1/reports/${encodeURIComponent(plainCode(code))}`, { headers: { 'Accept-Language': locale } });
    if (!response.ok) return { state: 'unavailable' };
    const body = (await response.json()) as { status: keyof MyReportsText['status']; notice: { verdict: string } | null; withdrawn: unknown };
    return { state: 'known', status: body.status, verdict: body.notice?.verdict, withdrawn: Boolean(body.withdrawn) };
  } catch {
    return { state: 'unavailable' };
  }
}

export function MyReports({ locale, text }: { locale: Language; text: MyReportsText }) {
  const [codes, setCodes] = useState<TrackingCodeRecord[] | null>(null);
  const [statuses, setStatuses] = useState<Record<string, Status>>({});
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState(false);

  useEffect(() => {
    let live = true;
    listTrackingCodes()
      .then(async (records) => {
        if (!live) return;
        setCodes(records);
        for (const record of records) {
          const status = await fetchStatus(record.code, locale);
          if (live) setStatuses((all) => ({ ...all, [record.code]: status }));
        }
      })
      .catch(() => live && setCodes([]));
    return () => {
      live = false;
    };
  }, [locale]);

  if (cleared) {
    return (
      <section id="my-reports" className={styles.section} aria-labelledby="my-reports-title">
        <h2 id="my-reports-title">{text.title}</h2>
        <p role="status">{text.cleared}</p>
      </section>
    );
  }
  if (!codes?.length) return null;

  const describe = (status: Status | undefined) => {
    if (!status || status.state === 'loading') return text.loading;
    if (status.state === 'unavailable') return text.unavailable;
    if (status.withdrawn && status.status !== 'verdict') return text.withdrawn;
    return status.verdict && status.status === 'verdict' ? `${text.status.verdict}: ${text.verdicts[status.verdict] ?? status.verdict}` : text.status[status.status];
  };

  const clearAll = async () => {
    await clearTrackingCodes().catch(() => undefined);
    setCodes([]);
    setConfirming(false);
    setCleared(true);
  };

  return (
    <section id="my-reports" className={styles.section} aria-labelledby="my-reports-title" data-testid="my-reports">
      <h2 id="my-reports-title">{text.title}</h2>
      <p className="muted">{text.intro}</p>
      <ul className={styles.myReports}>
        {codes.map((record) => (
          <li key={record.code} className="card">
            <a className={styles.myReportCode} href={`/${locale}/track/${plainCode(record.code)}`}>
              {shownCode(record.code)}
            </a>
            <span className="muted"> · {formatMessage(text.sent, { date: formatDate(locale, new Date(record.createdAt)) }, locale)}</span>
            <br />
            <span data-testid="my-report-status">{describe(statuses[record.code])}</span>
          </li>
        ))}
      </ul>
      {confirming ? (
        <div className="alert alert--info" role="alertdialog" aria-labelledby="clear-question">
          <p id="clear-question">{formatMessage(text.clearConfirm, { count: codes.length }, locale)}</p>
          <p className={styles.actions}>
            <button type="button" className="button" onClick={() => void clearAll()}>
              {text.clearYes}
            </button>{' '}
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {text.clearNo}
            </button>
          </p>
        </div>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          {text.clear}
        </button>
      )}
    </section>
  );
}
