// The on-device outbox for reports written while the connection is down (internet shutdowns are
// exactly when rumours spread) — and for field verifiers' answers written on a bad connection,
// which wait in the same outbox and are sent by the same flush. Plain functions over IndexedDB and
// fetch, with no DOM or React: the pages (components/report/outbox.ts, the task page in
// components/admin/verification/) and the service worker (app/sw.ts) all use them. Resending an
// entry is always safe because the server treats its clientId as an idempotency key.
import { clear, createStore, del, get, keys, set, values, type UseStore } from 'idb-keyval';

export const REPORTS_ENDPOINT = '/api/v1/reports';
/** Background Sync tag, and the BroadcastChannel name shared by the page and the service worker. */
export const OUTBOX_SYNC_TAG = 'raspa-outbox';
/** Message a page may post to the service worker to make it flush the outbox. */
export const FLUSH_OUTBOX_MESSAGE = 'flush-outbox';

/** A slow upload of three photos over a throttled mobile link can take a while; a hung request is retried later. */
const SEND_TIMEOUT_MS = 120_000;
const DEFAULT_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 15 * 60_000;

export interface OutboxImage {
  name: string;
  type: string;
  data: Blob;
}

/** A field verifier's answer to task `taskId`, sent with their staff session to the task's answer endpoint. */
export interface TaskAnswerTarget {
  kind: 'task-answer';
  taskId: string;
}

export interface OutboxEntry {
  /** The report's (or answer's) idempotency key (uuid). */
  clientId: string;
  /** The JSON multipart field (`report`, or `answer` for a task answer), exactly as it will be sent. */
  reportJson: string;
  images: OutboxImage[];
  /** Epoch milliseconds: when the citizen submitted it. */
  createdAt: number;
  /** The page language; sent as Accept-Language so error messages come back in it. */
  locale: string;
  /** Absent for a citizen's report (anonymous, to the public reports endpoint). */
  target?: TaskAnswerTarget;
}

export interface ReportMatch {
  slug: string;
  title: string;
  verdict: string;
  /** The verified fact (the notice's summary); absent in answers given before it was added. */
  summary?: string;
  score?: number;
}

/** Body of 201 (new) / 200 (replay of a known clientId) from POST /api/v1/reports. */
export interface SentBody {
  id: string;
  trackingCode: string;
  status: string;
  matches: ReportMatch[];
}

export type SendResult =
  | { kind: 'sent'; status: number; body: SentBody }
  | { kind: 'rejected'; status: number; body: unknown }
  | { kind: 'retry'; retryAfterMs?: number };

export interface SentReport {
  clientId: string;
  body: SentBody;
}

export interface RejectedReport {
  clientId: string;
  status: number;
  body: unknown;
}

export interface FlushResult {
  sent: SentReport[];
  rejected: RejectedReport[];
  /** Entries still queued after this flush (including any added while it ran). */
  remaining: number;
}

export interface TrackingCodeRecord {
  code: string;
  /** Epoch milliseconds of the report. */
  createdAt: number;
}

/** A task answer the server took (201), or had already taken under the same key (200). */
export interface SentAnswer {
  clientId: string;
  taskId: string;
}

export interface RejectedAnswer extends SentAnswer {
  status: number;
  /** `{ error, message }` from the answer endpoint, message in the entry's language. */
  body: unknown;
}

/** What the outbox tells listeners in this context and, over BroadcastChannel, in the others. */
export type OutboxEvent =
  | { type: 'changed' }
  | ({ type: 'sent' } & SentReport)
  | ({ type: 'rejected' } & RejectedReport)
  | ({ type: 'answer-sent' } & SentAnswer)
  | ({ type: 'answer-rejected' } & RejectedAnswer);

// idb-keyval opens each database lazily, so creating the stores here touches nothing during SSR.
// One store per database: idb-keyval cannot add a second store to an existing database.
const outboxStore: UseStore = createStore('raspa-outbox', 'entries');
/** "My reports": tracking codes and dates only, never the text, so a citizen can look codes up later. */
const myReportsStore: UseStore = createStore('raspa-my-reports', 'codes');

// ---------------------------------------------------------------------------------------------
// Change notifications

type Listener = (event: OutboxEvent) => void;
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null | undefined;

/** One channel per context, used both to post and to receive: a BroadcastChannel never receives
 *  its own messages, so local listeners are called directly and nobody hears an event twice. */
function outboxChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(OUTBOX_SYNC_TAG) : null;
  if (channel) {
    channel.onmessage = (message: MessageEvent<OutboxEvent>) => {
      if (message.data && typeof message.data.type === 'string') dispatch(message.data);
    };
  }
  return channel;
}

