'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client';

/** After any change on the page, refetch everything about rumours (detail, history, similar, inbox). */
export function useRefreshRumors() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.rumors.pathKey() });
}
