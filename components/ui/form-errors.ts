'use client';

// Error messages for admin forms, in the staff member's language: one rule for every form.
// Each feature keeps its words in its own namespace of messages/*.json — `<ns>.validation.<key>`
// for the zod keys of its shared schema, `<ns>.errors.<key>` for the domain's refusals and for
// tRPC codes, with `<ns>.errors.generic` as the last resort.
import { TRPCClientError } from '@trpc/client';
import { useTranslations } from 'next-intl';
import type { AppRouter } from '@/server/trpc/app-router';

export type FormMessageNamespace = 'verification' | 'notifications' | 'settings' | 'noticeEditor' | 'inbox' | 'rumorPage' | 'channels' | 'channels.smpp' | 'telegramBot.admin' | 'transparency' | 'staff' | 'account' | 'hotline' | 'auth' | 'webhooks';

type Translate = ReturnType<typeof useTranslations>;

function firstKnown(t: Translate, keys: string[]): string | null {
  const known = keys.find((key) => t.has(key as never));
  return known ? t(known as never) : null;
}

/**
 * A field's zod message key, translated: the feature's own words first, then the shared ones
 * (`validation.*`, `errors.*` at the top level); a key nobody translated reads "not valid" (or the
 * feature's generic error where the page did not hand the shared words to the browser).
 */
export function useFieldErrorMessage(namespace: FormMessageNamespace): (key: string | undefined | null) => string | null {
  const t = useTranslations();
  return (key) =>
    key
      ? (firstKnown(t, [`${namespace}.validation.${key}`, `${namespace}.errors.${key}`, `validation.${key}`, `errors.${key}`, 'validation.invalid']) ??
        t(`${namespace}.errors.generic` as never))
      : null;
}

/** Why the server refused: its message key, else a field's key, else the tRPC code, else "generic" (a rate limit: its shared message). */
export function useServerErrorMessage(namespace: FormMessageNamespace): (error: unknown) => string {
  const t = useTranslations();
  return (error) => {
    if (error instanceof TRPCClientError) {
      const typed = error as TRPCClientError<AppRouter>;
      const fieldKeys = Object.values(typed.data?.zodError?.fieldErrors ?? {}).flat() as string[];
      for (const candidate of [typed.message, ...fieldKeys, typed.data?.code ?? '']) {
        if (!candidate) continue;
        const message = firstKnown(t, [`${namespace}.errors.${candidate}`, `${namespace}.validation.${candidate}`]);
        if (message) return message;
      }
      // Every form's writes share the member's rate limit (server/trpc/init.ts): one shared message.
      if (typed.data?.code === 'TOO_MANY_REQUESTS') return firstKnown(t, ['errors.tooManyChanges']) ?? t(`${namespace}.errors.generic` as never);
    }
    return t(`${namespace}.errors.generic` as never);
  };
}
