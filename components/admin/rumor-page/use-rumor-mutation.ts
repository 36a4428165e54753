'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client';

/** After any change on the page, refetch everything about rumours (detail, history, similar, inbox). */
export function useRefreshRumors() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.rumors.pathKey() });
}

/** A region's or settlement's name in the page's language. */
export function placeName(place: { nameKk: string; nameRu: string; nameEn: string }, locale: string): string {
  return locale === 'kk' ? place.nameKk : locale === 'ru' ? place.nameRu : place.nameEn;
}
