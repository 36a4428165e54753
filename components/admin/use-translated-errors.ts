'use client';

// Errors from a shared zod schema or a tRPC call, in the staff member's language. Each admin feature
// keeps its messages in its own namespace (`<ns>.validation.*` for field keys, `<ns>.errors.*` for
// domain errors, with `<ns>.errors.generic` as the fallback).
import { TRPCClientError } from '@trpc/client';
import { useTranslations } from 'next-intl';
import type { AppRouter } from '@/server/trpc/app-router';

export type ErrorNamespace = 'verification' | 'settings' | 'noticeEditor' | 'channels.smpp';

/** A field error key from the shared zod schema, translated; unknown keys are shown as they are. */
export function useTranslatedFieldMessage(namespace: ErrorNamespace): (key: string | undefined) => string | null {
  const t = useTranslations(namespace);
  return (key) => (key ? (t.has(`validation.${key}` as never) ? t(`validation.${key}` as never) : key) : null);
}

/** A server error: the domain's message key, else a field key, else its code, else "generic". */
export function useTranslatedServerError(namespace: ErrorNamespace): (error: unknown) => string {
  const t = useTranslations(namespace);
  return (error) => {
    if (error instanceof TRPCClientError) {
      const typed = error as TRPCClientError<AppRouter>;
      const fieldKeys = Object.values(typed.data?.zodError?.fieldErrors ?? {}).flat() as string[];
      for (const candidate of [typed.message, ...fieldKeys, typed.data?.code ?? '']) {
        if (candidate && t.has(`errors.${candidate}` as never)) return t(`errors.${candidate}` as never);
        if (candidate && t.has(`validation.${candidate}` as never)) return t(`validation.${candidate}` as never);
      }
    }
    return t('errors.generic' as never);
  };
}
