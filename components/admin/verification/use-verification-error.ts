'use client';

import { TRPCClientError } from '@trpc/client';
import { useTranslations } from 'next-intl';
import type { AppRouter } from '@/server/trpc/app-router';

type Translator = ReturnType<typeof useTranslations<'verification'>>;
type Key = Parameters<Translator>[0];

/** A field error key from the shared zod schema, in the moderator's language. */
export function useFieldMessage(): (key: string | undefined) => string | null {
  const t = useTranslations('verification.validation');
  return (key) => {
    if (!key) return null;
    return t.has(key as 'invalidKey' as never) ? t(key as never) : key;
  };
}

/** A server error in the user's language: the domain's message key, a field key, else its code. */
export function useServerError(): (error: unknown) => string {
  const t = useTranslations('verification');
  return (error) => {
    if (error instanceof TRPCClientError) {
      const typed = error as TRPCClientError<AppRouter>;
      const fieldKeys = Object.values(typed.data?.zodError?.fieldErrors ?? {}).flat() as string[];
      for (const candidate of [typed.message, ...fieldKeys, typed.data?.code ?? '']) {
        if (candidate && t.has(`errors.${candidate}` as Key)) return t(`errors.${candidate}` as Key);
        if (candidate && t.has(`validation.${candidate}` as Key)) return t(`validation.${candidate}` as Key);
      }
    }
    return t('errors.generic');
  };
}

/** The value a datetime-local input expects, in the browser's time zone. */
export function toLocalInputValue(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}
