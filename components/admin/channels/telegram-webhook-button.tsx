'use client';

// "Register webhook": asks the server to call Telegram's setWebhook with the secret token.
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useTRPC } from '../../trpc/client';

export function TelegramWebhookButton() {
  const t = useTranslations('telegramBot.admin');
  const trpc = useTRPC();
  const register = useMutation(trpc.telegram.registerWebhook.mutationOptions());
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);

  const onClick = async () => {
    setStatus(null);
    try {
      const result = await register.mutateAsync();
      if (result.ok) setStatus({ kind: 'info', text: t('registered', { url: result.webhookUrl }) });
      else if (result.reason === 'rejected') setStatus({ kind: 'error', text: t('rejected', { detail: result.detail ?? '' }) });
      else setStatus({ kind: 'error', text: t(result.reason) });
    } catch {
      setStatus({ kind: 'error', text: t('error') });
    }
  };

  return (
    <>
      <button type="button" className="button" onClick={onClick} disabled={register.isPending}>
        {register.isPending ? t('registering') : t('register')}
      </button>
      <div role="status" aria-live="polite">
        {status && <p className={`alert alert--${status.kind}`}>{status.text}</p>}
      </div>
    </>
  );
}
