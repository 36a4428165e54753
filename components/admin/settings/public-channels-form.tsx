'use client';

// Admin → Settings: the SMS numbers and Telegram bot the public "Without internet" page shows.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { publicChannelsForm } from '@/server/settings/schema';
import { useTRPC } from '../../trpc/client';
import { Field, FormActions } from '../../ui/form';
import { useFieldErrorMessage } from '../../ui/form-errors';
import { Section } from '../../ui/section';
import { SaveStatusMessage, useSaveStatus } from '../../ui/save-status';

export function PublicChannelsForm({ smsNumbers, telegramBot }: { smsNumbers: string[]; telegramBot: string | null }) {
  const t = useTranslations('settings.channels');
  const trpc = useTRPC();
  const fieldMessage = useFieldErrorMessage('settings');
  const { status, run } = useSaveStatus('settings');
  const save = useMutation(trpc.settings.updatePublicChannels.mutationOptions());
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof publicChannelsForm>, unknown, z.output<typeof publicChannelsForm>>({
    resolver: zodResolver(publicChannelsForm),
    defaultValues: { smsNumbers: smsNumbers.join('\n'), telegramBot: telegramBot ? `@${telegramBot}` : '' },
  });

  const onSubmit = handleSubmit((values) =>
    run(async () => {
      await save.mutateAsync({ smsNumbers: values.smsNumbers, telegramBot: values.telegramBot ?? '' });
      return t('saved');
    }),
  );

  return (
    <Section titleId="public-channels-title" title={t('title')} intro={t('intro')}>
      <form onSubmit={onSubmit} noValidate>
        <Field label={t('smsNumbers')} hint={t('smsNumbersHint')} error={fieldMessage(errors.smsNumbers?.message)}>
          {(control) => <textarea rows={3} inputMode="tel" autoComplete="off" {...control} {...register('smsNumbers')} />}
        </Field>
        <Field label={t('telegramBot')} hint={t('telegramBotHint')} error={fieldMessage(errors.telegramBot?.message)}>
          {(control) => <input type="text" autoComplete="off" spellCheck={false} {...control} {...register('telegramBot')} />}
        </Field>
        <FormActions>
          <button type="submit" className="button" disabled={isSubmitting}>
            {t('save')}
          </button>
        </FormActions>
      </form>
      <SaveStatusMessage status={status} />
    </Section>
  );
}