function dispatch(event: OutboxEvent) {
  for (const listener of listeners) {
    try {
      listener(event);
    } catch {
      // One broken listener must not stop the others.
    }
  }
}

function notify(event: OutboxEvent) {
  dispatch(event);
  try {
    outboxChannel()?.postMessage(event);
  } catch {
    // A body that cannot be cloned only loses the cross-context notice.
  }
}

/** Listens to outbox changes made in this context, other tabs and the service worker. */
export function subscribeOutbox(listener: Listener): () => void {
  outboxChannel();
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

// ---------------------------------------------------------------------------------------------
// Storage

function isEntry(value: unknown): value is OutboxEntry {
  const entry = value as Partial<OutboxEntry> | null;
  return !!entry && typeof entry.clientId === 'string' && typeof entry.reportJson === 'string' && Array.isArray(entry.images);
}

export async function putEntry(entry: OutboxEntry): Promise<void> {
  await set(entry.clientId, entry, outboxStore);
  notify({ type: 'changed' });
}

/** Queued entries, oldest first. */
export async function listEntries(): Promise<OutboxEntry[]> {
  const all = await values<unknown>(outboxStore);
  return all.filter(isEntry).sort((a, b) => a.createdAt - b.createdAt);
}

/** Queued entries: citizens' reports only (what the report form counts), or everything queued. */
export async function countEntries(which: 'reports' | 'all' = 'reports'): Promise<number> {
  if (which === 'all') return (await keys(outboxStore)).length;
  return (await listEntries()).filter((entry) => !entry.target).length;
}

/** Field answers waiting on this phone. */
export async function listTaskAnswers(): Promise<(OutboxEntry & { target: TaskAnswerTarget })[]> {
  return (await listEntries()).filter((entry): entry is OutboxEntry & { target: TaskAnswerTarget } => entry.target?.kind === 'task-answer');
}

export async function removeEntry(clientId: string): Promise<void> {
  await del(clientId, outboxStore);
  notify({ type: 'changed' });
}

export async function rememberTrackingCode(code: string, createdAt: number): Promise<void> {
  if ((await get(code, myReportsStore)) !== undefined) return;
  const record: TrackingCodeRecord = { code, createdAt };
  await set(code, record, myReportsStore);
}

/** "Remove these codes from this phone": forgets every remembered tracking code. */
export async function clearTrackingCodes(): Promise<void> {
  await clear(myReportsStore);
}

/** The citizen's tracking codes on this device, newest first. */
export async function listTrackingCodes(): Promise<TrackingCodeRecord[]> {
  const all = await values<TrackingCodeRecord>(myReportsStore);
  return all.filter((r) => r && typeof r.code === 'string').sort((a, b) => b.createdAt - a.createdAt);
}

// ---------------------------------------------------------------------------------------------
// Sending

function isSentBody(body: unknown): body is SentBody {
  const b = body as Partial<SentBody> | null;
  return !!b && typeof b.trackingCode === 'string' && typeof b.id === 'string';
}

function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function timeoutSignal(ms: number): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

type Posted<B> = { kind: 'sent'; status: number; body: B } | { kind: 'rejected'; status: number; body: unknown } | { kind: 'retry'; retryAfterMs?: number };

/**
 * POSTs an entry as multipart/form-data. 2xx with a body `accepted` recognises → sent; network
 * failure, timeout, 408, 429, 5xx, a 2xx that is not ours (a captive portal's HTML) or a status in
 * `alsoRetry` → retry; any other 4xx → rejected (the server said no: say why, never resend as is).
 */
async function postEntry<B>(
  entry: OutboxEntry,
  request: { url: string; jsonField: string; filesField: string; credentials: RequestCredentials; headers: Record<string, string>; alsoRetry?: number[] },
  accepted: (body: unknown) => body is B,
): Promise<Posted<B>> {
  const form = new FormData();
  form.set(request.jsonField, entry.reportJson);
  for (const image of entry.images) {
    const blob = image.data.type === image.type ? image.data : new Blob([image.data], { type: image.type });
    form.append(request.filesField, blob, image.name);
  }
  const { signal, clear } = timeoutSignal(SEND_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: 'POST',
      body: form,
      headers: { accept: 'application/json', 'accept-language': entry.locale, ...request.headers },
      credentials: request.credentials,
      cache: 'no-store',
      signal,
    });
  } catch {
    clear();
    return { kind: 'retry' };
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  } finally {
    clear();
  }
  const { status } = response;
  if (status >= 200 && status < 300) return accepted(body) ? { kind: 'sent', status, body } : { kind: 'retry' };
  if (status === 429) return { kind: 'retry', retryAfterMs: retryAfterMs(response) ?? DEFAULT_BACKOFF_MS };
  if (status === 408 || status >= 500 || request.alsoRetry?.includes(status)) return { kind: 'retry', retryAfterMs: retryAfterMs(response) };
  if (status >= 400) return { kind: 'rejected', status, body };
  return { kind: 'retry' };
}

