'use client';

import { useCallback, useEffect, useState } from 'react';

/**
 * Counts "report.created" events for rumours in the moderator's regions since the last reset.
 * The list itself is not touched: the moderator chooses when to refetch.
 */
export function useNewReportCount(): { count: number; reset: () => void } {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/admin/events');
    const onReport = () => setCount((n) => n + 1);
    source.addEventListener('report.created', onReport);
    return () => {
      source.removeEventListener('report.created', onReport);
      source.close();
    };
  }, []);
  const reset = useCallback(() => setCount(0), []);
  return { count, reset };
}
