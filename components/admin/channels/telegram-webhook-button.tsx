'use client';

// "Register webhook": asks the server to call Telegram's setWebhook with the secret token.
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useTRPC } from '../../trpc/client';
import { SaveStatusMessage, useSaveStatus } from '../../ui/save-status';

export function TelegramWebhookButton() {
  const t = useTranslations('telegramBot.admin');
  const trpc = useTRPC();
  const register = useMutation(trpc.telegram.registerWebhook.mutationOptions());
  const { status, run } = useSaveStatus('telegramBot.admin');

  // Telegram's answer (refused, bot off, no secret) is shown as the error; a failed request as errors.generic.
  const onClick = () =>
    run(async () => {
      const result = await register.mutateAsync();
      if (result.ok) return t('registered', { url: result.webhookUrl });
      return { kind: 'error', text: result.reason === 'rejected' ? t('rejected', { detail: result.detail ?? '' }) : t(result.reason) };
    });

  return (
    <>
      <button type="button" className="button" onClick={onClick} disabled={register.isPending}>
        {register.isPending ? t('registering') : t('register')}
      </button>
      <SaveStatusMessage status={status} />
    </>
  );
}
