'use client';

// Linking one's own Telegram for staff notifications: a one-time code opens the bot
// (t.me/<bot>?start=<code>) or is sent to it as `/start <code>`; the bot's webhook binds the chat.
// While the code is shown the page asks every few seconds whether the bot has done so.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useTRPC } from '../../trpc/client';
import { useServerErrorMessage } from '../../ui/form-errors';
import { ShownOnce } from '../../ui/shown-once';

export function TelegramLinkPanel({ initial }: { initial: { linked: boolean; available: boolean; botUsername: string | null } }) {
  const t = useTranslations('account.telegram');
  const tCopy = useTranslations('account.twoFactor');
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const serverError = useServerErrorMessage('account');
  const [error, setError] = useState<string | null>(null);
  const start = useMutation(
    trpc.notifications.startTelegramLink.mutationOptions({
      onError: (failure) => setError(serverError(failure)),
      onSuccess: (result) => setError(result.started ? null : t('unavailable')),
    }),
  );
  const started = start.data?.started ? start.data : null;
  const waiting = started !== null;
  const link = useQuery({ ...trpc.notifications.telegram.queryOptions(), initialData: initial, refetchInterval: (query) => (waiting && !query.state.data?.linked ? 3000 : false) });
  const unlink = useMutation(
    trpc.notifications.unlinkTelegram.mutationOptions({
      onError: (failure) => setError(serverError(failure)),
      onSuccess: () => {
        start.reset();
        void queryClient.invalidateQueries({ queryKey: trpc.notifications.telegram.queryKey() });
      },
    }),
  );
  const linked = link.data.linked;

  if (!link.data.available && !linked) return <p className="muted">{t('unavailable')}</p>;
  return (
    <div data-telegram-linked={linked}>
      <p role="status">{linked ? t('linked') : unlink.isSuccess ? t('unlinked') : t('notLinked')}</p>
      {linked ? (
        <p>
          <Link className="button button--secondary" href={`/${locale}/admin/notifications`}>
            {t('choose')}
          </Link>{' '}
          <button type="button" className="button button--secondary" onClick={() => unlink.mutate()} disabled={unlink.isPending}>
            {t('unlink')}
          </button>
        </p>
      ) : started ? (
        <>
          <p>
            <a className="button" href={started.deepLink} target="_blank" rel="noopener noreferrer">
              {t('open')}
            </a>
          </p>
          <ShownOnce title={t('orSend', { bot: started.botUsername, minutes: started.minutes })} value={`/start ${started.code}`} copyLabel={tCopy('copy')} copiedLabel={tCopy('copied')} testId="telegram-start-command" />
          <p className="muted" aria-live="polite">
            {t('waiting')}
          </p>
        </>
      ) : (
        <button type="button" className="button" onClick={() => start.mutate()} disabled={start.isPending}>
          {t('start')}
        </button>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
