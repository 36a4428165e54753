'use client';

import { useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useTranslations } from 'next-intl';
import type { AppRouter } from '@/server/trpc/app-router';
import { useTRPC } from '../../trpc/client';

/** After any change on the page, refetch everything about rumours (detail, history, similar, inbox). */
export function useRefreshRumors() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.rumors.pathKey() });
}

/** A zod message key from the shared schemas, in the user's language. */
export function useFieldMessage() {
  return (key: string | undefined, t: { has: (k: string) => boolean; (k: string): string }) => {
    if (!key) return null;
    for (const candidate of [`errors.${key}`, `validation.${key}`]) if (t.has(candidate)) return t(candidate);
    return t('validation.invalid');
  };
}

/** A region's or settlement's name in the page's language. */
export function placeName(place: { nameKk: string; nameRu: string; nameEn: string }, locale: string): string {
  return locale === 'kk' ? place.nameKk : locale === 'ru' ? place.nameRu : place.nameEn;
}

/** A server error in the moderator's language: the domain's message key, else its code. */
export function useServerError(): (error: unknown) => string {
  const t = useTranslations('rumorPage.errors');
  return (error) => {
    if (error instanceof TRPCClientError) {
      const typed = error as TRPCClientError<AppRouter>;
      for (const candidate of [typed.message, typed.data?.code ?? '']) if (candidate && t.has(candidate as never)) return t(candidate as never);
    }
    return t('generic');
  };
}
