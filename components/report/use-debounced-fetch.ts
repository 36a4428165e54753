'use client';

import { useEffect, useState } from 'react';

/** Fetches JSON for `url` once it has been stable for `delayMs`; null url means "nothing to fetch". */
export function useDebouncedJson<T>(url: string | null, delayMs: number): { data: T | null; loading: boolean } {
  const [state, setState] = useState<{ url: string | null; data: T | null; loading: boolean }>({ url: null, data: null, loading: false });
  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState((s) => ({ ...s, loading: true }));
      fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } })
        .then((response) => (response.ok ? (response.json() as Promise<T>) : null))
        .then((data) => setState({ url, data, loading: false }))
        .catch(() => {
          if (!controller.signal.aborted) setState({ url, data: null, loading: false });
        });
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [url, delayMs]);
  return url ? { data: state.url === url ? state.data : null, loading: state.loading } : { data: null, loading: false };
}
