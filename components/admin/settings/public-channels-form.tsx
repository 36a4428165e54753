'use client';

// Admin → Settings: the SMS numbers and Telegram bot the public "Without internet" page shows.
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { publicChannelsForm } from '@/server/settings/schema';
import { useTRPC } from '../../trpc/client';
import { Field, FormActions, SubmitButton } from '../../ui/form';
import { Section } from '../../ui/section';
import { SaveStatusMessage } from '../../ui/save-status';
import { useZodForm } from '../../ui/zod-form';

export function PublicChannelsForm({ smsNumbers, telegramBot }: { smsNumbers: string[]; telegramBot: string | null }) {
  const t = useTranslations('settings.channels');
  const trpc = useTRPC();
  const save = useMutation(trpc.settings.updatePublicChannels.mutationOptions());
  const { register, fieldError, onValid, pending, status } = useZodForm(publicChannelsForm, {
    namespace: 'settings',
    defaultValues: { smsNumbers: smsNumbers.join('\n'), telegramBot: telegramBot ? `@${telegramBot}` : '' },
  });

  const onSubmit = onValid(async (values) => {
    await save.mutateAsync({ smsNumbers: values.smsNumbers, telegramBot: values.telegramBot ?? '' });
    return t('saved');
  });

  return (
    <Section titleId="public-channels-title" title={t('title')} intro={t('intro')}>
      <form onSubmit={onSubmit} noValidate>
        <Field label={t('smsNumbers')} hint={t('smsNumbersHint')} error={fieldError('smsNumbers')}>
          {(control) => <textarea rows={3} inputMode="tel" autoComplete="off" {...control} {...register('smsNumbers')} />}
        </Field>
        <Field label={t('telegramBot')} hint={t('telegramBotHint')} error={fieldError('telegramBot')}>
          {(control) => <input type="text" autoComplete="off" spellCheck={false} {...control} {...register('telegramBot')} />}
        </Field>
        <FormActions>
          <SubmitButton pending={pending}>{t('save')}</SubmitButton>
        </FormActions>
      </form>
      <SaveStatusMessage status={status} />
    </Section>
  );
}
