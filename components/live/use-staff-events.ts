'use client';

// The staff live channel in the browser: ONE EventSource per tab (GET /api/admin/events), shared by
// every component that listens — the inbox's new-report count, an open rumour page, a verifier's
// task list. After sleep or a lost network the browser reconnects and names the last event it saw
// (Last-Event-ID); the server replays what was missed, in order. Only when it cannot (the gap is
// older than it keeps, or another server process answers) does it send `resync`, and the
// `onReconnect` listeners refetch what they show. A stream the browser gave up on (the server
// answered an error while restarting) is opened again here, from the last event seen.
import { useEffect, useRef } from 'react';
import type { StaffEventType } from '@/server/live/staff-events';

type Handler = (data: Record<string, unknown>) => void;

const STREAM_URL = '/api/admin/events';
/** Waits before opening a stream the browser gave up on; doubles up to the maximum. */
const REOPEN_DELAY_MS = { first: 1_000, max: 30_000 };

let source: EventSource | null = null;
let users = 0;
let lastEventId = '';
let reopenDelay = REOPEN_DELAY_MS.first;
let reopenTimer: ReturnType<typeof setTimeout> | null = null;
let listening = false;
const handlers = new Map<string, Set<Handler>>();
const reconnectHandlers = new Set<() => void>();

function dispatch(event: MessageEvent<string>) {
  if (event.lastEventId) lastEventId = event.lastEventId;
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(event.data) as Record<string, unknown>;
  } catch {
    return; // not ours to fail on
  }
  for (const handler of handlers.get(event.type) ?? []) handler(data);
}

function resync(event: MessageEvent<string>) {
  if (event.lastEventId) lastEventId = event.lastEventId;
  for (const handler of reconnectHandlers) handler();
}

function connect() {
  const url = lastEventId ? `${STREAM_URL}?lastEventId=${encodeURIComponent(lastEventId)}` : STREAM_URL;
  const stream = new EventSource(url);
  for (const type of handlers.keys()) stream.addEventListener(type, dispatch as EventListener);
  stream.addEventListener('resync', resync as EventListener);
  stream.addEventListener('open', () => {
    reopenDelay = REOPEN_DELAY_MS.first;
  });
  stream.addEventListener('error', () => {
    // CONNECTING: the browser retries by itself (and sends Last-Event-ID). CLOSED: it gave up.
    if (stream.readyState === EventSource.CLOSED && source === stream) scheduleReopen();
  });
  source = stream;
}

function scheduleReopen() {
  if (reopenTimer || users <= 0 || navigator.onLine === false) return;
  reopenTimer = setTimeout(() => {
    reopenTimer = null;
    if (users <= 0) return;
    source?.close();
    connect();
  }, reopenDelay);
  reopenDelay = Math.min(REOPEN_DELAY_MS.max, reopenDelay * 2);
}

/**
 * Offline: the stream is closed rather than left to the browser, which would try it again every few
 * seconds (`retry:`), each try a failed request in the console; it opens again when back online.
 */
function closeWhileOffline() {
  source?.close();
  if (reopenTimer) clearTimeout(reopenTimer);
  reopenTimer = null;
}

/** Back online (or back to a tab that slept): a stream the browser gave up on is opened at once. */
function reopenNow() {
  if (users <= 0 || (source && source.readyState !== EventSource.CLOSED) || navigator.onLine === false) return;
  if (reopenTimer) clearTimeout(reopenTimer);
  reopenTimer = null;
  reopenDelay = REOPEN_DELAY_MS.first;
  connect();
}

function join(type: string, handler: Handler): boolean {
  if (typeof EventSource === 'undefined') return false;
  let forType = handlers.get(type);
  if (!forType) {
    handlers.set(type, (forType = new Set()));
    source?.addEventListener(type, dispatch as EventListener);
  }
  forType.add(handler);
  users += 1;
  if (!listening) {
    listening = true;
    // Opened offline (a page from the phone's cache): the stream waits for the connection.
    if (navigator.onLine !== false) connect();
    window.addEventListener('online', reopenNow);
    window.addEventListener('offline', closeWhileOffline);
    document.addEventListener('visibilitychange', reopenNow);
  }
  return true;
}

function leave(type: string, handler: Handler) {
  handlers.get(type)?.delete(handler);
  users -= 1;
  if (users > 0) return;
  users = 0;
  source?.close();
  source = null;
  if (reopenTimer) clearTimeout(reopenTimer);
  reopenTimer = null;
  listening = false;
  window.removeEventListener('online', reopenNow);
  window.removeEventListener('offline', closeWhileOffline);
  document.removeEventListener('visibilitychange', reopenNow);
  // A later page starts afresh: it loads its data, so it needs no replay of what came before.
  lastEventId = '';
}

/**
 * Calls `handler` with each event of `type` this staff member may see, for as long as the component
 * is mounted; `onReconnect` when the server could not replay what the stream missed (refetch then).
 */
export function useStaffEvent(type: StaffEventType, handler: Handler, onReconnect?: () => void): void {
  const latest = useRef({ handler, onReconnect });
  useEffect(() => {
    latest.current = { handler, onReconnect };
  });
  useEffect(() => {
    const listener: Handler = (data) => latest.current.handler(data);
    if (!join(type, listener)) return;
    const reconnected = () => latest.current.onReconnect?.();
    reconnectHandlers.add(reconnected);
    return () => {
      reconnectHandlers.delete(reconnected);
      leave(type, listener);
    };
  }, [type]);
}
