'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client';

/** The three panels share one query per rumour; any change refreshes all of them. */
export function useRumorVerification(rumorId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.verification.forRumor.queryOptions({ rumorId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.verification.forRumor.queryKey({ rumorId }) });
  return { query, refresh };
}
