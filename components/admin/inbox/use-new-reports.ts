'use client';

import { useCallback, useState } from 'react';
import { useStaffEvent } from '../../live/use-staff-events';

/**
 * Counts "report.created" events for rumours in the moderator's regions since the last reset.
 * The list itself is not touched: the moderator chooses when to refetch.
 */
export function useNewReportCount(): { count: number; reset: () => void } {
  const [count, setCount] = useState(0);
  useStaffEvent('report.created', () => setCount((n) => n + 1));
  const reset = useCallback(() => setCount(0), []);
  return { count, reset };
}