/** Sends one citizen's report; when sent, its tracking code is remembered on the device. */
export async function sendEntry(entry: OutboxEntry): Promise<SendResult> {
  const result = await postEntry(
    entry,
    // Reports are anonymous: no cookies travel with them, not even a staff session on a shared phone.
    { url: REPORTS_ENDPOINT, jsonField: 'report', filesField: 'images', credentials: 'omit', headers: { 'x-raspa-client': 'web' } },
    isSentBody,
  );
  if (result.kind === 'sent') await rememberTrackingCode(result.body.trackingCode, entry.createdAt).catch(() => undefined);
  return result;
}

function isAnswerBody(body: unknown): body is { id: string; status: string } {
  const b = body as { id?: unknown; status?: unknown } | null;
  return !!b && typeof b.id === 'string' && typeof b.status === 'string';
}

/**
 * Sends one field answer with the verifier's session. A 401 (the session ended while the phone was
 * offline) keeps it queued until they sign in again; any other refusal is final.
 */
export function sendTaskAnswer(entry: OutboxEntry & { target: TaskAnswerTarget }): Promise<Posted<{ id: string; status: string }>> {
  return postEntry(
    entry,
    { url: `/api/admin/tasks/${encodeURIComponent(entry.target.taskId)}/answer`, jsonField: 'answer', filesField: 'photos', credentials: 'same-origin', headers: {}, alsoRetry: [401] },
    isAnswerBody,
  );
}

// ---------------------------------------------------------------------------------------------
// Flushing

let running: Promise<FlushResult> | null = null;
let rerun: Promise<FlushResult> | null = null;
/** After 429/503 the server asked us to wait; flushes before then send nothing. */
let backoffUntil = 0;

async function runFlush(): Promise<FlushResult> {
  const result: FlushResult = { sent: [], rejected: [], remaining: 0 };
  if (Date.now() >= backoffUntil) {
    for (const entry of await listEntries()) {
      const target = entry.target;
      if (target?.kind === 'task-answer') {
        const outcome = await sendTaskAnswer({ ...entry, target });
        if (outcome.kind === 'retry') {
          if (outcome.retryAfterMs) backoffUntil = Date.now() + Math.min(outcome.retryAfterMs, MAX_BACKOFF_MS);
          break;
        }
        await removeEntry(entry.clientId);
        if (outcome.kind === 'sent') notify({ type: 'answer-sent', clientId: entry.clientId, taskId: target.taskId });
        else notify({ type: 'answer-rejected', clientId: entry.clientId, taskId: target.taskId, status: outcome.status, body: outcome.body });
        continue;
      }
      const outcome = await sendEntry(entry);
      if (outcome.kind === 'retry') {
        // The network is down or the server is struggling: the rest would fail the same way.
        if (outcome.retryAfterMs) backoffUntil = Date.now() + Math.min(outcome.retryAfterMs, MAX_BACKOFF_MS);
        break;
      }
      await removeEntry(entry.clientId);
      if (outcome.kind === 'sent') {
        const sent = { clientId: entry.clientId, body: outcome.body };
        result.sent.push(sent);
        notify({ type: 'sent', ...sent });
      } else {
        const rejected = { clientId: entry.clientId, status: outcome.status, body: outcome.body };
        result.rejected.push(rejected);
        notify({ type: 'rejected', ...rejected });
      }
    }
  }
  result.remaining = await countEntries('all');
  return result;
}

/**
 * Sends queued entries one by one, oldest first; removes sent and rejected ones and keeps the rest.
 * Only one flush runs at a time in a context: a call during a flush waits for it and then flushes
 * once more (to pick up entries added meanwhile). A page and the service worker may flush at the
 * same time; the server's idempotency key makes the duplicate send harmless.
 */
export function flushOutbox(): Promise<FlushResult> {
  if (!running) {
    running = runFlush().finally(() => {
      running = null;
    });
    return running;
  }
  if (!rerun) {
    rerun = running
      .catch(() => undefined)
      .then(() => {
        rerun = null;
        return flushOutbox();
      });
  }
  return rerun;
}
