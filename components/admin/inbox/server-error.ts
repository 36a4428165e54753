'use client';

import { TRPCClientError } from '@trpc/client';
import { useTranslations } from 'next-intl';
import type { AppRouter } from '@/server/trpc/app-router';

type ErrorKey = Parameters<ReturnType<typeof useTranslations<'inbox.errors'>>>[0];

/** A server error in the moderator's language: the domain's message key, else its code. */
export function useServerErrorMessage(): (error: unknown) => string {
  const t = useTranslations('inbox.errors');
  return (error: unknown) => {
    if (error instanceof TRPCClientError) {
      const typed = error as TRPCClientError<AppRouter>;
      const fieldKeys = Object.values(typed.data?.zodError?.fieldErrors ?? {}).flat() as string[];
      const candidates = [typed.message, ...fieldKeys, typed.data?.code ?? ''];
      const key = candidates.find((k) => k && t.has(k as ErrorKey));
      if (key) return t(key as ErrorKey);
    }
    return t('generic');
  };
}
