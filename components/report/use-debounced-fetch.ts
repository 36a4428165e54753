'use client';

import { useEffect, useState } from 'react';

/**
 * Fetches JSON for `url` once it has been stable for `delayMs`; null url means "nothing to fetch".
 * With `posted` (a JSON body) it is a POST: for what someone typed, which must not be in an address.
 */
export function useDebouncedJson<T>(url: string | null, delayMs: number, posted?: string): { data: T | null; loading: boolean } {
  const key = url === null ? null : `${url}\n${posted ?? ''}`;
  const [state, setState] = useState<{ key: string | null; data: T | null; loading: boolean }>({ key: null, data: null, loading: false });
  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState((s) => ({ ...s, loading: true }));
      const init: RequestInit = posted === undefined ? {} : { method: 'POST', body: posted, headers: { accept: 'application/json', 'content-type': 'application/json' } };
      fetch(url, { signal: controller.signal, headers: { accept: 'application/json' }, ...init })
        .then((response) => (response.ok ? (response.json() as Promise<T>) : null))
        .then((data) => setState({ key, data, loading: false }))
        .catch(() => {
          if (!controller.signal.aborted) setState({ key, data: null, loading: false });
        });
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [url, key, posted, delayMs]);
  return url ? { data: state.key === key ? state.data : null, loading: state.loading } : { data: null, loading: false };
}
