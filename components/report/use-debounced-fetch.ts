'use client';

import { useEffect, useState } from 'react';

/** The longest pause a 429's Retry-After is honoured for: the policies' window (server/http/rate-limit.ts). */
const MAX_PAUSE_MS = 10 * 60 * 1000;

/**
 * Fetches JSON for `url` once it has been stable for `delayMs`; null url means "nothing to fetch".
 * With `posted` (a JSON body) it is a POST: for what someone typed, which must not be in an address.
 * `refusedStatus` is the status of an answer that was not 2xx, so the caller can say why nothing
 * came rather than "nothing matches". After a 429 (the network's budget is spent) nothing is asked
 * until its Retry-After has passed — the refusal stays shown meanwhile, and further keystrokes
 * spend none of the server's time — then the current text is asked for.
 */
export function useDebouncedJson<T>(url: string | null, delayMs: number, posted?: string): { data: T | null; loading: boolean; refusedStatus: number | null } {
  const key = url === null ? null : `${url}\n${posted ?? ''}`;
  const [state, setState] = useState<{ key: string | null; data: T | null; loading: boolean; refusedStatus: number | null }>({ key: null, data: null, loading: false, refusedStatus: null });
  const [pauseMs, setPauseMs] = useState<number | null>(null);
  useEffect(() => {
    if (!url || pauseMs !== null) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState((s) => ({ ...s, loading: true }));
      const init: RequestInit = posted === undefined ? {} : { method: 'POST', body: posted, headers: { accept: 'application/json', 'content-type': 'application/json' } };
      fetch(url, { signal: controller.signal, headers: { accept: 'application/json' }, ...init })
        .then(async (response) => {
          if (response.status === 429) setPauseMs(Math.min(MAX_PAUSE_MS, Math.max(1, Number(response.headers.get('retry-after')) || 60) * 1000));
          setState({ key, data: response.ok ? ((await response.json()) as T) : null, loading: false, refusedStatus: response.ok ? null : response.status });
        })
        .catch(() => {
          if (!controller.signal.aborted) setState({ key, data: null, loading: false, refusedStatus: null });
        });
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [url, key, posted, delayMs, pauseMs]);
  useEffect(() => {
    if (pauseMs === null) return;
    const timer = setTimeout(() => setPauseMs(null), pauseMs);
    return () => clearTimeout(timer);
  }, [pauseMs]);
  if (!url) return { data: null, loading: false, refusedStatus: null };
  if (pauseMs !== null) return { data: null, loading: false, refusedStatus: 429 };
  const current = state.key === key;
  return { data: current ? state.data : null, loading: state.loading, refusedStatus: current ? state.refusedStatus : null };
}
