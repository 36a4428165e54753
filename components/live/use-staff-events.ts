'use client';

// The staff live channel in the browser: ONE EventSource per tab (GET /api/admin/events), shared by
// every component that listens — the inbox's new-report count, an open rumour page, a verifier's
// task list. The browser reconnects by itself after sleep or a lost network; what happened while
// the stream was down is caught up by `onReconnect` listeners refetching what they show.
import { useEffect, useRef } from 'react';
import type { StaffEventType } from '@/server/live/staff-events';

type Handler = (data: Record<string, unknown>) => void;

let source: EventSource | null = null;
let users = 0;
let wasDown = false;
const reconnectHandlers = new Set<() => void>();

function open(): EventSource | null {
  if (typeof EventSource === 'undefined') return null;
  if (!source) {
    source = new EventSource('/api/admin/events');
    source.addEventListener('error', () => {
      wasDown = true;
    });
    source.addEventListener('open', () => {
      if (!wasDown) return;
      wasDown = false;
      for (const handler of reconnectHandlers) handler();
    });
  }
  users += 1;
  return source;
}

function close() {
  users -= 1;
  if (users <= 0 && source) {
    source.close();
    source = null;
    users = 0;
  }
}

/**
 * Calls `handler` with each event of `type` this staff member may see, for as long as the component
 * is mounted; `onReconnect` after the stream was down (refetch to catch up).
 */
export function useStaffEvent(type: StaffEventType, handler: Handler, onReconnect?: () => void): void {
  const latest = useRef({ handler, onReconnect });
  useEffect(() => {
    latest.current = { handler, onReconnect };
  });
  useEffect(() => {
    const stream = open();
    if (!stream) return;
    const listener = (event: MessageEvent<string>) => {
      try {
        latest.current.handler(JSON.parse(event.data) as Record<string, unknown>);
      } catch {
        // not ours to fail on
      }
    };
    const reconnected = () => latest.current.onReconnect?.();
    stream.addEventListener(type, listener as EventListener);
    reconnectHandlers.add(reconnected);
    return () => {
      stream.removeEventListener(type, listener as EventListener);
      reconnectHandlers.delete(reconnected);
      close();
    };
  }, [type]);
}
