'use client';

import { TRPCClientError } from '@trpc/client';
import { useTranslations } from 'next-intl';
import type { AppRouter } from '@/server/trpc/app-router';

/** A field error key from the shared zod schema, in the moderator's language. */
export function useNoticeFieldMessage(): (key: string | undefined) => string | null {
  const t = useTranslations('noticeEditor.validation');
  return (key) => (key ? (t.has(key as never) ? t(key as never) : key) : null);
}

/** A server error in the moderator's language: the domain's message key, a field key, else its code. */
export function useNoticeServerError(): (error: unknown) => string {
  const t = useTranslations('noticeEditor');
  return (error) => {
    if (error instanceof TRPCClientError) {
      const typed = error as TRPCClientError<AppRouter>;
      const fieldKeys = Object.values(typed.data?.zodError?.fieldErrors ?? {}).flat() as string[];
      for (const candidate of [typed.message, ...fieldKeys, typed.data?.code ?? '']) {
        if (candidate && t.has(`errors.${candidate}` as never)) return t(`errors.${candidate}` as never);
        if (candidate && t.has(`validation.${candidate}` as never)) return t(`validation.${candidate}` as never);
      }
    }
    return t('errors.generic');
  };
}
