// Page side of the outbox: send a report now, or keep it on the phone and send it as soon as the
// connection is back (from this page, or from the service worker through Background Sync).
import {
  OUTBOX_SYNC_TAG,
  countEntries,
  flushOutbox,
  putEntry,
  sendEntry,
  subscribeOutbox,
  type OutboxEntry,
  type OutboxImage,
  type RejectedReport,
  type SentBody,
  type SentReport,
} from '../../lib/report-outbox';

export type { OutboxEntry, OutboxImage, RejectedReport, SentBody, SentReport } from '../../lib/report-outbox';
export { countEntries, listTrackingCodes, subscribeOutbox } from '../../lib/report-outbox';

/** What the form hands over: picked files can be passed as they are. */
export interface SubmitInput {
  clientId: string;
  reportJson: string;
  images?: ReadonlyArray<File | OutboxImage>;
  locale: string;
  /** Epoch milliseconds; defaults to now. */
  createdAt?: number;
}

export type SubmitOutcome = { kind: 'sent'; body: SentBody } | { kind: 'queued' } | { kind: 'rejected'; status: number; body: unknown };

const RETRY_INTERVAL_MS = 30_000;

function toEntry(input: SubmitInput): OutboxEntry {
  const images = (input.images ?? []).map((image): OutboxImage =>
    image instanceof Blob ? { name: image.name, type: image.type, data: image } : { name: image.name, type: image.type, data: image.data },
  );
  return { clientId: input.clientId, reportJson: input.reportJson, images, createdAt: input.createdAt ?? Date.now(), locale: input.locale };
}

interface SyncManagerLike {
  register(tag: string): Promise<void>;
}

/** Asks the service worker to send the outbox when the browser sees a connection, even if this
 *  page is closed by then (Chromium browsers; elsewhere the page flushes it itself). */
async function requestBackgroundSync(): Promise<void> {
  try {
    const registration = await navigator.serviceWorker?.getRegistration();
    const sync = (registration as (ServiceWorkerRegistration & { sync?: SyncManagerLike }) | undefined)?.sync;
    await sync?.register(OUTBOX_SYNC_TAG);
  } catch {
    // No service worker, no permission or no support: the page's own retries still run.
  }
}

/**
 * Sends the report now if the phone is online; on a network failure or 5xx/408/429 (or when the
 * phone is offline) keeps it in the outbox and returns `queued`. A 4xx is returned as `rejected`
 * and nothing is kept. Throws only if the report can neither be sent nor stored.
 */
export async function submitOrQueue(input: SubmitInput): Promise<SubmitOutcome> {
  const entry = toEntry(input);
  if (navigator.onLine !== false) {
    const result = await sendEntry(entry);
    if (result.kind === 'sent') return { kind: 'sent', body: result.body };
    if (result.kind === 'rejected') return { kind: 'rejected', status: result.status, body: result.body };
  }
  await putEntry(entry);
  await requestBackgroundSync();
  scheduleRetry();
  return { kind: 'queued' };
}

// ---------------------------------------------------------------------------------------------
// Automatic flushing while a page that cares is open. One shared set of listeners and one timer,
// however many components subscribe.

interface Subscriber {
  onSent: (report: SentReport) => void;
  onRejected?: (report: RejectedReport) => void;
}

const subscribers = new Set<Subscriber>();
/** Each report is announced once, even if both this page and the service worker sent it. */
const announced = new Set<string>();
let stopListening: (() => void) | null = null;
let retryTimer: ReturnType<typeof setTimeout> | null = null;

function scheduleRetry() {
  if (retryTimer !== null || subscribers.size === 0) return;
  retryTimer = setTimeout(() => {
    retryTimer = null;
    void flushNow();
  }, RETRY_INTERVAL_MS);
}

async function flushNow(): Promise<void> {
  if (subscribers.size === 0) return;
  if (navigator.onLine === false) {
    // The `online` event will come; keep a slow poll in case the browser's idea of "offline" is wrong.
    if ((await countEntries('all').catch(() => 0)) > 0) scheduleRetry();
    return;
  }
  try {
    const { remaining } = await flushOutbox();
    if (remaining > 0) scheduleRetry();
  } catch {
    scheduleRetry();
  }
}

function onVisible() {
  if (document.visibilityState === 'visible') void flushNow();
}

function onOnline() {
  void flushNow();
}

function startListening() {
  const unsubscribe = subscribeOutbox((event) => {
    // Field answers share the outbox; the report form announces only reports.
    if (event.type !== 'sent' && event.type !== 'rejected') return;
    if (announced.has(event.clientId)) return;
    announced.add(event.clientId);
    for (const subscriber of subscribers) {
      if (event.type === 'sent') subscriber.onSent({ clientId: event.clientId, body: event.body });
      else subscriber.onRejected?.({ clientId: event.clientId, status: event.status, body: event.body });
    }
  });
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  stopListening = () => {
    unsubscribe();
    window.removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisible);
    if (retryTimer !== null) clearTimeout(retryTimer);
    retryTimer = null;
  };
}

/**
 * Flushes the outbox now (page load), whenever the browser comes back online or the page becomes
 * visible again, and every 30 s while entries remain. `onSent` is called once per report sent from
 * the outbox — by this page, another tab or the service worker — so the UI can show its tracking
 * code; `onRejected` for a queued report the server refused. Returns a function that stops it.
 */
export function startOutboxAutoFlush(onSent: Subscriber['onSent'], onRejected?: Subscriber['onRejected']): () => void {
  const subscriber: Subscriber = { onSent, onRejected };
  subscribers.add(subscriber);
  if (!stopListening) startListening();
  void flushNow();
  return () => {
    subscribers.delete(subscriber);
    if (subscribers.size === 0 && stopListening) {
      stopListening();
      stopListening = null;
    }
  };
}
